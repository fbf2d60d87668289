import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, split } from './corpus';
import { train } from './trainer';

describe('train', () => {
  it('is deterministic: the committed model is exactly what npm run train makes from the corpus', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/core/model.json'), 'utf8'));
    expect(train(loadCorpus())).toEqual(committed);
  }, 60_000);

  it('never puts a held-out statement in the training split', () => {
    const { train: trainSet, test } = split(loadCorpus());
    const seen = new Set(trainSet.map((e) => e.text.toLowerCase()));
    expect(test.length).toBeGreaterThan(400);
    expect(test.filter((e) => seen.has(e.text.toLowerCase()))).toEqual([]);
  });
});
