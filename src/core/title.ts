// Step 5, title: what the title claims (family) and how senior it is, for display.
import type { Seniority, TitleFamily } from './types';

// Abbreviations real titles use, expanded before matching.
const EXPANSIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bmktg\b/gi, 'marketing'], [/\bmkt\b/gi, 'marketing'], [/\bmgr\b/gi, 'manager'], [/\bmngr\b/gi, 'manager'],
  [/\bsr\b\.?/gi, 'senior'], [/\bjr\b\.?/gi, 'junior'], [/\bdir\b\.?/gi, 'director'], [/\bexec\b\.?/gi, 'executive'],
  [/\bassoc\b\.?/gi, 'associate'], [/\brep\b\.?/gi, 'representative'], [/\bcoord\b\.?/gi, 'coordinator'],
  [/\bspec\b\.?/gi, 'specialist'], [/\bmgmt\b/gi, 'management'], [/\bbiz\s?dev\b/gi, 'business development'],
  [/\bbdr\b/gi, 'business development representative'], [/\bsdr\b/gi, 'sales development representative'],
  [/\bbdm\b/gi, 'business development manager'], [/\bAE\b/g, 'account executive'], [/\bam\b(?=\s*$)/g, 'account manager'],
  [/\bsvp\b/gi, 'senior vice president'], [/\bevp\b/gi, 'executive vice president'], [/\bavp\b/gi, 'vice president'],
  [/\bvp\b/gi, 'vice president'], [/\bcmo\b/gi, 'chief marketing officer'], [/\bcro\b/gi, 'chief revenue officer'],
  [/\bcso\b/gi, 'chief sales officer'], [/\bpmm\b/gi, 'product marketing manager'], [/\bseo\b/gi, 'seo marketing'],
  [/\bsem\b/gi, 'sem marketing'], [/\bppc\b/gi, 'ppc marketing'], [/\bpr\b/gi, 'public relations'],
  [/\bgtm\b/gi, 'go to market'], [/\babm\b/gi, 'account based marketing'], [/\bcsm\b/gi, 'customer success manager'],
];

const MARKETING = /\b(marketing|marketer|brand|branding|growth|demand gen(eration)?|content|communications?|public relations|social media|seo|sem|ppc|advertising|media buyer|campaigns?|copywriter|creative director|go to market|product marketing|community manager|events? (manager|coordinator|specialist)|promotions?|influencer|lifecycle|email marketing|market research|digital (strategist|specialist|manager)|merchandis(er|ing)|ambassador)\b/i;
const SALES = /\b(sales|selling|seller|account executive|account manager|account director|business development|bdr|sdr|inside sales|outside sales|territory|closer|client partner|partnerships? manager|channel (manager|account)|revenue|agent|broker|realtor|representative|rep|leasing consultant|solutions consultant|key account|new business|client development|customer development)\b/i;
// Titles that mention "sales" but are not selling jobs.
const NOT_SELLING = /\b(sales (operations|ops|engineer(ing)?|enablement|support|analyst|administrator|coordinator|assistant|trainer|training|systems|compensation|commissions?|planning|strategy( and)? operations)|revenue (operations|ops|accountant|analyst|cycle))\b/i;
// Roles that support sellers without selling: a sales word in such a title is context.
const SUPPORT_ROLE = /\b(operations|ops|facilitator|trainer|enablement|systems|administrator)\b/i;
const NOT_MARKETING = /\b(marketing (operations|ops|analyst|data|engineer|technologist)|growth engineer|content moderator)\b/i;
// Generic words that make "representative" or "agent" a support job, not sales.
const SUPPORT = /\b(customer (service|support|care)|support|help ?desk|call center agent|travel agent|claims)\b/i;

/** "Executive Assistant to the VP of Sales" is an assistant's job: the role comes first. */
function roleOf(title: string): string {
  return title.split(/\s+(?:to|for|supporting)\s+(?:the|our|a|an)\s+/i)[0] ?? title;
}

export function expandTitle(title: string): string {
  let expanded = ` ${roleOf(title)} `;
  for (const [pattern, replacement] of EXPANSIONS) expanded = expanded.replace(pattern, replacement);
  return expanded.replace(/[&+]/g, ' and ').replace(/\s+/g, ' ').trim();
}

export function titleFamily(title: string): TitleFamily {
  const text = expandTitle(title);
  const marketing = MARKETING.test(text) && !NOT_MARKETING.test(text);
  const sellingText = text.replace(NOT_SELLING, ' ');
  const sales = SALES.test(sellingText) && !SUPPORT_ROLE.test(text) && !(SUPPORT.test(text) && !/\bsales\b/i.test(sellingText));
  if (marketing && sales) return 'sales-and-marketing';
  if (marketing) return 'marketing';
  if (sales) return 'sales';
  return 'other';
}

const SENIORITY: ReadonlyArray<[Seniority, RegExp]> = [
  ['vice-president', /\b(vice president|vp)\b/i],
  ['executive', /\b(chief|cmo|cro|ceo|president|general manager)\b/i],
  ['director', /\b(director|head of)\b/i],
  ['lead', /\b(lead|principal|staff)\b/i],
  ['manager', /\b(manager|supervisor)\b/i],
  ['senior', /\bsenior\b/i],
  ['intern', /\b(intern|internship|trainee|apprentice)\b/i],
  ['entry', /\b(junior|entry[- ]level|graduate|coordinator|assistant)\b/i],
  ['associate', /\b(associate|specialist|representative|executive|analyst)\b/i],
];

export function seniority(title: string): Seniority {
  const text = expandTitle(title);
  // The first match wins: "Senior Vice President" is a vice president, not "senior".
  for (const [level, pattern] of SENIORITY) if (pattern.test(text)) return level;
  return 'unspecified';
}
