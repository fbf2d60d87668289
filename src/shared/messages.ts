// The one message protocol between content scripts, pages and the background worker.
// Every message is checked for shape on arrival: page text is untrusted.
import type { Posting, Report } from '../core/types';
import type { VerdictSummary } from './verdict-summary';

export const MAX_DESCRIPTION_CHARS = 1_000_000;

export interface AnalyzeRequest {
  type: 'truetitle/analyze';
  posting: Posting;
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

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  return !!value && typeof value === 'object'
    && (value as Record<string, unknown>).type === 'truetitle/analyze'
    && isPosting((value as Record<string, unknown>).posting);
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
