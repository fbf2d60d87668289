import { describe, expect, it } from 'vitest';
import {
  clearFlagged, countsByVerdict, flag, listFlagged, mergeImported, recordAnalysis, remove, setCorrection, setNote, unflag,
} from './flags';
import { deepFreeze, posting, ref, report } from './fixtures';
import { LIMITS, emptyStore, type FlaggedPosting, type StoreData } from './schema';
import { readStore } from './validate';

const NOW = new Date('2026-11-26T15:30:00.000Z');
const LATER = new Date('2026-11-28T08:00:00.000Z');
const KEY = 'linkedin:4012345001';

const storeWith = (...postings: FlaggedPosting[]): StoreData =>
  deepFreeze({ ...emptyStore(), flagged: Object.fromEntries(postings.map((p) => [`${p.site}:${p.jobId}`, p])) });

const autoFlagOff = (store: StoreData): StoreData =>
  deepFreeze({ ...store, settings: { ...store.settings, autoFlagMislabeled: false } });

describe('recordAnalysis', () => {
  it('auto-flags a mislabeled posting when the setting is on', () => {
    const next = recordAnalysis(deepFreeze(emptyStore()), ref(), report(), NOW);
    const p = next.flagged[KEY]!;
    expect(p).toMatchObject({
      site: 'linkedin', jobId: '4012345001', title: 'Marketing Director', company: 'Acme Widgets', location: 'Columbus, OH',
      firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString(), verdict: 'mislabeled', titleFamily: 'marketing',
      dutyFamily: 'sales', seniority: 'director', shares: { sales: 0.78, marketing: 0.12, other: 0.1 },
      redFlags: [{ kind: 'activity-quota', text: 'Make at least 50 outbound calls a day.' }],
      note: '', correction: null, autoFlagged: true,
    });
    expect(readStore(next).store).toEqual(next);
  });

  it('lists the strongest sales and marketing duties first, then the rest', () => {
    const p = recordAnalysis(emptyStore(), ref(), report(), NOW).flagged[KEY]!;
    expect(p.topDuties.map((d) => [d.label, d.confidence])).toEqual([['sales', 0.95], ['sales', 0.9], ['marketing', 0.7], ['other', 0.99]]);
    const many = report({ duties: Array.from({ length: 20 }, (_, i) => ({ ...report().duties[2]!, confidence: i / 20 })) });
    expect(recordAnalysis(emptyStore(), ref(), many, NOW).flagged[KEY]!.topDuties).toHaveLength(LIMITS.topDuties);
  });

  it('does not auto-flag when the setting is off', () => {
    const store = autoFlagOff(emptyStore());
    expect(recordAnalysis(store, ref(), report(), NOW)).toBe(store);
  });

  it.each(['honest', 'hybrid', 'unclear'] as const)('leaves an unflagged %s posting out', (verdict) => {
    const store = deepFreeze(emptyStore());
    expect(recordAnalysis(store, ref(), report({ verdict }), NOW)).toBe(store);
  });

  it('does not auto-flag again a posting the user unflagged', () => {
    const unflagged = unflag(recordAnalysis(emptyStore(), ref(), report(), NOW), KEY);
    expect(unflagged.flagged).toEqual({});
    expect(recordAnalysis(deepFreeze(unflagged), ref(), report(), LATER)).toBe(unflagged);
  });

  it('updates an already flagged posting, keeping firstSeen and the user\'s fields', () => {
    const before = storeWith(posting({ note: 'Call Tuesday', autoFlagged: false, correction: { verdict: 'hybrid', comment: '', at: '2026-11-24T00:00:00.000Z' } }));
    const next = recordAnalysis(autoFlagOff(before), ref({ title: 'Marketing  Director (Remote) ' }), report({ verdict: 'honest' }), LATER);
    expect(next.flagged[KEY]).toMatchObject({
      title: 'Marketing Director (Remote)', verdict: 'honest', firstSeen: '2026-11-20T10:00:00.000Z', lastSeen: LATER.toISOString(),
      note: 'Call Tuesday', autoFlagged: false, correction: { verdict: 'hybrid', comment: '', at: '2026-11-24T00:00:00.000Z' },
    });
  });

  it('stores no address other than a web one', () => {
    const p = recordAnalysis(emptyStore(), ref({ url: 'javascript:alert(1)' }), report(), NOW).flagged[KEY]!;
    expect(p.url).toBe('');
  });

  it('cannot store a posting without a job id', () => {
    const store = deepFreeze(emptyStore());
    expect(recordAnalysis(store, ref({ jobId: '' }), report(), NOW)).toBe(store);
  });
});

