// Trains the duty classifier: multinomial logistic regression with AdaGrad and L2,
// class-balanced, in a fixed order from a seeded generator: the same data gives the same
// model file, byte for byte.
import { featuresOf } from '../src/core/features';
import { parseText } from '../src/core/nlp';
import { score, softmax, type LinearModel } from '../src/core/model';
import { LABELS, type Label } from '../src/core/types';
import { prng } from './prng';

export interface TrainingExample {
  text: string;
  label: Label;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  minCount: number;
  seed: number;
  balanceClasses: boolean;
  /** average the weights of the last epochs (Polyak averaging): steadier, better-generalising weights */
  averageFrom: number;
  /** feature groups left out (ablation studies in scripts/cv.ts) */
  dropPrefixes?: string[];
}

export const DEFAULT_OPTIONS: TrainOptions = { epochs: 20, learningRate: 0.05, l2: 1e-3, minCount: 2, seed: 20261126, balanceClasses: true, averageFrom: 1e9 };

const featureCache = new Map<string, string[]>();
export function featureNames(text: string): string[] {
  let names = featureCache.get(text);
  if (!names) {
    names = [...featuresOf(parseText(text)).features.keys()];
    featureCache.set(text, names);
  }
  return names;
}


function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function fit(examples: readonly TrainingExample[], options: TrainOptions, temperature: number): LinearModel {
  const K = LABELS.length;
  const counts = new Map<string, number>();
  const keep = (f: string) => !options.dropPrefixes?.some((p) => f.startsWith(p));
  const rows = examples.map((e) => ({ features: featureNames(e.text).filter(keep), y: LABELS.indexOf(e.label) }));
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= options.minCount || f.startsWith('ce:') || f.startsWith('rf:')).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const W = new Float64Array(vocabulary.length * K);
  const G = new Float64Array(vocabulary.length * K).fill(1e-8);
  const b = new Float64Array(K);
  const Gb = new Float64Array(K).fill(1e-8);
  const perClass = LABELS.map((_, k) => rows.filter((r) => r.y === k).length);
  const classWeight = perClass.map((n) => (options.balanceClasses ? rows.length / (K * Math.max(1, n)) : 1));
  const random = prng(options.seed);
  const encoded = rows.map((r) => ({ ids: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: r.y }));
  const Wavg = new Float64Array(W.length);
  const bavg = new Float64Array(K);
  let averaged = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { ids, y } of shuffled(encoded, random)) {
      const scores = Array.from(b);
      for (const id of ids) for (let k = 0; k < K; k++) scores[k]! += W[id * K + k]!;
      const p = softmax(scores);
      const cw = classWeight[y] ?? 1;
      for (let k = 0; k < K; k++) {
        const g = cw * ((p[k] ?? 0) - (k === y ? 1 : 0));
        Gb[k]! += g * g;
        b[k]! -= (options.learningRate * g) / Math.sqrt(Gb[k]!);
        for (const id of ids) {
          const at = id * K + k;
          const gw = g + options.l2 * W[at]!;
          G[at]! += gw * gw;
          W[at]! -= (options.learningRate * gw) / Math.sqrt(G[at]!);
        }
      }
    }
    if (epoch >= options.averageFrom) {
      for (let i = 0; i < W.length; i++) Wavg[i]! += W[i]!;
      for (let k = 0; k < K; k++) bavg[k]! += b[k]!;
      averaged++;
    }
  }
  if (averaged) {
    for (let i = 0; i < W.length; i++) W[i] = Wavg[i]! / averaged;
    for (let k = 0; k < K; k++) b[k] = bavg[k]! / averaged;
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4 || 0; // never -0: JSON would write it as 0
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), round);
    if (w.some((x) => Math.abs(x) >= 0.005)) weights[f] = w;
  });
  return { version: 1, labels: [...LABELS], bias: Array.from(b, round), weights, temperature };
}

/** The temperature that makes held-out confidences honest (lowest negative log-likelihood). */
function fitTemperature(model: LinearModel, heldOut: readonly TrainingExample[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.5; t <= 4.001; t += 0.05) {
    const trial = { ...model, temperature: t };
    let loss = 0;
    for (const e of heldOut) loss -= Math.log(Math.max(1e-9, score(trial, featureNames(e.text)).probabilities[e.label]));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

export function train(examples: readonly TrainingExample[], options: TrainOptions = DEFAULT_OPTIONS): LinearModel {
  // Calibrate on a fixed slice, then fit the final weights on everything.
  const calibration = examples.filter((_, i) => i % 7 === 3);
  const rest = examples.filter((_, i) => i % 7 !== 3);
  const temperature = fitTemperature(fit(rest, options, 1), calibration);
  return fit(examples, options, temperature);
}
