// Every number that turns duty labels into a verdict, in one place. The options page may
// override them; the defaults are what the evaluation measured.
export interface Thresholds {
  /** Fewer weighted duties than this (after boilerplate is set aside) is too little to judge. */
  minDutyWeight: number;
  /** Selling plus marketing duty weight needed to call a job either (a thin posting is not). */
  minFamilyWeight: number;
  /** Share of sales among sales+marketing weight at or above which the work is selling. */
  salesRatio: number;
  /** Share of sales among sales+marketing weight at or below which the work is marketing. */
  marketingRatio: number;
  /** Share of "other" at or above which the work is neither. */
  otherShare: number;
  /** Extra sales weight each distinct red-flag kind adds. */
  redFlagWeight: number;
  /** Red-flag score (decisive kinds count 2, others 1) that marks a sales job whatever the rest says. */
  redFlagVerdict: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minDutyWeight: 2.5,
  minFamilyWeight: 1.5,
  salesRatio: 0.6,
  marketingRatio: 0.35,
  otherShare: 0.7,
  redFlagWeight: 0.75,
  redFlagVerdict: 3,
};
