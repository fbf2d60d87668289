// npm run eval: how well the engine judges, measured on data it was not trained on, next
// to two baselines trained on the same data. Prints figures; asserts nothing.
//  1. Duties: the fixed held-out split of the team's labelled statements.
//  2. Postings: the team's written postings (expected verdicts), and GitLab's job-family
//     pages rebuilt as postings, each judged by a model trained without that page (5 folds).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Classification } from '../src/core/classify';
import { classifyDuty } from '../src/core/classify';
import { analyzePosting } from '../src/core/engine';
import { titleFamily } from '../src/core/title';
import type { Parsed } from '../src/core/nlp';
import type { Posting, Report } from '../src/core/types';
import { trainKeywordCounter, trainNaiveBayes } from './baselines';
import { gitlabPagePosting, loadCorpus, loadLabelledRows, normaliseText, split, stableHash, type Example } from './corpus';
import { metricsOf, type Metrics } from './metrics';
import { train } from './trainer';

type Trainer = (examples: Example[]) => (statement: string | Parsed) => Classification;
const CLASSIFIERS: Record<string, Trainer> = {
  'TrueTitle model': (examples) => { const model = train(examples); return (text) => classifyDuty(text, model); },
  'naive Bayes (bag of words)': trainNaiveBayes,
  'keyword counter': trainKeywordCounter,
};

const f = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printMetrics(name: string, m: Metrics): void {
  console.log(`\n${name}`);
  console.log('  label       precision  recall   F1     support');
  for (const [label, s] of Object.entries(m.perLabel)) {
    console.log(`  ${label.padEnd(11)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}  ${String(s.support).padStart(6)}`);
  }
  console.log(`  macro-F1 (sales, marketing): ${f(m.macroF1SalesMarketing)}   macro-F1 (all three): ${f(m.macroF1All)}   accuracy: ${f(m.accuracy)}   calibration error: ${f(m.calibrationError)}`);
  console.log('  confusion (rows gold, columns predicted):   sales  marketing  other');
  for (const [gold, row] of Object.entries(m.confusion)) {
    console.log(`    ${gold.padEnd(10)} ${Object.values(row).map((n) => String(n).padStart(9)).join('')}`);
  }
}

function evaluateDuties(): Map<string, number> {
  const { train: trainSet, test } = split(loadCorpus());
  console.log(`# Duties: ${trainSet.length} statements for training, ${test.length} held out (never trained on)`);
  const scores = new Map<string, number>();
  for (const [name, trainer] of Object.entries(CLASSIFIERS)) {
    const classify = trainer(trainSet);
    const m = metricsOf(test.map((e) => {
      const c: Classification = classify(e.text);
      return { gold: e.label, predicted: c.label, confidence: c.confidence };
    }));
    printMetrics(name, m);
    scores.set(name, m.macroF1SalesMarketing);
  }
  return scores;
}

interface TeamPosting extends Posting {
  id: string;
  expected: { titleFamily: string; dutyFamily: string; verdict: string; disguised: boolean };
}

function postingFigures(reports: Array<{ report: Report; expected: TeamPosting['expected'] }>) {
  const n = reports.length;
  const count = (test: (r: Report, e: TeamPosting['expected']) => boolean) => reports.filter(({ report, expected }) => test(report, expected)).length;
  const disguised = reports.filter((r) => r.expected.disguised);
  const honestMarketing = reports.filter((r) => r.expected.titleFamily === 'marketing' && r.expected.verdict === 'honest');
  return {
    titleFamily: count((r, e) => r.titleFamily === e.titleFamily) / n,
    dutyFamily: count((r, e) => r.dutyFamily === e.dutyFamily) / n,
    verdict: count((r, e) => r.verdict === e.verdict) / n,
    disguisedCaught: `${disguised.filter((r) => r.report.verdict === 'mislabeled').length}/${disguised.length}`,
    falseFlags: `${honestMarketing.filter((r) => r.report.verdict === 'mislabeled').length}/${honestMarketing.length}`,
  };
}

