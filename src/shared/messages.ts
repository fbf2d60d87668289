// The one message protocol between content scripts, pages and the background worker.
// Every message is checked for shape on arrival: page text is untrusted.
import type { Thresholds } from '../core/thresholds';
import type { Posting, Report } from '../core/types';
import type { VerdictSummary } from './verdict-summary';

export const MAX_DESCRIPTION_CHARS = 1_000_000;

export interface AnalyzeRequest {
  type: 'truetitle/analyze';
  posting: Posting;
  /** the options page's live example tries thresholds before they are saved */
  thresholds?: Thresholds;
}

export type AnalyzeResponse = { ok: true; report: Report } | { ok: false; error: string };

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) => value === undefined || isString(value);

export function isPosting(value: unknown): value is Posting {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return isString(p.title) && isString(p.description) && p.description.length <= MAX_DESCRIPTION_CHARS
    && ['company', 'location', 'url', 'jobId', 'site'].every((key) => isOptionalString(p[key]));
}

const THRESHOLD_KEYS = ['minDutyWeight', 'minFamilyWeight', 'salesRatio', 'marketingRatio', 'otherShare', 'redFlagWeight', 'redFlagVerdict'] as const;

function isThresholds(value: unknown): value is Thresholds {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return THRESHOLD_KEYS.every((key) => typeof v[key] === 'number' && Number.isFinite(v[key]) && (v[key] as number) >= 0 && (v[key] as number) <= 100);
}

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.type === 'truetitle/analyze' && isPosting(v.posting) && (v.thresholds === undefined || isThresholds(v.thresholds));
}

/** What a content script needs to know about the user's settings for its site. */
export interface ContentSettingsRequest {
  type: 'truetitle/content-settings';
  site: string;
}

export interface ContentSettings {
  enabled: boolean;
  listMarks: boolean;
  highlightByDefault: boolean;
}

export function isContentSettingsRequest(value: unknown): value is ContentSettingsRequest {
  return !!value && typeof value === 'object' && (value as Record<string, unknown>).type === 'truetitle/content-settings'
    && typeof (value as Record<string, unknown>).site === 'string';
}

/**
 * Sent when a page starts showing another job and the worker is not running: it loads the
 * engine while the site is still fetching the description, so the verdict does not wait.
 */
export interface WarmRequest {
  type: 'truetitle/warm';
}

export function isWarmRequest(value: unknown): value is WarmRequest {
  return !!value && typeof value === 'object' && (value as Record<string, unknown>).type === 'truetitle/warm';
}

export function analyzeRequest(posting: Posting): AnalyzeRequest {
  return { type: 'truetitle/analyze', posting };
}

/** Verdicts remembered for list cards, by posting key ("linkedin:4012345001"). */
export interface VerdictsRequest {
  type: 'truetitle/verdicts';
  keys: string[];
}

export type VerdictsResponse = { ok: true; verdicts: Record<string, VerdictSummary> } | { ok: false; error: string };

export const MAX_KEYS_PER_REQUEST = 200;

export function isVerdictsRequest(value: unknown): value is VerdictsRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.type === 'truetitle/verdicts' && Array.isArray(v.keys) && v.keys.length <= MAX_KEYS_PER_REQUEST
    && v.keys.every((key) => typeof key === 'string' && key.length < 300);
}

/** The posting a flag or correction is about, as the content script read it. */
export interface PostingRef {
  site: string;
  jobId: string;
  url: string;
  title: string;
  company: string;
  location: string;
}

export function postingRef(posting: Posting): PostingRef {
  return {
    site: posting.site ?? '', jobId: posting.jobId ?? '', url: posting.url ?? '',
    title: posting.title, company: posting.company ?? '', location: posting.location ?? '',
  };
}

export type FlagMessage =
  | { type: 'truetitle/flag-state'; key: string }
  | { type: 'truetitle/set-flag'; posting: PostingRef; report: Report; flagged: boolean }
  | { type: 'truetitle/set-correction'; posting: PostingRef; report: Report; correction: { verdict: Report['verdict']; comment: string } | null };

export type FlagStateResponse =
  | { ok: true; flagged: boolean; correction: { verdict: Report['verdict']; comment: string } | null }
  | { ok: false; error: string };

