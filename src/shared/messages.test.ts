import { describe, expect, it } from 'vitest';
import { isAnalyzeRequest, isChannelReply, isChannelRequest, isFlagMessage, isOpenFlaggedRequest, isStoreMessage, isVerdictsRequest, isWarmRequest, MAX_DESCRIPTION_CHARS } from './messages';

const posting = { title: 'Marketing Director', description: '<p>Plan campaigns</p>', site: 'linkedin', jobId: '1' };

describe('message shapes: anything else is ignored', () => {
  it('accepts a well-formed analysis request', () => {
    expect(isAnalyzeRequest({ type: 'truetitle/analyze', posting })).toBe(true);
  });

  it.each([
    null, 'truetitle/analyze', { type: 'truetitle/analyze' },
    { type: 'truetitle/analyze', posting: { title: 1, description: '' } },
    { type: 'truetitle/analyze', posting: { ...posting, company: { toString: 'x' } } },
    { type: 'truetitle/analyze', posting: { ...posting, description: 'x'.repeat(MAX_DESCRIPTION_CHARS + 1) } },
    { type: 'truetitle/analyze', posting, thresholds: { salesRatio: 'high' } },
    { type: 'other', posting },
  ])('rejects %#', (message) => {
    expect(isAnalyzeRequest(message)).toBe(false);
  });

  it('bounds verdict look-ups', () => {
    expect(isVerdictsRequest({ type: 'truetitle/verdicts', keys: ['linkedin:1'] })).toBe(true);
    expect(isVerdictsRequest({ type: 'truetitle/verdicts', keys: Array.from({ length: 201 }, (_, i) => `k${i}`) })).toBe(false);
    expect(isVerdictsRequest({ type: 'truetitle/verdicts', keys: [42] })).toBe(false);
  });

  it('checks flag messages field by field', () => {
    const ref = { site: 'linkedin', jobId: '1', url: 'https://www.linkedin.com/jobs/view/1/', title: 'T', company: 'C', location: 'L' };
    const report = { title: 'T', verdict: 'honest', duties: [], redFlags: [], shares: { sales: 0, marketing: 1, other: 0 } };
    expect(isFlagMessage({ type: 'truetitle/set-flag', posting: ref, report, flagged: true })).toBe(true);
    expect(isFlagMessage({ type: 'truetitle/set-flag', posting: ref, report: { ...report, verdict: 'pwned' }, flagged: true })).toBe(false);
    expect(isFlagMessage({ type: 'truetitle/set-correction', posting: ref, report, correction: { verdict: 'hybrid', comment: 'x'.repeat(1001) } })).toBe(false);
    expect(isFlagMessage({ type: 'truetitle/flag-state', key: 'linkedin:1' })).toBe(true);
  });

  it('knows the store operations and nothing else', () => {
    expect(isStoreMessage({ type: 'truetitle/delete-all' })).toBe(true);
    expect(isStoreMessage({ type: 'truetitle/note', key: 'linkedin:1', note: 'x'.repeat(5001) })).toBe(false);
    expect(isStoreMessage({ type: 'truetitle/eval', code: 'x' })).toBe(false);
  });

  it('asks to open the flagged list with nothing a page could choose', () => {
    expect(isOpenFlaggedRequest({ type: 'truetitle/open-flagged' })).toBe(true);
  });

  it.each([
    null, undefined, 'truetitle/open-flagged', ['truetitle/open-flagged'], {},
    { type: 'truetitle/open-flag' },
    { type: 'truetitle/open-flagged', url: 'https://evil.example/' },
    { type: 'truetitle/open-flagged', path: 'src/ui/options/options.html' },
    Object.assign(Object.create({ type: 'truetitle/open-flagged' }), {}),
  ])('refuses an open-flagged look-alike %#', (message) => {
    expect(isOpenFlaggedRequest(message)).toBe(false);
  });
});

describe('isWarmRequest', () => {
  it('accepts only the warm-up message', () => {
    expect(isWarmRequest({ type: 'truetitle/warm' })).toBe(true);
    expect(isWarmRequest({ type: 'truetitle/analyze' })).toBe(false);
    expect(isWarmRequest(null)).toBe(false);
    expect(isWarmRequest('truetitle/warm')).toBe(false);
  });
});

describe('channel messages', () => {
  it('accept numbered requests and replies only', () => {
    expect(isChannelRequest({ id: 1, message: { type: 'truetitle/warm' } })).toBe(true);
    expect(isChannelRequest({ id: 0, message: {} })).toBe(false);
    expect(isChannelRequest({ id: 1.5, message: {} })).toBe(false);
    expect(isChannelRequest({ id: 2 })).toBe(false);
    expect(isChannelReply({ id: 3, response: undefined })).toBe(true);
    expect(isChannelReply({ id: '3', response: 1 })).toBe(false);
  });
});