function evaluateTeamPostings(): void {
  const postings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/postings/team-postings.json'), 'utf8')) as TeamPosting[];
  // Team postings are separate from the labelled statements; the models train on all of them.
  const corpus = loadCorpus();
  console.log(`\n# Team-written postings (${postings.length}; written apart from the labelled statements)`);
  console.log('  classifier                    title  duty family  verdict  disguised caught  false flags (honest marketing)');
  for (const [name, trainer] of Object.entries(CLASSIFIERS)) {
    const classify = trainer(corpus);
    const results = postings.map((p) => ({ report: analyzePosting(p, { classify }), expected: p.expected, id: p.id }));
    const fig = postingFigures(results);
    console.log(`  ${name.padEnd(28)} ${pct(fig.titleFamily).padStart(6)}  ${pct(fig.dutyFamily).padStart(10)}  ${pct(fig.verdict).padStart(7)}  ${fig.disguisedCaught.padStart(15)}  ${fig.falseFlags.padStart(10)}`);
    if (name === 'TrueTitle model') {
      for (const r of results.filter((x) => x.report.verdict !== x.expected.verdict)) {
        console.log(`    miss ${r.id}: "${r.report.title}" expected ${r.expected.verdict}/${r.expected.dutyFamily}, got ${r.report.verdict}/${r.report.dutyFamily} (S ${pct(r.report.shares.sales)} M ${pct(r.report.shares.marketing)} O ${pct(r.report.shares.other)}; flags ${r.report.redFlags.map((x) => x.kind).join(',') || 'none'})`);
      }
    }
  }
}

const FOLDS = 5;

function evaluateGitLabPages(): void {
  const rows = loadLabelledRows();
  const pages = new Map<string, Example[]>();
  for (const row of rows) if (row.page && row.jobFamily) pages.set(row.page, [...(pages.get(row.page) ?? []), row]);
  const corpus = loadCorpus();
  const foldOf = (page: string) => stableHash(`fold:${page}`) % FOLDS;
  console.log(`\n# GitLab job-family pages as postings (${pages.size} pages; ${FOLDS}-fold: each page judged by models trained without its bullets)`);
  const lines: string[] = [];
  const agreement = new Map<string, { agree: number; judged: number }>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const foldPages = [...pages.keys()].filter((p) => foldOf(p) === fold);
    const heldTexts = new Set(foldPages.flatMap((p) => pages.get(p)!.map((r) => normaliseText(r.text))));
    const trainSet = corpus.filter((e) => !heldTexts.has(normaliseText(e.text)));
    for (const [name, trainer] of Object.entries(CLASSIFIERS)) {
      const classify = trainer(trainSet);
      for (const page of foldPages) {
        const posting = gitlabPagePosting(page, pages.get(page)!.map((b) => b.text));
        const { title } = posting;
        const family = titleFamily(title);
        if (family !== 'sales' && family !== 'marketing') continue;
        const report = analyzePosting(posting, { classify });
        const tally = agreement.get(name) ?? { agree: 0, judged: 0 };
        tally.judged += 1;
        if (report.dutyFamily === family) tally.agree += 1;
        agreement.set(name, tally);
        if (name === 'TrueTitle model') lines.push(`    ${report.dutyFamily === family ? 'agree   ' : 'DISAGREE'} ${title} (title ${family}; duties ${report.dutyFamily}: S ${pct(report.shares.sales)} M ${pct(report.shares.marketing)} O ${pct(report.shares.other)})`);
      }
    }
  }
  for (const [name, { agree, judged }] of agreement) console.log(`  ${name.padEnd(28)} duty family agrees with the (honest) title on ${agree}/${judged} pages = ${pct(agree / judged)}`);
  console.log('  TrueTitle model, page by page (pages whose title claims sales or marketing):');
  for (const line of lines.sort()) console.log(line);
}

function evaluateTitles(): void {
  const rows = readFileSync(resolve(import.meta.dirname, '../data/titles/onet-alternate-titles.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const misses = rows.filter(([title, family]) => titleFamily(title!) !== family);
  console.log(`\n# Titles: the title family agrees with the team's label on ${rows.length - misses.length}/${rows.length} O*NET alternate titles = ${pct(1 - misses.length / rows.length)}`);
  console.log(`  for example: ${misses.slice(0, 6).map(([title, family]) => `"${title}" (${family}, read as ${titleFamily(title!)})`).join('; ')}`);
}

const started = performance.now();
const duty = evaluateDuties();
evaluateTeamPostings();
evaluateGitLabPages();
evaluateTitles();
const ours = duty.get('TrueTitle model') ?? 0;
const bestBaseline = Math.max(...[...duty.entries()].filter(([n]) => n !== 'TrueTitle model').map(([, v]) => v));
console.log(`\n# Summary: duty macro-F1 (sales, marketing) ${f(ours)}; best baseline ${f(bestBaseline)}; margin ${((ours - bestBaseline) * 100).toFixed(1)} points. (${Math.round((performance.now() - started) / 1000)} s)`);
