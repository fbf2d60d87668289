// The flagged postings, dismissals and settings TrueTitle keeps in browser.storage.local,
// versioned so a newer release can migrate them and an older one can refuse to overwrite them.
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/thresholds';
import type { DutyFamily, Label, RedFlagKind, Seniority, TitleFamily, Verdict } from '../core/types';
import { postingKey } from '../shared/verdict-summary';

export const SCHEMA_VERSION = 1;

/** A known job board, or the hostname of any other site a posting was read on. */
export type Site = 'linkedin' | 'indeed' | (string & {});

/** The user's own verdict when they disagree with the engine's. */
export interface Correction {
  verdict: Verdict;
  comment: string;
  /** ISO 8601 */
  at: string;
}

export interface TopDuty {
  text: string;
  label: Label;
  confidence: number;
}

export interface FlaggedPosting {
  site: Site;
  jobId: string;
  /** canonical http(s) address of the posting */
  url: string;
  title: string;
  company: string;
  location: string;
  /** ISO 8601 */
  firstSeen: string;
  /** ISO 8601 */
  lastSeen: string;
  verdict: Verdict;
  titleFamily: TitleFamily;
  dutyFamily: DutyFamily;
  seniority: Seniority;
  shares: { sales: number; marketing: number; other: number };
  reason: string;
  redFlags: { kind: RedFlagKind; text: string }[];
  /** at most LIMITS.topDuties, the strongest sales and marketing duties first */
  topDuties: TopDuty[];
  note: string;
  correction: Correction | null;
  /** flagged by the auto-flag rule rather than by the user */
  autoFlagged: boolean;
}

export interface Settings {
  autoFlagMislabeled: boolean;
  listMarks: boolean;
  highlightByDefault: boolean;
  sites: { linkedin: boolean; indeed: boolean };
  thresholds: Thresholds;
  /** days to keep the unflagged verdict cache; null keeps it forever. Flagged postings are never pruned. */
  retentionDays: number | null;
}

export interface StoreData {
  schemaVersion: typeof SCHEMA_VERSION;
  /** keyed by postingKeyOf: "site:jobId" */
  flagged: Record<string, FlaggedPosting>;
  /**
   * Keys the user unflagged, oldest first, so the auto-flag rule does not flag them again
   * the next time the posting is viewed. Bounded by LIMITS.dismissed.
   */
  dismissed: string[];
  settings: Settings;
}

/**
 * Caps on what one store may hold: stored and imported data is untrusted, and
 * storage.local has a quota the popup must never be able to exhaust.
 */
export const LIMITS = {
  site: 253, // longest DNS hostname
  jobId: 200,
  url: 2048,
  title: 300,
  company: 200,
  location: 200,
  reason: 1000,
  redFlagText: 600,
  redFlags: 20,
  dutyText: 600,
  topDuties: 8,
  note: 5000,
  correctionComment: 1000,
  flagged: 5000,
  dismissed: 5000,
} as const;

export const DEFAULT_SETTINGS: Settings = {
  autoFlagMislabeled: true,
  listMarks: true,
  highlightByDefault: false,
  sites: { linkedin: true, indeed: true },
  thresholds: { ...DEFAULT_THRESHOLDS },
  retentionDays: null,
};

export function emptyStore(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    flagged: {},
    dismissed: [],
    settings: { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites }, thresholds: { ...DEFAULT_THRESHOLDS } },
  };
}

/** "site:jobId", the same key the verdict cache uses, so a list mark and a flag agree. */
export const postingKeyOf = (p: { site: string; jobId: string }): string => postingKey(p.site, p.jobId);

/** Cuts hostile or runaway text down to its cap (by UTF-16 units, never splitting a surrogate pair). */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
