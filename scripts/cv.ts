// Cross-validation on the TRAINING split only, for choosing features and settings without
// ever looking at the held-out statements. Usage: npx tsx scripts/cv.ts '[{...options}]'
// CV_REPEATS=3 pools 3 different fold assignments (the first is the usual one): small
// differences between settings are then less likely to be the luck of one split.
import { classifyDuty } from '../src/core/classify';
import { loadCorpus, split, stableHash } from './corpus';
import { metricsOf } from './metrics';
import { DEFAULT_OPTIONS, train, type TrainOptions } from './trainer';

const FOLDS = 5;
const REPEATS = Math.max(1, Number(process.env.CV_REPEATS ?? 1));
const { train: trainSet } = split(loadCorpus());
const variants = JSON.parse(process.argv[2] ?? '[{}]') as Array<Partial<TrainOptions>>;
for (const variant of variants) {
  const predictions = [];
  for (let fold = 0; fold < FOLDS * REPEATS; fold++) {
    const salt = fold < FOLDS ? 'cv' : `cv${Math.floor(fold / FOLDS)}`;
    const inFold = (text: string) => stableHash(`${salt}:${text}`) % FOLDS === fold % FOLDS;
    const model = train(trainSet.filter((e) => !inFold(e.text)), { ...DEFAULT_OPTIONS, ...variant });
    for (const e of trainSet.filter((x) => inFold(x.text))) {
      const c = classifyDuty(e.text, model);
      predictions.push({ gold: e.label, predicted: c.label, confidence: c.confidence });
    }
  }
  const m = metricsOf(predictions);
  console.log(`${JSON.stringify(variant).padEnd(50)} macro-F1 S/M ${m.macroF1SalesMarketing.toFixed(4)}  S ${m.perLabel.sales.f1.toFixed(3)}  M ${m.perLabel.marketing.f1.toFixed(3)}  O ${m.perLabel.other.f1.toFixed(3)}  ECE ${m.calibrationError.toFixed(3)}`);
}
