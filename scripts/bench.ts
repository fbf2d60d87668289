// npm run bench: how fast TrueTitle is, next to its floor and baselines, in one run.
//  - Node, warm: every posting of scripts/bench-postings.ts (team postings, GitLab pages,
//    composed postings) through analyzePosting, wink-nlp's bare readDoc of the same text
//    (the floor), and analyzePosting with the evaluation's two baseline classifiers; the
//    methods take turns on each posting, several rounds, so machine load hits all alike.
//  - the model's cold start, a 1 MB worst case, and the built bundles' sizes.
//  - the browser figures from e2e/perf.spec.ts (Playwright, the built extension), unless
//    --node-only, or read from an existing file with --perf-json FILE.
// Prints tables of figures against the targets of issue #8 / PRODUCT.md; asserts nothing.
//
//   npm run bench [-- --node-only] [-- --rounds N] [-- --perf-json out/perf.json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzePosting, statementsOf } from '../src/core/engine';
import { nlp } from '../src/core/nlp';
import type { Posting } from '../src/core/types';
import { trainKeywordCounter, trainNaiveBayes } from './baselines';
import { benchPostings, countTokens, plainText, prng, type BenchPosting } from './bench-postings';
import { loadCorpus, split } from './corpus';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ROUNDS = Math.max(1, Math.floor(Number(option('--rounds') ?? 5)) || 5);
const NODE_ONLY = args.includes('--node-only');
const PERF_JSON = option('--perf-json');
const progress = (line: string) => process.stderr.write(`${line}\n`);

// ---- cold start: the first thing this process does with wink-nlp -------------------------
const coldStarted = performance.now();
nlp();
const modelStartMs = performance.now() - coldStarted;
const firstPosting = JSON.parse(readFileSync(resolve(root, 'data/postings/team-postings.json'), 'utf8'))[0] as Posting;
analyzePosting(firstPosting);
const firstAnswerMs = performance.now() - coldStarted;

// ---- the postings and what each method reads ---------------------------------------------
progress('composing the benchmark postings…');
interface Case extends BenchPosting {
  /** the posting's text without markup or headings: what the bare readDoc reads */
  text: string;
  /** the part of it the engine parses (duty sections) */
  dutyText: string;
  tokens: number;
}
const cases: Case[] = benchPostings().map((p) => {
  const text = plainText(p.posting.description);
  const dutyText = statementsOf(p.posting.description, p.posting.company).filter((s) => s.parsed.tokens.length).map((s) => s.text).join('\n\n');
  return { ...p, text, dutyText, tokens: countTokens(text) };
});

progress('training the baselines on the training split…');
const { train } = split(loadCorpus());
const naiveBayes = trainNaiveBayes(train);
const keywords = trainKeywordCounter(train);
const defaultStarted = performance.now();
const defaultNlp = winkNLP(model);
const defaultStartMs = performance.now() - defaultStarted;

interface Method { key: string; label: string; run: (c: Case) => unknown }
const METHODS: Method[] = [
  { key: 'engine', label: 'TrueTitle analyzePosting', run: (c) => analyzePosting(c.posting) },
  { key: 'floor', label: 'wink-nlp readDoc, engine instance (the floor)', run: (c) => nlp().readDoc(c.text) },
  { key: 'default', label: 'wink-nlp readDoc, default pipe (reference)', run: (c) => defaultNlp.readDoc(c.text) },
  { key: 'duty', label: 'wink-nlp readDoc, duty sections only (reference)', run: (c) => nlp().readDoc(c.dutyText) },
  { key: 'bayes', label: 'analyzePosting + naive Bayes baseline', run: (c) => analyzePosting(c.posting, { classify: naiveBayes }) },
  { key: 'keywords', label: 'analyzePosting + keyword-counter baseline', run: (c) => analyzePosting(c.posting, { classify: keywords }) },
];

