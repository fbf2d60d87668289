// Model-independent label check: pairs of statements in data/corpus/*.tsv whose content-lemma
// sets are near-identical (Jaccard >= TH, default 0.75) but whose gold labels differ. Results: data/corpus/AUDIT.md.
// Usage: TH=0.5 npx tsx scripts/label-consistency.ts. Lists only; never changes a label.
import { loadLabelledRows, normaliseText } from './corpus';
import { parseText } from '../src/core/nlp';
const TH = Number(process.env.TH ?? 0.75);
const seen = new Set<string>();
const rows = loadLabelledRows().filter((r) => { const k = normaliseText(r.text); if (seen.has(k)) return false; seen.add(k); return true; });
const KEEP = new Set(['not', 'no', 'your', 'their', 'our', 'own']);
const sets = rows.map((r) => new Set(parseText(r.text).tokens.filter((t) => !t.stop || KEEP.has(t.lemma)).map((t) => t.lemma)));
const out: Array<[number, string]> = [];
for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
  if (rows[i]!.label === rows[j]!.label) continue;
  const a = sets[i]!, b = sets[j]!;
  if (a.size < 3 || b.size < 3) continue;
  let inter = 0; for (const x of a) if (b.has(x)) inter++;
  const jac = inter / (a.size + b.size - inter);
  if (jac >= TH) out.push([jac, `${jac.toFixed(2)}\t${rows[i]!.id}=${rows[i]!.label}\t${rows[i]!.text}\n\t${rows[j]!.id}=${rows[j]!.label}\t${rows[j]!.text}`]);
}
out.sort((x, y) => y[0] - x[0]);
for (const [, s] of out) console.log(s);
console.error('pairs', out.length);
