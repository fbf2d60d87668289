import { describe, expect, it } from 'vitest';
import { readPosting } from '../src/core/read';
import { sectionForHeading } from '../src/core/segment';
import { benchPostings, COMPOSED_TOKENS, composePostings, countTokens, plainText } from './bench-postings';

describe('the benchmark postings', () => {
  const all = benchPostings();
  const composed = all.filter((p) => p.source === 'composed');

  it('are at least 200, from the three sources, with distinct ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(all.filter((p) => p.source === 'team')).toHaveLength(50);
    expect(all.filter((p) => p.source === 'gitlab').length).toBeGreaterThan(30);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('are the same on every run', () => {
    expect(composePostings(12)).toEqual(composed.slice(0, 12));
  }, 30_000);

  it('compose postings of 250–700 tokens in the structure of a real posting', () => {
    for (const { posting } of composed) {
      const tokens = countTokens(plainText(posting.description));
      expect(tokens).toBeGreaterThanOrEqual(COMPOSED_TOKENS.min);
      expect(tokens).toBeLessThanOrEqual(COMPOSED_TOKENS.max);
      // Sections in order, as the engine reads them: about, duties, requirements, benefits, then the legal line.
      const blocks = readPosting(posting.description);
      const sections: string[] = [];
      const items = new Map<string, number>();
      let section = '';
      for (const block of blocks) {
        if (block.kind === 'heading') sections.push((section = sectionForHeading(block.text) ?? 'none'));
        else if (block.kind === 'item') items.set(section, (items.get(section) ?? 0) + 1);
      }
      expect(sections).toEqual(['about', 'responsibility', 'requirement', 'benefits']);
      expect(items.get('responsibility')).toBeGreaterThanOrEqual(6);
      expect(items.get('responsibility')).toBeLessThanOrEqual(14);
      expect(items.get('requirement')).toBeGreaterThanOrEqual(4);
      expect(items.get('requirement')).toBeLessThanOrEqual(8);
      expect(blocks.at(-1)?.text).toMatch(/equal (employment )?opportunit/i);
      expect(posting.description).toContain(posting.company!.split(' ')[0]!);
    }
  });
});
