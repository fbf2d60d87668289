// Step 6, verdict: duty labels, red flags and the title's claim into shares, a duty family,
// a verdict and one sentence a job seeker understands.
import { SECTION_WEIGHT } from './segment';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { Duty, DutyFamily, RedFlag, RedFlagKind, Shares, TitleFamily, Verdict } from './types';

const DECISIVE: ReadonlySet<RedFlagKind> = new Set(['activity-quota', 'own-book', 'cold-calling', 'door-to-door']);

export function redFlagScore(flags: readonly RedFlag[]): number {
  const kinds = new Set(flags.map((flag) => flag.kind));
  let total = 0;
  for (const kind of kinds) total += DECISIVE.has(kind) ? 2 : 1;
  return total;
}

/**
 * How much a duty counts. A requirement or an unsectioned line that is neither selling nor
 * marketing ("Bachelor's degree", "We are growing fast") says nothing about the work, so it
 * does not dilute the duties that do.
 */
export function dutyWeight(duty: Duty): number {
  if (duty.label === 'other' && duty.section !== 'responsibility') return 0.25 * SECTION_WEIGHT[duty.section];
  return SECTION_WEIGHT[duty.section];
}

export interface Weighed {
  shares: Shares;
  /** weight of the selling and marketing duties */
  familyWeight: number;
  /** total weight of the duties, before red flags */
  weight: number;
  /** sales / (sales + marketing), with red flags counted as selling */
  salesRatio: number;
}

export function weigh(duties: readonly Duty[], flags: readonly RedFlag[], t: Thresholds = DEFAULT_THRESHOLDS): Weighed {
  const sums = { sales: 0, marketing: 0, other: 0 };
  for (const duty of duties) sums[duty.label] += dutyWeight(duty);
  const weight = sums.sales + sums.marketing + sums.other;
  const round = (x: number) => Math.round(x * 100) / 100;
  const shares: Shares = weight > 0
    ? { sales: round(sums.sales / weight), marketing: round(sums.marketing / weight), other: round(sums.other / weight) }
    : { sales: 0, marketing: 0, other: 0 };
  const flagged = sums.sales + new Set(flags.map((f) => f.kind)).size * t.redFlagWeight;
  const salesRatio = flagged + sums.marketing > 0 ? flagged / (flagged + sums.marketing) : 0;
  return { shares, weight, salesRatio, familyWeight: sums.sales + sums.marketing };
}

export function dutyFamily(weighed: Weighed, flags: readonly RedFlag[], t: Thresholds = DEFAULT_THRESHOLDS): DutyFamily {
  const flagScore = redFlagScore(flags);
  if (weighed.weight < t.minDutyWeight && flagScore < t.redFlagVerdict) return 'unknown';
  if (flagScore >= t.redFlagVerdict) return 'sales';
  if (weighed.shares.other >= t.otherShare) return 'other';
  if (weighed.familyWeight < t.minFamilyWeight) return 'unknown';
  if (weighed.salesRatio >= t.salesRatio) return 'sales';
  if (weighed.salesRatio <= t.marketingRatio) return 'marketing';
  return 'mixed';
}

export function verdictFor(title: TitleFamily, duties: DutyFamily): Verdict {
  if (title === 'other' || duties === 'unknown' || duties === 'other') return 'unclear';
  if (title === 'sales-and-marketing') return duties === 'mixed' ? 'honest' : 'mislabeled';
  if (duties === 'mixed') return 'hybrid';
  return duties === title ? 'honest' : 'mislabeled';
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const FAMILY_WORDS: Record<TitleFamily, string> = {
  marketing: 'marketing', sales: 'sales', 'sales-and-marketing': 'sales and marketing', other: 'neither sales nor marketing',
};

function flagPhrase(flags: readonly RedFlag[]): string {
  const flag = flags.find((f) => DECISIVE.has(f.kind)) ?? flags[0];
  if (!flag) return '';
  const quote = (flag.phrase ?? flag.text).replace(/[.;:,]+$/, '');
  return `, including “${quote.length > 70 ? `${quote.slice(0, 67)}…` : quote}”`;
}

export function reasonFor(title: TitleFamily, duties: DutyFamily, verdict: Verdict, shares: Shares, flags: readonly RedFlag[]): string {
  const claim = FAMILY_WORDS[title];
  if (duties === 'unknown') return 'Too few duties are described to tell what the job really is.';
  if (title === 'other') return `The title claims neither sales nor marketing; the duties are ${percent(shares.sales)} selling and ${percent(shares.marketing)} marketing.`;
  if (duties === 'other') return `Titled ${claim}, but most duties (${percent(shares.other)}) are neither selling nor marketing.`;
  if (verdict === 'honest' && duties === 'mixed') return `A combined title, and the duties are a real mix: ${percent(shares.sales)} selling, ${percent(shares.marketing)} marketing.`;
  if (verdict === 'honest') return `Titled ${claim}, and ${percent(duties === 'sales' ? shares.sales : shares.marketing)} of the duties are ${duties === 'sales' ? 'selling' : 'marketing'}.`;
  if (verdict === 'hybrid') return `Titled ${claim}, but the duties are a mix: ${percent(shares.sales)} selling, ${percent(shares.marketing)} marketing${flagPhrase(flags)}.`;
  const doing = duties === 'sales' ? 'selling' : 'marketing';
  const share = duties === 'sales' ? shares.sales : shares.marketing;
  if (duties === 'sales' && flags.length && share < 0.5) return `Titled ${claim}, but it is a sales job: ${percent(share)} of the duties are selling${flagPhrase(flags)}.`;
  return `Titled ${claim}, but ${percent(share)} of the duties are ${doing}${duties === 'sales' ? flagPhrase(flags) : ''}.`;
}
