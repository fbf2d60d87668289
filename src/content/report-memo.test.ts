import { describe, expect, it } from 'vitest';
import type { Report } from '../core/types';
import { ReportMemo } from './report-memo';

const remembered = (title: string) => ({
  report: { title } as Report,
  ref: { site: 'linkedin', jobId: title, title, company: '', location: '', url: '' },
});

describe('ReportMemo', () => {
  it('gives a report back only for the exact text it was made from', () => {
    const memo = new ReportMemo();
    memo.set('linkedin:1', 'Own a territory. Make 50 calls a day.', remembered('1'));
    expect(memo.get('linkedin:1', 'Own a territory. Make 50 calls a day.')?.report.title).toBe('1');
    expect(memo.get('linkedin:1', 'Own a territory. Make 60 calls a day.')).toBeUndefined();
    expect(memo.get('linkedin:2', 'Own a territory. Make 50 calls a day.')).toBeUndefined();
  });

  it('keeps the newest report for a posting', () => {
    const memo = new ReportMemo();
    memo.set('linkedin:1', 'old text', remembered('old'));
    memo.set('linkedin:1', 'new text', remembered('new'));
    expect(memo.get('linkedin:1', 'old text')).toBeUndefined();
    expect(memo.get('linkedin:1', 'new text')?.report.title).toBe('new');
  });

  it('lets the posting looked at least recently go when full', () => {
    const memo = new ReportMemo(2);
    memo.set('a', 'A', remembered('a'));
    memo.set('b', 'B', remembered('b'));
    memo.set('a', 'A', remembered('a')); // looked at again
    memo.set('c', 'C', remembered('c'));
    expect(memo.get('b', 'B')).toBeUndefined();
    expect(memo.get('a', 'A')).toBeDefined();
    expect(memo.get('c', 'C')).toBeDefined();
  });

  it('forgets everything when cleared', () => {
    const memo = new ReportMemo();
    memo.set('a', 'A', remembered('a'));
    memo.clear();
    expect(memo.get('a', 'A')).toBeUndefined();
  });
});