describe('flag, unflag, remove', () => {
  it('flags any posting by hand, not as auto-flagged, and forgets an earlier dismissal', () => {
    const dismissed = deepFreeze({ ...emptyStore(), dismissed: [KEY, 'indeed:1'] });
    const next = flag(dismissed, ref(), report({ verdict: 'honest' }), NOW);
    expect(next.flagged[KEY]).toMatchObject({ verdict: 'honest', autoFlagged: false });
    expect(next.dismissed).toEqual(['indeed:1']);
  });

  it('turns an auto-flag into the user\'s own flag, keeping the note', () => {
    const next = flag(storeWith(posting({ note: 'keep' })), ref(), report(), NOW);
    expect(next.flagged[KEY]).toMatchObject({ autoFlagged: false, note: 'keep', firstSeen: '2026-11-20T10:00:00.000Z' });
  });

  it('unflags and remembers the dismissal, newest last', () => {
    const store = storeWith(posting(), posting({ jobId: '2' }));
    const next = unflag(unflag(store, 'linkedin:2'), KEY);
    expect(next.flagged).toEqual({});
    expect(next.dismissed).toEqual(['linkedin:2', KEY]);
  });

  it('remove is unflag, and an unknown key changes nothing', () => {
    const store = storeWith(posting());
    expect(remove(store, KEY)).toEqual(unflag(store, KEY));
    expect(unflag(store, 'indeed:nope')).toBe(store);
  });

  it('clears every flag but keeps settings', () => {
    const store = deepFreeze({ ...storeWith(posting()), dismissed: ['x:1'], settings: { ...emptyStore().settings, listMarks: false } });
    expect(clearFlagged(store)).toEqual({ ...emptyStore(), settings: store.settings });
  });
});

describe('notes and corrections', () => {
  it('sets and caps a note', () => {
    const store = storeWith(posting());
    expect(setNote(store, KEY, 'Asked about quota').flagged[KEY]!.note).toBe('Asked about quota');
    expect(setNote(store, KEY, 'x'.repeat(9000)).flagged[KEY]!.note).toHaveLength(LIMITS.note);
    expect(setNote(store, 'indeed:none', 'x')).toBe(store);
  });

  it('sets, validates and clears a correction', () => {
    const store = storeWith(posting());
    const correction = { verdict: 'honest' as const, comment: 'Really marketing', at: '2026-11-26T15:30:00Z' };
    const corrected = setCorrection(store, KEY, correction);
    expect(corrected.flagged[KEY]!.correction).toEqual({ ...correction, at: '2026-11-26T15:30:00.000Z' });
    expect(setCorrection(corrected, KEY, null).flagged[KEY]!.correction).toBeNull();
    expect(setCorrection(store, KEY, { ...correction, verdict: 'nonsense' as never })).toBe(store);
  });
});

