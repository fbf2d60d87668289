// Classification metrics for the evaluation: per-label precision, recall and F1, macro-F1,
// the confusion matrix and the calibration error of the confidences.
import { LABELS, type Label } from '../src/core/types';

export interface Prediction {
  gold: Label;
  predicted: Label;
  confidence: number;
}

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  perLabel: Record<Label, LabelScores>;
  /** macro-F1 over sales and marketing, the figure the quality bar names */
  macroF1SalesMarketing: number;
  macroF1All: number;
  accuracy: number;
  confusion: Record<Label, Record<Label, number>>;
  /** expected calibration error over 10 confidence bins */
  calibrationError: number;
}

export function metricsOf(predictions: readonly Prediction[]): Metrics {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Record<Label, Record<Label, number>>;
  for (const { gold, predicted } of predictions) confusion[gold][predicted] += 1;
  const perLabel = {} as Record<Label, LabelScores>;
  for (const label of LABELS) {
    const tp = confusion[label][label];
    const fp = LABELS.reduce((n, g) => n + (g === label ? 0 : confusion[g][label]), 0);
    const fn = LABELS.reduce((n, p) => n + (p === label ? 0 : confusion[label][p]), 0);
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    perLabel[label] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
  }
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const p of predictions) {
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
    bin.n += 1;
    bin.confidence += p.confidence;
    bin.correct += p.gold === p.predicted ? 1 : 0;
  }
  const calibrationError = bins.reduce((sum, b) => sum + (b.n ? (b.n / predictions.length) * Math.abs(b.confidence / b.n - b.correct / b.n) : 0), 0);
  return {
    perLabel,
    macroF1SalesMarketing: (perLabel.sales.f1 + perLabel.marketing.f1) / 2,
    macroF1All: LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / LABELS.length,
    accuracy: predictions.filter((p) => p.gold === p.predicted).length / Math.max(1, predictions.length),
    confusion,
    calibrationError,
  };
}