// ---- interleaved timing --------------------------------------------------------------------
// Round by round, postings in a shuffled order; on each posting every method runs once, the
// starting method rotating, so load, GC and JIT land on all methods alike.
const times = METHODS.map(() => cases.map(() => [] as number[]));
const random = prng(8);
progress(`warming up, then ${ROUNDS} interleaved rounds over ${cases.length} postings × ${METHODS.length} methods…`);
const timingStarted = performance.now();
for (let round = -1; round < ROUNDS; round++) {
  const order = cases.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Round -1 is the warm-up: every method on a quarter of the postings, not recorded.
  for (const [step, index] of (round < 0 ? order.slice(0, Math.ceil(order.length / 4)) : order).entries()) {
    for (let k = 0; k < METHODS.length; k++) {
      const m = (step + round + 1 + k) % METHODS.length;
      const started = performance.now();
      METHODS[m]!.run(cases[index]!);
      const elapsed = performance.now() - started;
      if (round >= 0) times[m]![index]!.push(elapsed);
    }
  }
}
const timingSeconds = (performance.now() - timingStarted) / 1000;

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: readonly number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
// Per posting, the median of its rounds; then across postings, the median and 95th percentile.
const perPosting = times.map((rows) => rows.map(median));
const floorIndex = METHODS.findIndex((m) => m.key === 'floor');
const totalTokens = cases.reduce((n, c) => n + c.tokens, 0);
function figuresOf(m: number, subset: readonly number[] = cases.map((_, i) => i)) {
  const own = subset.map((i) => perPosting[m]![i]!).sort((a, b) => a - b);
  const ratios = subset.map((i) => perPosting[m]![i]! / perPosting[floorIndex]![i]!);
  return {
    median: quantile(own, 0.5),
    p95: quantile(own, 0.95),
    tokensPerSecond: subset.reduce((n, i) => n + cases[i]!.tokens, 0) / (own.reduce((a, b) => a + b, 0) / 1000),
    timesFloor: median(ratios),
  };
}
const figures = new Map(METHODS.map((method, m) => [method.key, figuresOf(m)]));

// ---- worst case: the largest description the extension accepts --------------------------
const bullet = '<li>Make 50 outbound calls a day to prospects in your territory and close new business.</li>';
const huge = { title: 'Marketing Manager', description: `<ul>${bullet.repeat(Math.ceil(1_000_000 / bullet.length))}</ul>` };
const hugeTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  analyzePosting(huge);
  hugeTimes.push(performance.now() - started);
}
const hugeMs = median(hugeTimes);

