import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../core/thresholds';
import { postingKey } from '../shared/verdict-summary';
import { DEFAULT_SETTINGS, capText, emptyStore, postingKeyOf } from './schema';

describe('schema', () => {
  it('keys postings like the verdict cache does', () => {
    expect(postingKeyOf({ site: 'indeed', jobId: 'a1b2' })).toBe('indeed:a1b2');
    expect(postingKeyOf({ site: 'indeed', jobId: 'a1b2' })).toBe(postingKey('indeed', 'a1b2'));
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      autoFlagMislabeled: true, listMarks: true, highlightByDefault: false,
      sites: { linkedin: true, indeed: true }, thresholds: DEFAULT_THRESHOLDS, retentionDays: null,
    });
  });

  it('gives each caller its own empty store, so one cannot change another\'s defaults', () => {
    const one = emptyStore();
    one.settings.sites.linkedin = false;
    one.settings.thresholds.salesRatio = 0.9;
    expect(emptyStore().settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.sites.linkedin).toBe(true);
    expect(DEFAULT_THRESHOLDS.salesRatio).toBe(0.6);
  });

  it('caps text without splitting a surrogate pair', () => {
    expect(capText('abc', 5)).toBe('abc');
    expect(capText('abcdef', 3)).toBe('abc');
    expect(capText('ab😀', 3)).toBe('ab');
    expect(capText('ab😀', 4)).toBe('ab😀');
  });
});