const VERDICT_SET = new Set(['honest', 'mislabeled', 'hybrid', 'unclear']);

function isPostingRef(value: unknown): value is PostingRef {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['site', 'jobId', 'url', 'title', 'company', 'location'].every((key) => typeof v[key] === 'string' && (v[key] as string).length < 2000);
}

function isReportLike(value: unknown): value is Report {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && VERDICT_SET.has(v.verdict as string) && Array.isArray(v.duties) && Array.isArray(v.redFlags)
    && !!v.shares && typeof v.shares === 'object';
}

function isCorrection(value: unknown): boolean {
  if (value === null) return true;
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return VERDICT_SET.has(v.verdict as string) && typeof v.comment === 'string' && v.comment.length <= 1000;
}

export function isFlagMessage(value: unknown): value is FlagMessage {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'truetitle/flag-state': return typeof v.key === 'string' && v.key.length < 300;
    case 'truetitle/set-flag': return isPostingRef(v.posting) && isReportLike(v.report) && typeof v.flagged === 'boolean';
    case 'truetitle/set-correction': return isPostingRef(v.posting) && isReportLike(v.report) && isCorrection(v.correction);
    default: return false;
  }
}

/** What the popup and the options page ask the worker to do with the stored data. */
export type StoreMessage =
  | { type: 'truetitle/store-read' }
  | { type: 'truetitle/unflag'; key: string }
  | { type: 'truetitle/note'; key: string; note: string }
  | { type: 'truetitle/import'; text: string }
  | { type: 'truetitle/clear-flagged' }
  | { type: 'truetitle/delete-all' }
  | { type: 'truetitle/settings'; settings: unknown };

export const MAX_IMPORT_CHARS = 20_000_000;

export function isStoreMessage(value: unknown): value is StoreMessage {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const key = () => typeof v.key === 'string' && v.key.length < 300;
  switch (v.type) {
    case 'truetitle/store-read':
    case 'truetitle/clear-flagged':
    case 'truetitle/delete-all': return true;
    case 'truetitle/unflag': return key();
    case 'truetitle/note': return key() && typeof v.note === 'string' && v.note.length <= 5000;
    case 'truetitle/import': return typeof v.text === 'string' && v.text.length <= MAX_IMPORT_CHARS;
    case 'truetitle/settings': return !!v.settings && typeof v.settings === 'object';
    default: return false;
  }
}

/** The name of the port content scripts keep open to the worker (see content/worker-channel). */
export const CONTENT_PORT = 'truetitle/content';

/** A request on that port: any message above, numbered so its answer finds its caller. */
export interface ChannelRequest {
  id: number;
  message: unknown;
}

/** The handler's answer, or, when the worker failed to answer, why. */
export interface ChannelReply {
  id: number;
  response?: unknown;
  error?: string;
}

const isRequestId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export function isChannelRequest(value: unknown): value is ChannelRequest {
  return !!value && typeof value === 'object' && isRequestId((value as ChannelRequest).id) && 'message' in value;
}

export function isChannelReply(value: unknown): value is ChannelReply {
  return !!value && typeof value === 'object' && isRequestId((value as ChannelReply).id);
}

/**
 * Sent by the worker, unasked, to every tab when the user's settings change: a page's
 * switches may have changed, and the verdicts it remembers may no longer be the worker's.
 */
export interface SettingsChangedNotice {
  notice: 'settings-changed';
}

export const SETTINGS_CHANGED: SettingsChangedNotice = { notice: 'settings-changed' };

export function isSettingsChangedNotice(value: unknown): value is SettingsChangedNotice {
  return !!value && typeof value === 'object' && (value as SettingsChangedNotice).notice === 'settings-changed';
}

/**
 * The badge's card asks the worker to open the flagged-postings list in a tab: a content
 * script cannot open the extension's own pages. The message carries nothing else, so a
 * page's text can never choose what is opened.
 */
export interface OpenFlaggedRequest {
  type: 'truetitle/open-flagged';
}

export type OpenFlaggedResponse = { ok: true } | { ok: false; error: string };

export function isOpenFlaggedRequest(value: unknown): value is OpenFlaggedRequest {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'type' && (value as Record<string, unknown>).type === 'truetitle/open-flagged';
}
