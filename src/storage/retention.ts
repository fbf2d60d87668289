// The unflagged verdict cache (list-card marks) kept only as long as the user chose.
// Flagged postings are the user's own list and are never pruned by age.
import type { VerdictSummary } from '../shared/verdict-summary';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Drops entries analysed more than `retentionDays` before `now`; null keeps everything.
 * An entry with an unreadable time is dropped: it cannot be shown as recent. Returns the
 * same cache when nothing was dropped, a new one otherwise; the input is never modified.
 */
export function pruneVerdictCache(
  cache: Readonly<Record<string, VerdictSummary>>, retentionDays: number | null, now: Date,
): Record<string, VerdictSummary> {
  if (retentionDays === null) return cache;
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const kept = Object.entries(cache).filter(([, s]) => Number.isFinite(s.at) && s.at >= cutoff);
  return kept.length === Object.keys(cache).length ? cache : Object.fromEntries(kept);
}
