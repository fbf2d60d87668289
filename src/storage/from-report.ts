// What a flagged posting keeps of an analysis: the identity the content script read and
// the parts of the engine's Report the popup and exports show.
import type { Report } from '../core/types';
import { LIMITS, type FlaggedPosting, type TopDuty } from './schema';
import { validatePosting } from './validate-posting';

import type { PostingRef } from '../shared/messages';

export type { PostingRef };

/** Clamped because a rounding slip in the engine must not make a posting unreadable later. */
const unit = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Only web addresses are kept: the popup opens this link. */
function webAddressOr(url: string): string {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : '';
  } catch {
    return '';
  }
}

/**
 * The duties that explain a verdict: sales and marketing ones before "other", each group
 * strongest first, ties in posting order, at most LIMITS.topDuties.
 */
export function topDutiesOf(report: Report): TopDuty[] {
  const rank = (label: string) => (label === 'other' ? 1 : 0);
  return report.duties
    .map((d) => ({ text: d.text, label: d.label, confidence: unit(d.confidence) }))
    .sort((a, b) => rank(a.label) - rank(b.label) || b.confidence - a.confidence)
    .slice(0, LIMITS.topDuties);
}

/**
 * A FlaggedPosting for this analysis, keeping the user's own fields from `previous`.
 * It goes through the same validation as stored data, so whatever is written reads back
 * unchanged; null when the posting cannot be stored (no site or job id).
 */
export function postingFromAnalysis(
  ref: PostingRef, report: Report, now: Date, autoFlagged: boolean, previous?: FlaggedPosting,
): FlaggedPosting | null {
  const at = now.toISOString();
  const raw: FlaggedPosting = {
    site: ref.site,
    jobId: ref.jobId,
    url: webAddressOr(ref.url),
    title: ref.title.replace(/\s+/g, ' ').trim() || report.title,
    company: ref.company.trim(),
    location: ref.location.trim(),
    firstSeen: previous?.firstSeen ?? at,
    lastSeen: at,
    verdict: report.verdict,
    titleFamily: report.titleFamily,
    dutyFamily: report.dutyFamily,
    seniority: report.seniority,
    shares: { sales: unit(report.shares.sales), marketing: unit(report.shares.marketing), other: unit(report.shares.other) },
    reason: report.reason,
    redFlags: report.redFlags.map((f) => ({ kind: f.kind, text: f.text })),
    topDuties: topDutiesOf(report),
    note: previous?.note ?? '',
    correction: previous?.correction ?? null,
    autoFlagged,
  };
  const result = validatePosting(raw, 'new');
  return 'posting' in result ? result.posting : null;
}
