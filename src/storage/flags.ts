// Every change to the flagged list, as pure functions from one StoreData to the next.
// Inputs are never modified; when nothing changes the same store is returned, so a
// caller can skip the storage write with `if (next !== store)`.
import type { Report } from '../core/types';
import { postingFromAnalysis, type PostingRef } from './from-report';
import { mergePosting } from './merge';
import { LIMITS, capText, postingKeyOf, type Correction, type FlaggedPosting, type StoreData } from './schema';
import { validatePosting } from './validate-posting';

export type { PostingRef } from './from-report';
export { countsByVerdict, effectiveVerdict, listFlagged, type ListFilter } from './queries';

const withPosting = (store: StoreData, key: string, posting: FlaggedPosting): StoreData => ({
  ...store, flagged: { ...store.flagged, [key]: posting },
});

const withoutDismissal = (dismissed: string[], keys: ReadonlySet<string>) =>
  dismissed.some((k) => keys.has(k)) ? dismissed.filter((k) => !keys.has(k)) : dismissed;

/**
 * After each analysis. A posting already flagged gets the new analysis and lastSeen. An
 * unflagged `mislabeled` posting is flagged (autoFlagged: true) when the setting is on,
 * unless the user unflagged it before. Other unflagged postings are not stored here
 * (the verdict cache holds them).
 */
export function recordAnalysis(store: StoreData, ref: PostingRef, report: Report, now: Date): StoreData {
  const key = postingKeyOf(ref);
  const previous = store.flagged[key];
  if (previous) {
    const updated = postingFromAnalysis(ref, report, now, previous.autoFlagged, previous);
    return updated ? withPosting(store, key, updated) : store;
  }
  const autoFlag = report.verdict === 'mislabeled' && store.settings.autoFlagMislabeled
    && !store.dismissed.includes(key) && Object.keys(store.flagged).length < LIMITS.flagged;
  if (!autoFlag) return store;
  const created = postingFromAnalysis(ref, report, now, true);
  return created ? withPosting(store, key, created) : store;
}

/** The user flags a posting (or confirms an auto-flag, which makes it theirs). */
export function flag(store: StoreData, ref: PostingRef, report: Report, now: Date): StoreData {
  const key = postingKeyOf(ref);
  const previous = store.flagged[key];
  if (!previous && Object.keys(store.flagged).length >= LIMITS.flagged) return store;
  const posting = postingFromAnalysis(ref, report, now, false, previous);
  if (!posting) return store;
  return { ...withPosting(store, key, posting), dismissed: withoutDismissal(store.dismissed, new Set([key])) };
}

/** Remembers the dismissal (oldest forgotten first) so auto-flag does not bring it back. */
export function unflag(store: StoreData, key: string): StoreData {
  if (!store.flagged[key]) return store;
  const { [key]: _gone, ...flagged } = store.flagged;
  const dismissed = [...store.dismissed.filter((k) => k !== key), key].slice(-LIMITS.dismissed);
  return { ...store, flagged, dismissed };
}

/** The popup's "delete": the same as unflagging; nothing else about a posting is kept. */
export const remove = unflag;

/** "Clear all": every flag and dismissal goes, settings stay. */
export const clearFlagged = (store: StoreData): StoreData => ({ ...store, flagged: {}, dismissed: [] });

export function setNote(store: StoreData, key: string, note: string): StoreData {
  const posting = store.flagged[key];
  if (!posting) return store;
  return withPosting(store, key, { ...posting, note: capText(note, LIMITS.note) });
}

/** null clears the correction. An invalid correction (unknown verdict, bad date) changes nothing. */
export function setCorrection(store: StoreData, key: string, correction: Correction | null): StoreData {
  const posting = store.flagged[key];
  if (!posting) return store;
  const checked = validatePosting({ ...posting, correction }, key);
  return 'posting' in checked ? withPosting(store, key, checked.posting) : store;
}

/**
 * Restoring a backup: the union of both, one entry per posting (see mergePosting for
 * which fields win). Imported postings are no longer "dismissed". New postings past
 * LIMITS.flagged are left out. Pass postings from parseJsonImport (already validated).
 */
export function mergeImported(store: StoreData, imported: readonly FlaggedPosting[]): StoreData {
  const flagged = { ...store.flagged };
  let count = Object.keys(flagged).length;
  for (const posting of imported) {
    const key = postingKeyOf(posting);
    const existing = flagged[key];
    if (existing) flagged[key] = mergePosting(existing, posting);
    else if (count < LIMITS.flagged) { flagged[key] = posting; count++; }
  }
  const dismissed = withoutDismissal(store.dismissed, new Set(imported.map(postingKeyOf)));
  return { ...store, flagged, dismissed };
}
