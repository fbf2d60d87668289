// Test data shared by the storage tests (imported only by *.test.ts files).
import type { Report } from '../core/types';
import type { PostingRef } from './from-report';
import type { FlaggedPosting } from './schema';

export const ref = (over: Partial<PostingRef> = {}): PostingRef => ({
  site: 'linkedin', jobId: '4012345001', url: 'https://www.linkedin.com/jobs/view/4012345001/',
  title: 'Marketing Director', company: 'Acme Widgets', location: 'Columbus, OH', ...over,
});

export const report = (over: Partial<Report> = {}): Report => ({
  title: 'Marketing Director', company: 'Acme Widgets', url: 'https://www.linkedin.com/jobs/view/4012345001/',
  titleFamily: 'marketing', seniority: 'director', dutyFamily: 'sales', verdict: 'mislabeled',
  reason: 'Titled marketing, but 78% of the duties are selling, including 50 outbound calls a day.',
  shares: { sales: 0.78, marketing: 0.12, other: 0.1 },
  duties: [
    { text: 'Write the quarterly newsletter.', label: 'marketing', confidence: 0.7, evidence: ['newsletter'], section: 'responsibility' },
    { text: 'Answer the phone.', label: 'other', confidence: 0.99, evidence: [], section: 'responsibility' },
    { text: 'Make at least 50 outbound calls a day.', label: 'sales', confidence: 0.95, evidence: ['outbound calls'], section: 'responsibility' },
    { text: 'Bring your own rolodex of prospects.', label: 'sales', confidence: 0.9, evidence: ['rolodex'], section: 'requirement' },
  ],
  redFlags: [{ kind: 'activity-quota', text: 'Make at least 50 outbound calls a day.', phrase: '50 outbound calls a day' }],
  language: 'en',
  ...over,
});

export const posting = (over: Partial<FlaggedPosting> = {}): FlaggedPosting => ({
  site: 'linkedin', jobId: '4012345001', url: 'https://www.linkedin.com/jobs/view/4012345001/',
  title: 'Marketing Director', company: 'Acme Widgets', location: 'Columbus, OH',
  firstSeen: '2026-11-20T10:00:00.000Z', lastSeen: '2026-11-25T10:00:00.000Z',
  verdict: 'mislabeled', titleFamily: 'marketing', dutyFamily: 'sales', seniority: 'director',
  shares: { sales: 0.78, marketing: 0.12, other: 0.1 },
  reason: 'Titled marketing, but 78% of the duties are selling.',
  redFlags: [{ kind: 'activity-quota', text: 'Make at least 50 outbound calls a day.' }],
  topDuties: [
    { text: 'Make at least 50 outbound calls a day.', label: 'sales', confidence: 0.95 },
    { text: 'Write the quarterly newsletter.', label: 'marketing', confidence: 0.7 },
  ],
  note: '', correction: null, autoFlagged: true,
  ...over,
});

/** Freezes a value and everything in it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
