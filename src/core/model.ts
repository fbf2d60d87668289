// A multinomial logistic-regression model over named features. Trained by
// scripts/train.ts (deterministically); the weights ship as src/core/model.json.
import type { Label } from './types';

export interface LinearModel {
  version: number;
  labels: Label[];
  /** per label, the bias */
  bias: number[];
  /** feature → weights, one per label */
  weights: Record<string, number[]>;
  /** softmax temperature fitted on held-out data so confidences are calibrated */
  temperature: number;
}

export interface Scored {
  label: Label;
  probabilities: Record<Label, number>;
  /** features ordered by how much they pushed toward the chosen label */
  contributions: Array<{ feature: string; weight: number }>;
}

/** How many of the strongest features a classification keeps, for its evidence. */
export const TOP_CONTRIBUTIONS = 12;

export function softmax(scores: number[], temperature = 1): number[] {
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The weights as a Map, built once per model: a lookup in a plain object of thousands of
 * keys is several times slower, and scoring is most of the engine's own time.
 */
const WEIGHT_MAPS = new WeakMap<LinearModel, Map<string, number[]>>();
function weightMap(model: LinearModel): Map<string, number[]> {
  let map = WEIGHT_MAPS.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    WEIGHT_MAPS.set(model, map);
  }
  return map;
}

export function score(model: LinearModel, features: Iterable<string>): Scored {
  const scores = model.bias.slice();
  const names: string[] = [];
  const rows: number[][] = [];
  const weights = weightMap(model);
  for (const feature of features) {
    const w = weights.get(feature);
    if (!w) continue;
    names.push(feature);
    rows.push(w);
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
  }
  const probs = softmax(scores, model.temperature);
  let best = 0;
  for (let k = 1; k < probs.length; k++) if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  const probabilities: Record<Label, number> = { sales: 0, marketing: 0, other: 0 };
  for (let k = 0; k < model.labels.length; k++) probabilities[model.labels[k]!] = probs[k] ?? 0;
  // A feature's push toward the winner is its weight there minus its mean weight elsewhere;
  // only the strongest few are ever shown, so keep those and skip a full sort.
  const contributions: Array<{ feature: string; weight: number }> = [];
  for (let i = 0; i < rows.length; i++) {
    const w = rows[i]!;
    let others = 0;
    for (let k = 0; k < w.length; k++) if (k !== best) others += w[k] ?? 0;
    const weight = (w[best] ?? 0) - others / Math.max(1, w.length - 1);
    if (weight <= 0) continue;
    let at = contributions.length;
    while (at > 0 && contributions[at - 1]!.weight < weight) at--;
    if (at < TOP_CONTRIBUTIONS) {
      contributions.splice(at, 0, { feature: names[i]!, weight });
      if (contributions.length > TOP_CONTRIBUTIONS) contributions.pop();
    }
  }
  return { label: model.labels[best] ?? 'other', probabilities, contributions };
}
