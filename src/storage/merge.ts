// How two records of the same posting become one: used when an import meets the store and
// when a store holds the same posting twice. Nothing the user wrote is lost.
import type { Correction, FlaggedPosting } from './schema';

const newerCorrection = (a: Correction | null, b: Correction | null): Correction | null =>
  !a ? b : !b ? a : b.at > a.at ? b : a;

/**
 * `current` is what the store holds, `other` what arrives. The earliest firstSeen and the
 * latest lastSeen win; the analysis (title, verdict, shares, duties…) comes from whichever
 * was seen last (current on a tie, so re-importing a backup changes nothing). A non-empty
 * note beats an empty one and, when both differ, the current note stays (the user's latest
 * edit). The most recent correction wins. A posting the user flagged by hand stays
 * user-flagged even if the other copy was auto-flagged.
 */
export function mergePosting(current: FlaggedPosting, other: FlaggedPosting): FlaggedPosting {
  const newer = other.lastSeen > current.lastSeen ? other : current;
  return {
    ...newer,
    site: current.site,
    jobId: current.jobId,
    firstSeen: other.firstSeen < current.firstSeen ? other.firstSeen : current.firstSeen,
    lastSeen: newer.lastSeen,
    note: current.note || other.note,
    correction: newerCorrection(current.correction, other.correction),
    autoFlagged: current.autoFlagged && other.autoFlagged,
  };
}