describe('mergeImported', () => {
  const mine = posting({ note: 'my note', lastSeen: '2026-11-25T10:00:00.000Z', verdict: 'mislabeled' });
  const backup = posting({
    firstSeen: '2026-11-02T00:00:00.000Z', lastSeen: '2026-11-27T00:00:00.000Z', verdict: 'hybrid', title: 'Marketing Director II',
    note: '', autoFlagged: false, correction: { verdict: 'honest', comment: 'checked', at: '2026-11-03T00:00:00.000Z' },
  });

  it('keeps the union and one entry per posting', () => {
    const other = posting({ site: 'indeed', jobId: 'abc', url: 'https://www.indeed.com/viewjob?jk=abc' });
    const next = mergeImported(storeWith(mine), deepFreeze([backup, other, other]));
    expect(Object.keys(next.flagged).sort()).toEqual(['indeed:abc', KEY]);
  });

  it('takes the earliest firstSeen, latest lastSeen, newer analysis, non-empty note and correction', () => {
    expect(mergeImported(storeWith(mine), [backup]).flagged[KEY]).toEqual({
      ...backup, note: 'my note', autoFlagged: false,
    });
    expect(mergeImported(storeWith(backup), [mine]).flagged[KEY]).toEqual({ ...backup, note: 'my note' });
  });

  it('keeps the current analysis when the import is older, and the newer of two corrections', () => {
    const old = posting({ lastSeen: '2026-11-21T00:00:00.000Z', verdict: 'honest', correction: { verdict: 'hybrid', comment: 'old', at: '2026-11-01T00:00:00.000Z' } });
    const current = posting({ correction: { verdict: 'unclear', comment: 'new', at: '2026-11-05T00:00:00.000Z' } });
    expect(mergeImported(storeWith(current), [old]).flagged[KEY]).toEqual(current);
  });

  it('changes nothing when the same backup is imported twice', () => {
    const once = mergeImported(storeWith(mine), [backup]);
    expect(mergeImported(deepFreeze(once), [backup])).toEqual(once);
  });

  it('un-dismisses postings the user restores', () => {
    const store = deepFreeze({ ...emptyStore(), dismissed: [KEY, 'indeed:9'] });
    expect(mergeImported(store, [mine]).dismissed).toEqual(['indeed:9']);
  });
});

describe('listFlagged and countsByVerdict', () => {
  const store = storeWith(
    posting({ jobId: '1', title: 'Marketing Director', company: 'Acme', lastSeen: '2026-11-20T00:00:00.000Z' }),
    posting({ jobId: '2', title: 'Brand Manager', company: 'Café Noir', verdict: 'honest', lastSeen: '2026-11-24T00:00:00.000Z' }),
    posting({ site: 'indeed', jobId: '3', title: 'Director of Sales and Marketing', company: 'Beta', note: 'ACME spin-off', lastSeen: '2026-11-22T00:00:00.000Z' }),
    posting({ jobId: '4', title: 'Growth Lead', company: 'Gamma', correction: { verdict: 'honest', comment: '', at: '2026-11-23T00:00:00.000Z' } }),
  );
  const ids = (list: FlaggedPosting[]) => list.map((p) => p.jobId);

  it('lists newest lastSeen first', () => {
    expect(ids(listFlagged(store))).toEqual(['4', '2', '3', '1']);
  });

  it('searches title, company and note, ignoring case and accents, every word', () => {
    expect(ids(listFlagged(store, { query: 'acme' }))).toEqual(['3', '1']);
    expect(ids(listFlagged(store, { query: 'CAFE' }))).toEqual(['2']);
    expect(ids(listFlagged(store, { query: 'director marketing' }))).toEqual(['3', '1']);
    expect(ids(listFlagged(store, { query: '  ' }))).toEqual(['4', '2', '3', '1']);
    expect(listFlagged(store, { query: 'plumber' })).toEqual([]);
  });

  it('filters by site and by verdict (the user\'s correction when there is one)', () => {
    expect(ids(listFlagged(store, { site: 'indeed' }))).toEqual(['3']);
    expect(ids(listFlagged(store, { verdict: 'honest' }))).toEqual(['4', '2']);
    expect(ids(listFlagged(store, { verdict: 'mislabeled', site: 'linkedin', query: 'acme' }))).toEqual(['1']);
  });

  it('counts every verdict, zeros included', () => {
    expect(countsByVerdict(store)).toEqual({ honest: 2, mislabeled: 2, hybrid: 0, unclear: 0 });
    expect(countsByVerdict(emptyStore())).toEqual({ honest: 0, mislabeled: 0, hybrid: 0, unclear: 0 });
  });
});
