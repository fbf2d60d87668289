// What a list card's compact mark shows for a posting analysed before: small enough to
// keep thousands, derived from a Report in one place.
import type { DutyFamily, Report, Verdict } from '../core/types';

export interface VerdictSummary {
  verdict: Verdict;
  dutyFamily: DutyFamily;
  salesShare: number;
  marketingShare: number;
  title: string;
  /** epoch milliseconds of the analysis */
  at: number;
}

export function summarise(report: Report, at: number): VerdictSummary {
  return {
    verdict: report.verdict, dutyFamily: report.dutyFamily,
    salesShare: report.shares.sales, marketingShare: report.shares.marketing,
    title: report.title.slice(0, 200), at,
  };
}

export const postingKey = (site: string, jobId: string) => `${site}:${jobId}`;
