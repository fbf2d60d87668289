import { describe, expect, it } from 'vitest';
import { flag, recordAnalysis } from './flags';
import { deepFreeze, posting, ref, report } from './fixtures';
import { exportFileName, parseJsonImport, toJsonExport } from './json-export';
import { emptyStore, type StoreData } from './schema';

const NOW = new Date('2026-11-26T15:30:00.000Z');

/** A store as the extension builds it: a LinkedIn posting auto-flagged, an Indeed one flagged by hand with awkward text. */
function realisticStore(): StoreData {
  let store = recordAnalysis(emptyStore(), ref(), report(), new Date('2026-11-20T09:00:00Z'));
  store = flag(store, ref({
    site: 'indeed', jobId: 'a1b2c3', url: 'https://www.indeed.com/viewjob?jk=a1b2c3',
    title: '=Director of Sales, "Marketing" & Growth 🚀', company: 'Café Zürich', location: 'Montréal, QC',
  }), report({ verdict: 'hybrid', redFlags: [] }), NOW);
  return deepFreeze(store);
}

describe('toJsonExport / parseJsonImport', () => {
  it('writes the documented envelope, pretty-printed, newest first', () => {
    const text = toJsonExport(realisticStore(), NOW);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['app', 'schemaVersion', 'exportedAt', 'flagged']);
    expect(data).toMatchObject({ app: 'TrueTitle', schemaVersion: 1, exportedAt: '2026-11-26T15:30:00.000Z' });
    expect(data.flagged.map((p: { jobId: string }) => p.jobId)).toEqual(['a1b2c3', '4012345001']);
    expect(text).toContain('\n  "app": "TrueTitle",');
  });

  it('round-trips every flagged posting exactly', () => {
    const store = realisticStore();
    const { postings, problems } = parseJsonImport(toJsonExport(store, NOW));
    expect(problems).toEqual([]);
    expect(Object.fromEntries(postings.map((p) => [`${p.site}:${p.jobId}`, p]))).toEqual(store.flagged);
  });

  it('accepts a bare array of postings, and one with epoch-millisecond dates from the pre-release build', () => {
    const p = posting();
    expect(parseJsonImport(JSON.stringify([p]))).toEqual({ postings: [p], problems: [] });
    const old = { ...p, firstSeen: Date.parse(p.firstSeen), lastSeen: Date.parse(p.lastSeen) };
    expect(parseJsonImport(JSON.stringify([old]))).toEqual({ postings: [p], problems: [] });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseJsonImport(`\uFEFF${JSON.stringify([posting()])}`).postings).toHaveLength(1);
  });

  it('imports the good entries and reports the bad ones', () => {
    const text = JSON.stringify({ app: 'TrueTitle', schemaVersion: 1, flagged: [posting({ jobId: '1' }), { ...posting({ jobId: '2' }), verdict: 'bad' }, 42] });
    const { postings, problems } = parseJsonImport(text);
    expect(postings.map((p) => p.jobId)).toEqual(['1']);
    expect(problems).toEqual([
      'flagged posting "linkedin:2" skipped: verdict is not one of honest, mislabeled, hybrid, unclear',
      'flagged posting "entry 3" skipped: it is not an object',
    ]);
  });

  it('merges duplicates inside one file', () => {
    const text = JSON.stringify([posting({ note: 'a' }), posting({ firstSeen: '2026-11-01T00:00:00.000Z' })]);
    expect(parseJsonImport(text).postings).toEqual([posting({ note: 'a', firstSeen: '2026-11-01T00:00:00.000Z' })]);
  });

  it.each([
    ['bad JSON', '{"app": "TrueTitle", ', /^the file is not valid JSON \(/],
    ['an empty file', '', /^the file is not valid JSON/],
    ['JSON without postings', '{"hello": "world"}', /^the file is not a TrueTitle export: it has no list/],
    ['another app\'s export', '{"app": "JobTracker", "flagged": []}', /^the file is not a TrueTitle export$/],
    ['a newer schema', '{"app": "TrueTitle", "schemaVersion": 2, "flagged": []}', /^exported by a newer TrueTitle \(schema 2\): update TrueTitle to import it$/],
    ['an unreadable schema', '{"app": "TrueTitle", "schemaVersion": "one", "flagged": []}', /^the file has an unreadable schema version$/],
  ])('reports %s instead of throwing', (_name, text, message) => {
    const result = parseJsonImport(text);
    expect(result.postings).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(message);
  });
});

describe('exportFileName', () => {
  it('carries the local date', () => {
    expect(exportFileName('csv', new Date(2026, 10, 26, 23, 59))).toBe('truetitle-flagged-2026-11-26.csv');
    expect(exportFileName('json', new Date(2027, 0, 5, 0, 1))).toBe('truetitle-flagged-2027-01-05.json');
  });
});
