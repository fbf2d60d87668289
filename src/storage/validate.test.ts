import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../core/thresholds';
import { deepFreeze, posting } from './fixtures';
import { DEFAULT_SETTINGS, LIMITS, SCHEMA_VERSION, emptyStore } from './schema';
import { readStore } from './validate';

const v1 = (flagged: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ schemaVersion: 1, flagged, settings: DEFAULT_SETTINGS, ...extra });

describe('readStore', () => {
  it('reads a fresh install (nothing stored) as an empty store without problems', () => {
    expect(readStore(undefined)).toEqual({ store: emptyStore(), problems: [], readOnly: false });
  });

  it('reads a valid store back exactly', () => {
    const store = { ...emptyStore(), flagged: { 'linkedin:4012345001': posting({ note: 'Asked about quota' }) }, dismissed: ['indeed:9'] };
    const { store: read, problems } = readStore(JSON.parse(JSON.stringify(store)));
    expect(problems).toEqual([]);
    expect(read).toEqual(store);
  });

  it.each([
    [{ title: 42 }, 'title is not a string'],
    [{ jobId: undefined }, 'jobId is missing'],
    [{ jobId: '' }, 'jobId is empty'],
    [{ verdict: 'dishonest' }, 'verdict is not one of honest, mislabeled, hybrid, unclear'],
    [{ url: 'javascript:alert(1)' }, 'url is not an http(s) address'],
    [{ firstSeen: 'yesterday' }, 'firstSeen is not an ISO 8601 date'],
    [{ lastSeen: 1732532400000 }, 'lastSeen is not an ISO 8601 date'],
    [{ shares: { sales: 1.5, marketing: 0, other: 0 } }, 'shares.sales is not a number from 0 to 1'],
    [{ redFlags: [{ kind: 'territory', text: 'x' }, { kind: 'bribes', text: 'y' }] }, 'redFlags[1].kind is not one of'],
    [{ topDuties: 'none' }, 'topDuties is not a list'],
    [{ correction: { verdict: 'honest', comment: 'fine', at: 'soon' } }, 'correction.at is not an ISO 8601 date'],
    [{ autoFlagged: 'yes' }, 'autoFlagged is not true or false'],
  ])('skips a corrupt posting %j and says why', (override, message) => {
    const { store, problems } = readStore(v1({ good: posting({ jobId: '1' }), bad: { ...posting({ jobId: '2' }), ...override } }));
    expect(Object.keys(store.flagged)).toEqual(['linkedin:1']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(problems[0]).toMatch(/^flagged posting "(linkedin:2|bad)" skipped: /);
  });

  it('names a posting by its key in the message', () => {
    const { problems } = readStore(v1({ x: { ...posting({ jobId: '123' }), title: 7 } }));
    expect(problems).toEqual(['flagged posting "linkedin:123" skipped: title is not a string']);
  });

  it('skips entries that are not postings at all', () => {
    const { store, problems } = readStore(v1({ a: 'text', b: null, c: [1, 2], d: { hello: 'world' } }));
    expect(store.flagged).toEqual({});
    expect(problems).toHaveLength(4);
  });

  it.each([['a string', 'hello'], ['a number', 7], ['an array', [1, 2]], ['another app\'s object', { theme: 'dark' }],
    ['a fractional version', { schemaVersion: 1.5, flagged: {} }], ['a text version', { schemaVersion: '1', flagged: {} }],
  ])('reads %s as foreign: empty store, reported, still writable', (_name, raw) => {
    const result = readStore(raw);
    expect(result.store).toEqual(emptyStore());
    expect(result.problems).toEqual(['the stored data is not a TrueTitle store: starting empty']);
    expect(result.readOnly).toBe(false);
  });

  it('refuses data from a newer schema: empty, read-only, with a clear message', () => {
    const result = readStore({ schemaVersion: 2, flagged: { 'linkedin:1': posting() }, newThing: true });
    expect(result).toEqual({
      store: emptyStore(), readOnly: true,
      problems: ['stored by a newer TrueTitle (schema 2): not read, not overwritten'],
    });
  });

  it('drops unknown fields', () => {
    const raw = v1({ 'linkedin:4012345001': { ...posting(), salary: '1M', shares: { ...posting().shares, bonus: 1 } } }, { junk: 1 });
    const { store, problems } = readStore(raw);
    expect(problems).toEqual([]);
    expect(store.flagged['linkedin:4012345001']).toEqual(posting());
    expect(store).not.toHaveProperty('junk');
  });

  it('caps over-long strings and lists so hostile data cannot bloat the store', () => {
    const duty = { text: 'd'.repeat(10_000), label: 'sales', confidence: 0.5 };
    const { store, problems } = readStore(v1({ k: posting({
      title: 't'.repeat(100_000), note: 'n'.repeat(100_000), company: 'c'.repeat(1000),
      topDuties: Array.from({ length: 50 }, () => duty) as never,
      redFlags: Array.from({ length: 100 }, () => ({ kind: 'territory', text: 'r'.repeat(5000) })) as never,
    }) }));
    const p = store.flagged['linkedin:4012345001']!;
    expect(problems).toEqual([]);
    expect(p.title).toHaveLength(LIMITS.title);
    expect(p.title).toHaveLength(300);
    expect(p.note).toHaveLength(5000);
    expect(p.company).toHaveLength(LIMITS.company);
    expect(p.topDuties).toHaveLength(8);
    expect(p.topDuties[0]!.text).toHaveLength(600);
    expect(p.redFlags).toHaveLength(LIMITS.redFlags);
  });

  it('never cuts an emoji in half when capping', () => {
    const { store } = readStore(v1({ k: posting({ title: `${'a'.repeat(299)}😀` }) }));
    expect(store.flagged['linkedin:4012345001']!.title).toBe('a'.repeat(299));
  });

  it('fills missing optional fields with neutral defaults', () => {
    const { site, jobId, url, title, firstSeen, lastSeen, verdict } = posting();
    const { store, problems } = readStore(v1({ k: { site, jobId, url, title, firstSeen, lastSeen, verdict } }));
    expect(problems).toEqual([]);
    expect(store.flagged['linkedin:4012345001']).toMatchObject({
      company: '', location: '', titleFamily: 'other', dutyFamily: 'unknown', seniority: 'unspecified',
      shares: { sales: 0, marketing: 0, other: 0 }, redFlags: [], topDuties: [], note: '', correction: null, autoFlagged: false,
    });
  });

  it('normalises dates to UTC ISO form', () => {
    const { store } = readStore(v1({ k: posting({ firstSeen: '2026-11-20T11:00:00+01:00', lastSeen: '2026-11-21' }) }));
    expect(store.flagged['linkedin:4012345001']).toMatchObject({ firstSeen: '2026-11-20T10:00:00.000Z', lastSeen: '2026-11-21T00:00:00.000Z' });
  });

  it('re-keys postings by their own site and job id and merges duplicates', () => {
    const { store, problems } = readStore(v1({
      wrong: posting({ note: 'first copy', lastSeen: '2026-11-22T00:00:00.000Z' }),
      'linkedin:4012345001': posting({ firstSeen: '2026-11-01T00:00:00.000Z', verdict: 'hybrid' }),
    }));
    expect(problems).toEqual([]);
    expect(Object.keys(store.flagged)).toEqual(['linkedin:4012345001']);
    expect(store.flagged['linkedin:4012345001']).toMatchObject({
      note: 'first copy', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-25T10:00:00.000Z', verdict: 'hybrid',
    });
  });

  it('keeps at most LIMITS.flagged postings', () => {
    const flagged = Object.fromEntries(Array.from({ length: LIMITS.flagged + 3 }, (_, i) => [`k${i}`, posting({ jobId: String(i) })]));
    const { store, problems } = readStore(v1(flagged));
    expect(Object.keys(store.flagged)).toHaveLength(LIMITS.flagged);
    expect(problems).toEqual([`more than ${LIMITS.flagged} flagged postings: the rest were skipped`]);
  });

  it('falls back to the default for each wrong-typed setting, keeping the valid ones', () => {
    const settings = {
      autoFlagMislabeled: 'no', listMarks: false, highlightByDefault: 1, sites: { linkedin: false, indeed: 'on' },
      thresholds: { ...DEFAULT_THRESHOLDS, salesRatio: 0.7, marketingRatio: 2, otherShare: Number.NaN },
      retentionDays: -5, colour: 'red',
    };
    const { store, problems } = readStore(v1({}, { settings }));
    expect(store.settings).toEqual({
      ...DEFAULT_SETTINGS, listMarks: false, sites: { linkedin: false, indeed: true },
      thresholds: { ...DEFAULT_THRESHOLDS, salesRatio: 0.7 },
    });
    expect(problems).toEqual([
      'setting thresholds.marketingRatio is not valid: using the default (0.35)',
      'setting thresholds.otherShare is not valid: using the default (0.7)',
      'setting autoFlagMislabeled is not valid: using the default (true)',
      'setting highlightByDefault is not valid: using the default (false)',
      'setting sites.indeed is not valid: using the default (true)',
      'setting retentionDays is not valid: using the default (null)',
    ]);
  });

  it('takes defaults silently for settings that are missing (added by a later release)', () => {
    const { store, problems } = readStore({ schemaVersion: 1, flagged: {}, settings: { listMarks: false, retentionDays: 30 } });
    expect(problems).toEqual([]);
    expect(store.settings).toEqual({ ...DEFAULT_SETTINGS, listMarks: false, retentionDays: 30 });
  });

  it('resets a settings value that is not an object', () => {
    const { store, problems } = readStore(v1({}, { settings: 'dark mode' }));
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['setting settings is not an object: using the defaults']);
  });

  it('does not modify what it reads', () => {
    const raw = deepFreeze(v1({ wrong: posting(), other: posting({ jobId: '2', title: 'x'.repeat(1000) }) }));
    expect(() => readStore(raw)).not.toThrow();
  });

  it('never throws, whatever is stored, and always returns a valid store', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const { store } = readStore(raw);
      expect(store.schemaVersion).toBe(SCHEMA_VERSION);
      expect(readStore(store).store).toEqual(store);
    }));
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.anything()), (flagged) => {
      expect(readStore({ schemaVersion: 1, flagged, settings: flagged }).store.schemaVersion).toBe(1);
    }));
  });
});