// ---- bundles -------------------------------------------------------------------------------
const distDir = resolve(root, 'dist/chrome');
const hasDist = existsSync(resolve(distDir, 'manifest.json'));
interface Bundle { name: string; files: string[]; raw: number; gzip: number }
/** A page's HTML and every script and stylesheet it loads, following the scripts' static imports. */
function pageFiles(html: string): string[] {
  const files = new Set<string>([html]);
  const queue: string[] = [];
  const source = readFileSync(html, 'utf8');
  for (const [, ref] of source.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)) queue.push(resolve(dirname(html), ref!));
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    for (const [, ref] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) queue.push(resolve(dirname(file), ref!));
  }
  return [...files];
}
function bundle(name: string, files: string[]): Bundle {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { name, files: files.map((f) => relative(distDir, f)), raw, gzip };
}
const bundles: Bundle[] = [];
let modelCheck: { free: boolean; note: string } | null = null;
if (hasDist) {
  const manifest = JSON.parse(readFileSync(resolve(distDir, 'manifest.json'), 'utf8'));
  bundles.push(bundle('content script', [resolve(distDir, 'content.js')]));
  bundles.push(bundle('worker', [resolve(distDir, 'background.js')]));
  if (existsSync(resolve(distDir, 'jsonld.js'))) bundles.push(bundle('JSON-LD script', [resolve(distDir, 'jsonld.js')]));
  const popup = manifest.action?.default_popup as string | undefined;
  if (popup) bundles.push(bundle('popup', pageFiles(resolve(distDir, popup))));
  // Markers of the wink model (a stretch of its packed lexicon, and a message of its loader)
  // and of the wink-nlp library; each must be found in the worker for the check to mean anything.
  const lexicon = (JSON.parse(readFileSync(resolve(root, 'node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as { lexicon: string }).lexicon;
  const markers = [lexicon.slice(lexicon.length >> 1, (lexicon.length >> 1) + 48), 'Unsupproted browser or node.js version', 'input word must be of type string'];
  const worker = readFileSync(resolve(distDir, 'background.js'), 'utf8');
  const content = readFileSync(resolve(distDir, 'content.js'), 'utf8');
  const seenInWorker = markers.filter((m) => worker.includes(m)).length;
  const inContent = markers.filter((m) => content.includes(m)).length;
  modelCheck = seenInWorker === markers.length
    ? { free: inContent === 0, note: inContent === 0 ? `none of ${markers.length} wink markers (model lexicon, model loader, wink-nlp) in content.js; all in background.js` : `${inContent} of ${markers.length} wink markers found in content.js` }
    : { free: false, note: `only ${seenInWorker} of ${markers.length} wink markers found in background.js: the check cannot be trusted` };
}
const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true })
  .reduce((t, e) => Math.max(t, e.isDirectory() ? newest(resolve(dir, e.name)) : statSync(resolve(dir, e.name)).mtimeMs), 0);
const distStale = hasDist && statSync(resolve(distDir, 'background.js')).mtimeMs < newest(resolve(root, 'src'));

// ---- the browser figures -------------------------------------------------------------------
interface Stat { median: number; p95: number; n: number }
interface Perf {
  workerColdStart?: Stat;
  badgeLatencyWarm?: Stat;
  badgeLatencyCold?: Stat;
  pageLoadLatencyWarm?: Stat;
  pageLoadLatencyCold?: Stat;
  pageChange?: { median: number; firstVisits?: number; revisits?: number; max: number; n: number; steps?: Record<string, number>; checkByOrder?: number[] };
  workerHeapMB?: { after50: number; after500: number; after1000?: number };
}
let perf: Perf | null = null;
let perfNote = '';
if (PERF_JSON) {
  perf = JSON.parse(readFileSync(resolve(PERF_JSON), 'utf8')) as Perf;
  perfNote = `browser figures read from ${PERF_JSON} (not measured in this run)`;
} else if (NODE_ONLY) {
  perfNote = 'browser figures skipped (--node-only)';
} else if (!hasDist) {
  perfNote = 'browser figures skipped: dist/chrome is missing (npm run build first)';
} else if (!existsSync(resolve(root, 'e2e/perf.spec.ts'))) {
  perfNote = 'browser figures skipped: e2e/perf.spec.ts is not in this checkout';
} else {
  const out = resolve(root, 'out/perf.json');
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  progress('running e2e/perf.spec.ts in Chromium (Playwright, one worker)…');
  const started = performance.now();
  const run = spawnSync('npx', ['playwright', 'test', 'e2e/perf.spec.ts', '--workers', '1'], {
    cwd: root, env: { ...process.env, TRUETITLE_PERF_OUT: out }, encoding: 'utf8', timeout: 10 * 60_000,
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  if (run.status !== 0) progress(`e2e/perf.spec.ts failed (exit ${run.status ?? run.signal}):\n${`${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n')}`);
  if (existsSync(out)) {
    perf = JSON.parse(readFileSync(out, 'utf8')) as Perf;
    perfNote = `browser figures: e2e/perf.spec.ts (Playwright, Chromium, the built dist/chrome), ${seconds} s${run.status === 0 ? '' : ' (THE SPEC FAILED: figures may be partial)'}`;
  } else {
    perfNote = `browser figures missing: e2e/perf.spec.ts ${run.status === 0 ? 'passed but wrote no out/perf.json' : 'failed'}`;
  }
}

// ---- tables ----------------------------------------------------------------------------------
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const num = (x: number) => Math.round(x).toLocaleString('en');
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function table(headers: string[], rows: string[][], right: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (right[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

const bySource = (source: string) => cases.map((c, i) => [c, i] as const).filter(([c]) => c.source === source).map(([, i]) => i);
const sortedTokens = cases.map((c) => c.tokens).sort((a, b) => a - b);
const count = (source: string) => cases.filter((c) => c.source === source).length;
console.log(`\n## Analysis, warm (Node ${process.versions.node}, ${cases.length} postings: ${count('team')} team-written, ${count('gitlab')} GitLab pages, ${count('composed')} composed; tokens per posting median ${quantile(sortedTokens, 0.5)}, range ${sortedTokens[0]}–${sortedTokens.at(-1)}; ${ROUNDS} interleaved rounds, ${timingSeconds.toFixed(0)} s)\n`);
console.log(table(
  ['method', 'median', 'p95', 'tokens/s', '× floor'],
  METHODS.map((method) => {
    const f = figures.get(method.key)!;
    return [method.label, `${ms(f.median)} ms`, `${ms(f.p95)} ms`, num(f.tokensPerSecond), f.timesFloor.toFixed(2)];
  }),
  [false, true, true, true, true],
));
console.log(`\nPer posting: the median of its ${ROUNDS} rounds; then median and 95th percentile across postings. tokens/s: all postings' tokens (${num(totalTokens)}, wink-nlp's count of the plain text) over the sum of their times. × floor: median over postings of the method's time ÷ the floor's time on the same posting. The floor reads the whole plain text (headings left out); the engine parses only the duty sections (responsibilities, requirements, unheaded text).`);
const engineIndex = METHODS.findIndex((m) => m.key === 'engine');
console.log(`TrueTitle by source: ${['team', 'gitlab', 'composed'].map((s) => { const f = figuresOf(engineIndex, bySource(s)); return `${s} median ${ms(f.median)} ms, p95 ${ms(f.p95)} ms, × floor ${f.timesFloor.toFixed(2)}`; }).join('; ')}.`);

const engine = figures.get('engine')!;
const rows: string[][] = [
  ['analysis median (warm, Node)', `${ms(engine.median)} ms`, '≤ 3 ms', mark(engine.median <= 3)],
  ['analysis p95 (warm, Node)', `${ms(engine.p95)} ms`, '', ''],
  ['analysis × bare readDoc floor', engine.timesFloor.toFixed(2), '≤ 2', mark(engine.timesFloor <= 2)],
  ['analysis throughput', `${num(engine.tokensPerSecond)} tokens/s`, '', ''],
  ['model start, cold (Node: winkNLP(model) + custom entities)', `${ms(modelStartMs)} ms`, '', ''],
  ['start to first answer (Node, one team posting)', `${ms(firstAnswerMs)} ms`, '', ''],
  ['default-pipe model start (Node, reference)', `${ms(defaultStartMs)} ms`, '', ''],
  ['1 MB description (cut at the engine limits)', `${ms(hugeMs)} ms`, '', ''],
];
const stat = (s: Stat | undefined) => (s && isNum(s.median) && isNum(s.p95) ? `${ms(s.median)} ms (p95 ${ms(s.p95)}, n ${s.n ?? '?'})` : 'missing');
if (perf) {
  const p = perf;
  rows.push(['worker cold start, start to first answer (browser)', stat(p.workerColdStart), '', '']);
  rows.push(['badge latency warm: description in DOM to verdict shown', stat(p.badgeLatencyWarm), '≤ 100 ms', isNum(p.badgeLatencyWarm?.median) ? mark(p.badgeLatencyWarm.median <= 100) : '?']);
  rows.push(['badge latency cold (fresh worker)', stat(p.badgeLatencyCold), '≤ 500 ms', isNum(p.badgeLatencyCold?.median) ? mark(p.badgeLatencyCold.median <= 500) : '?']);
  rows.push(['job page load: DOM ready to verdict shown, worker warm', stat(p.pageLoadLatencyWarm), '≤ 100 ms', isNum(p.pageLoadLatencyWarm?.median) ? mark(p.pageLoadLatencyWarm.median <= 100) : '?']);
  rows.push(['job page load, worker stopped before', stat(p.pageLoadLatencyCold), '≤ 500 ms', isNum(p.pageLoadLatencyCold?.median) ? mark(p.pageLoadLatencyCold.median <= 500) : '?']);
  const pc = p.pageChange;
  // Met only if it holds for jobs opened the first time too: revisits can be served from the tab's memory.
  const pageChangeMet = pc && isNum(pc.median) && isNum(pc.firstVisits) ? mark(pc.median <= 1 && pc.firstVisits <= 1) : '?';
  rows.push(['content script main-thread time per page change', pc && isNum(pc.median) ? `${ms(pc.median)} ms (max ${isNum(pc.max) ? ms(pc.max) : '?'}, n ${pc.n ?? '?'})` : 'missing', '≤ 1 ms, first visits too', pageChangeMet]);
  if (pc && isNum(pc.firstVisits)) rows.push(['  changes to a job not opened before (median)', `${ms(pc.firstVisits)} ms`, '', '']);
  if (pc && isNum(pc.revisits)) rows.push(['  changes back to a job opened before (median)', `${ms(pc.revisits)} ms`, '', '']);
  if (pc?.steps) rows.push(['  of which (median per page change)', Object.entries(pc.steps).map(([k, v]) => `${k} ${isNum(v) ? ms(v) : '?'}`).join(', '), '', '']);
  if (pc?.checkByOrder) rows.push(['  checks in a change, in order (median)', pc.checkByOrder.filter((v) => v > 0).map((v) => ms(v)).join(', '), '', '']);
  const heap = p.workerHeapMB;
  const growth = heap && isNum(heap.after50) && isNum(heap.after500) ? heap.after500 - heap.after50 : null;
  const later = heap && isNum(heap.after1000) ? ` → ${heap.after1000.toFixed(1)} after 1,000` : '';
  rows.push(['worker heap after 50 → 500 analyses', heap && growth !== null ? `${heap.after50.toFixed(1)} → ${heap.after500.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})${later}` : 'missing', 'no growth (≤ +1 MB)', growth === null ? '?' : mark(growth <= 1)]);
}
for (const b of bundles) {
  const isContent = b.name === 'content script';
  rows.push([`${b.name} size (${b.files.length > 1 ? `${b.files.length} files` : b.files[0]})`, `${kb(b.raw)}, ${kb(b.gzip)} gzipped`, isContent ? '≤ 30 KB gzipped' : '', isContent ? mark(b.gzip <= 30 * 1024) : '']);
  if (isContent && modelCheck) rows.push(['content script free of the NLP model', modelCheck.free ? 'yes' : 'NO', 'no wink model', mark(modelCheck.free)]);
}
console.log(`\n## Measures and targets\n`);
console.log(table(['measure', 'figure', 'target', ''], rows, [false, false, false, false]));
console.log('');
if (!hasDist) console.log('bundle sizes skipped: dist/chrome is missing (npm run build first)');
else {
  if (distStale) console.log('NOTE: dist/chrome is older than src/: sizes (and browser figures) are of an old build; npm run build first.');
  for (const b of bundles.filter((x) => x.files.length > 1)) console.log(`${b.name}: ${b.files.join(', ')}.`);
  if (modelCheck) console.log(`model check: ${modelCheck.note}.`);
}
console.log(`${perfNote}.`);
console.log('KB = 1,024 bytes; gzipped with node:zlib at its default level, file by file. Targets: issue #8 and PRODUCT.md (page change ≤ 1 ms; badge latencies judged on the median).');
