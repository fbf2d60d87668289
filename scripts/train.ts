// npm run train: fits the duty classifier on every labelled statement and writes
// src/core/model.json. Deterministic: the same corpus gives the same file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from './corpus';
import { train } from './trainer';

const started = performance.now();
const corpus = loadCorpus();
const model = train(corpus);
const file = resolve(import.meta.dirname, '../src/core/model.json');
writeFileSync(file, `${JSON.stringify(model)}\n`);
const counts = Object.fromEntries(['sales', 'marketing', 'other'].map((l) => [l, corpus.filter((e) => e.label === l).length]));
console.log(`trained on ${corpus.length} statements ${JSON.stringify(counts)}: ${Object.keys(model.weights).length} features, temperature ${model.temperature}, ${Math.round(performance.now() - started)} ms`);
console.log(`wrote ${file}`);
