import { describe, expect, it } from 'vitest';
import type { VerdictSummary } from '../shared/verdict-summary';
import { deepFreeze } from './fixtures';
import { pruneVerdictCache } from './retention';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const summary = (ageDays: number): VerdictSummary => ({
  verdict: 'honest', dutyFamily: 'marketing', salesShare: 0.1, marketingShare: 0.8, title: 'Brand Manager', at: NOW.getTime() - ageDays * DAY,
});

describe('pruneVerdictCache', () => {
  const cache = deepFreeze({ 'linkedin:1': summary(1), 'linkedin:2': summary(29.9), 'indeed:3': summary(30.1), 'indeed:4': summary(400) });

  it('drops entries older than the retention period', () => {
    expect(Object.keys(pruneVerdictCache(cache, 30, NOW))).toEqual(['linkedin:1', 'linkedin:2']);
    expect(Object.keys(pruneVerdictCache(cache, 1, NOW))).toEqual(['linkedin:1']);
  });

  it('keeps everything when retention is null (forever)', () => {
    expect(pruneVerdictCache(cache, null, NOW)).toBe(cache);
  });

  it('returns the same cache when nothing is old enough to drop', () => {
    expect(pruneVerdictCache(cache, 1000, NOW)).toBe(cache);
  });

  it('drops entries whose time cannot be read', () => {
    const odd = { good: summary(0), bad: { ...summary(0), at: Number.NaN } };
    expect(Object.keys(pruneVerdictCache(odd, 30, NOW))).toEqual(['good']);
  });
});
