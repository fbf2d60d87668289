import { describe, expect, it } from 'vitest';
import { deepFreeze, posting } from './fixtures';
import { migrate, versionOf } from './migrate';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type FlaggedPosting } from './schema';
import { readStore } from './validate';

/** A posting as the pre-release build stored it: dates as epoch milliseconds. */
const v0 = (p: FlaggedPosting) => ({ ...p, firstSeen: Date.parse(p.firstSeen), lastSeen: Date.parse(p.lastSeen) });

describe('versionOf', () => {
  it.each([
    [{ flagged: [] }, 0],
    [{ schemaVersion: 1, flagged: {} }, 1],
    [{ schemaVersion: 7 }, 7],
    [{ flagged: {} }, null],
    [{ schemaVersion: 0 }, null],
    [[], null],
    ['x', null],
    [null, null],
  ])('%j is version %s', (raw, version) => {
    expect(versionOf(raw)).toBe(version);
  });
});

describe('migrate', () => {
  const a = posting({ jobId: '1', note: 'Recruiter said 60 calls a day', correction: { verdict: 'mislabeled', comment: 'agreed', at: '2026-11-21T09:00:00.000Z' } });
  const b = posting({ site: 'indeed', jobId: 'abc123', url: 'https://www.indeed.com/viewjob?jk=abc123', verdict: 'honest', autoFlagged: false });

  it('upgrades a version 0 store to a valid current store with nothing lost', () => {
    const raw = deepFreeze({ flagged: [v0(a), v0(b)] });
    const migrated = migrate(raw);
    expect(versionOf(migrated)).toBe(SCHEMA_VERSION);
    const { store, problems, readOnly } = readStore(migrated);
    expect(problems).toEqual([]);
    expect(readOnly).toBe(false);
    expect(store).toEqual({
      schemaVersion: 1, flagged: { 'linkedin:1': a, 'indeed:abc123': b }, dismissed: [], settings: DEFAULT_SETTINGS,
    });
  });

  it('readStore migrates by itself', () => {
    expect(readStore({ flagged: [v0(a)] }).store.flagged['linkedin:1']).toEqual(a);
  });

  it('keeps both copies of a posting listed twice in version 0, for validation to merge', () => {
    const older = { ...v0(a), lastSeen: Date.parse('2026-11-21T00:00:00.000Z'), firstSeen: Date.parse('2026-11-02T00:00:00.000Z'), note: '' };
    const { store, problems } = readStore(migrate({ flagged: [older, v0(a)] }));
    expect(problems).toEqual([]);
    expect(store.flagged['linkedin:1']).toEqual({ ...a, firstSeen: '2026-11-02T00:00:00.000Z' });
  });

  it('passes broken version 0 entries on to be reported, not dropped silently', () => {
    const { store, problems } = readStore(migrate({ flagged: [v0(a), 'garbage', { ...v0(b), firstSeen: 'long ago' }] }));
    expect(Object.keys(store.flagged)).toEqual(['linkedin:1']);
    expect(problems).toEqual([
      'flagged posting "v0[1]" skipped: it is not an object',
      'flagged posting "indeed:abc123" skipped: firstSeen is not an ISO 8601 date',
    ]);
  });

  it('leaves current, newer and foreign data as it is', () => {
    const current = { schemaVersion: 1, flagged: {} };
    const newer = { schemaVersion: 2, flagged: [] };
    const foreign = { theme: 'dark' };
    expect(migrate(current)).toBe(current);
    expect(migrate(newer)).toBe(newer);
    expect(migrate(foreign)).toBe(foreign);
    expect(migrate(undefined)).toBeUndefined();
  });
});
