// One flagged posting read from storage or an import file: either a clean FlaggedPosting or
// the reason it was skipped. Identity and verdict must be present; everything else may be
// missing (older or hand-made backups) and takes a neutral default, but a field that is
// present with the wrong type marks the entry as corrupt or foreign and it is skipped.
import type { DutyFamily, Label, RedFlagKind, Seniority, TitleFamily, Verdict } from '../core/types';
import {
  Invalid, boolean, fraction, isRecord, isoDate, listOf, object, oneOf, optional, own, required, text, type Reader,
} from './fields';
import { LIMITS, type Correction, type FlaggedPosting, type TopDuty } from './schema';

// Records rather than arrays so the compiler fails here when the engine adds a member.
export const VERDICT: Record<Verdict, true> = { honest: true, mislabeled: true, hybrid: true, unclear: true };
const LABEL: Record<Label, true> = { sales: true, marketing: true, other: true };
const TITLE_FAMILY: Record<TitleFamily, true> = { marketing: true, sales: true, 'sales-and-marketing': true, other: true };
const DUTY_FAMILY: Record<DutyFamily, true> = { sales: true, marketing: true, mixed: true, other: true, unknown: true };
const SENIORITY: Record<Seniority, true> = {
  intern: true, entry: true, associate: true, senior: true, lead: true, manager: true,
  director: true, 'vice-president': true, executive: true, unspecified: true,
};
const RED_FLAG_KIND: Record<RedFlagKind, true> = {
  'activity-quota': true, 'own-book': true, 'personal-quota': true, territory: true,
  commission: true, 'cold-calling': true, 'door-to-door': true,
};

/** Only web addresses: the popup opens this link, so "javascript:" and the like never get in. */
const webAddress: Reader<string> = (value, name) => {
  const url = text(LIMITS.url)(value, name);
  if (url === '') return url;
  let protocol = '';
  try { protocol = new URL(url).protocol; } catch { /* reported below */ }
  if (protocol !== 'http:' && protocol !== 'https:') throw new Invalid(`${name} is not an http(s) address`);
  return url;
};

const redFlag = object((o, at) => ({
  kind: required(o, 'kind', oneOf(RED_FLAG_KIND), at),
  text: required(o, 'text', text(LIMITS.redFlagText), at),
}));

const topDuty = object<TopDuty>((o, at) => ({
  text: required(o, 'text', text(LIMITS.dutyText), at),
  label: required(o, 'label', oneOf(LABEL), at),
  confidence: required(o, 'confidence', fraction, at),
}));

const shares = object((o, at) => ({
  sales: required(o, 'sales', fraction, at),
  marketing: required(o, 'marketing', fraction, at),
  other: required(o, 'other', fraction, at),
}));

const correction: Reader<Correction | null> = (value, name) => value === null ? null : object<Correction>((o, at) => ({
  verdict: required(o, 'verdict', oneOf(VERDICT), at),
  comment: optional(o, 'comment', text(LIMITS.correctionComment), '', at),
  at: required(o, 'at', isoDate, at),
}))(value, name);

function readPosting(o: Record<string, unknown>): FlaggedPosting {
  const firstSeen = required(o, 'firstSeen', isoDate);
  const lastSeen = required(o, 'lastSeen', isoDate);
  return {
    site: required(o, 'site', text(LIMITS.site, true)),
    jobId: required(o, 'jobId', text(LIMITS.jobId, true)),
    url: required(o, 'url', webAddress),
    title: required(o, 'title', text(LIMITS.title)),
    company: optional(o, 'company', text(LIMITS.company), ''),
    location: optional(o, 'location', text(LIMITS.location), ''),
    firstSeen,
    // A clock that went backwards must not leave a posting "last seen" before it was first seen.
    lastSeen: lastSeen < firstSeen ? firstSeen : lastSeen,
    verdict: required(o, 'verdict', oneOf(VERDICT)),
    titleFamily: optional(o, 'titleFamily', oneOf(TITLE_FAMILY), 'other'),
    dutyFamily: optional(o, 'dutyFamily', oneOf(DUTY_FAMILY), 'unknown'),
    seniority: optional(o, 'seniority', oneOf(SENIORITY), 'unspecified'),
    shares: optional(o, 'shares', shares, { sales: 0, marketing: 0, other: 0 }),
    reason: optional(o, 'reason', text(LIMITS.reason), ''),
    redFlags: optional(o, 'redFlags', listOf(redFlag, LIMITS.redFlags), []),
    topDuties: optional(o, 'topDuties', listOf(topDuty, LIMITS.topDuties), []),
    note: optional(o, 'note', text(LIMITS.note), ''),
    correction: optional(o, 'correction', correction, null),
    autoFlagged: optional(o, 'autoFlagged', boolean, false),
  };
}

/** The name a problem message uses: the posting's own key when it can be read, else where it was found. */
function labelOf(raw: unknown, where: string): string {
  if (!isRecord(raw)) return where;
  const site = own(raw, 'site');
  const jobId = own(raw, 'jobId');
  return typeof site === 'string' && typeof jobId === 'string' && site && jobId
    ? `${site.slice(0, 60)}:${jobId.slice(0, 60)}` : where;
}

export type PostingResult = { posting: FlaggedPosting } | { problem: string };

/** Unknown extra fields are dropped: only the fields built above ever reach the store. */
export function validatePosting(raw: unknown, where: string): PostingResult {
  const label = labelOf(raw, where);
  try {
    if (!isRecord(raw)) throw new Invalid('it is not an object');
    return { posting: readPosting(raw) };
  } catch (error) {
    // Even an error no reader anticipated is reported, never thrown: one entry must not sink the store.
    const why = error instanceof Invalid ? error.message : 'it could not be read';
    return { problem: `flagged posting "${label}" skipped: ${why}` };
  }
}
