// The two baselines the evaluation compares against, trained on the same split:
// a keyword counter and a bag-of-words naive Bayes (wink-naive-bayes-text-classifier).
import NaiveBayes from 'wink-naive-bayes-text-classifier';
import type { Classification } from '../src/core/classify';
import { LABELS, type Label } from '../src/core/types';
import type { TrainingExample } from './trainer';

const STOP = new Set('a an the and or of to in for with on at by from as is are be will our your their this that you we it its into per via'.split(' '));

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !STOP.has(w));
}

/** Keywords per label: the words most over-represented in that label's training statements. */
type Classifier = (statement: string | { text: string }) => Classification;
const textOf = (statement: string | { text: string }) => (typeof statement === 'string' ? statement : statement.text);

export function trainKeywordCounter(examples: readonly TrainingExample[], perLabel = 40): Classifier {
  const counts = Object.fromEntries(LABELS.map((l) => [l, new Map<string, number>()])) as Record<Label, Map<string, number>>;
  const totals = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const e of examples) {
    for (const w of new Set(words(e.text))) counts[e.label].set(w, (counts[e.label].get(w) ?? 0) + 1);
    totals[e.label] += 1;
  }
  const keywords = {} as Record<Label, Set<string>>;
  for (const label of LABELS) {
    const others = LABELS.filter((l) => l !== label);
    const othersTotal = others.reduce((n, l) => n + totals[l], 0);
    const scored = [...counts[label].entries()].filter(([, n]) => n >= 3).map(([w, n]) => {
      const elsewhere = others.reduce((sum, l) => sum + (counts[l].get(w) ?? 0), 0);
      return [w, Math.log((n + 0.5) / (totals[label] + 1)) - Math.log((elsewhere + 0.5) / (othersTotal + 1))] as const;
    }).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    keywords[label] = new Set(scored.slice(0, perLabel).map(([w]) => w));
  }
  return (statement) => {
    const ws = words(textOf(statement));
    const hits = LABELS.map((l) => ws.filter((w) => keywords[l].has(w)));
    const best = LABELS.reduce((b, l, i) => ((hits[i]?.length ?? 0) > (hits[LABELS.indexOf(b)]?.length ?? 0) ? l : b), 'other' as Label);
    const total = hits.reduce((n, h) => n + h.length, 0);
    const mine = hits[LABELS.indexOf(best)] ?? [];
    return { label: mine.length ? best : 'other', confidence: total ? mine.length / total : 0.34, evidence: [...new Set(mine)].slice(0, 3) };
  };
}

export function trainNaiveBayes(examples: readonly TrainingExample[]): Classifier {
  const nb = NaiveBayes();
  nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  nb.definePrepTasks([words]);
  for (const e of examples) nb.learn(e.text, e.label);
  nb.consolidate();
  return (statement) => {
    const text = textOf(statement);
    if (!words(text).length) return { label: 'other', confidence: 0.34, evidence: [] };
    const odds = nb.computeOdds(text) as Array<[Label, number]>;
    const best = odds[0]!;
    const probs = odds.map(([, o]) => Math.exp(o - best[1]));
    return { label: best[0], confidence: 1 / probs.reduce((a, b) => a + b, 0), evidence: [] };
  };
}
