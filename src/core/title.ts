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

// What a title claims. Word lists, not a model: titles are short and the guide's rules for
// them are explicit (business development and account titles are sales; brand, growth,
// content, PR and social titles are marketing). Checked against 1,242 O*NET alternate titles.
const MARKETING = new RegExp(String.raw`\b(marketing|marketer|brand|branding|growth|demand gen(eration)?|content|communications?|communicator|public (relations|affairs|information)|publicist|publicity|press (agent|secretary|officer)|social media|seo|sem|ppc|paid search|search (engine|marketing|strategist)|advertising|media (buyer|planner|director|specialist|strategist|relations|promoter)|new media|campaigns?|copywriter|creative (director|services)|go to market|community (manager|relations)|university relations|events? (manager|coordinator|specialist|promoter)|promoter|promotions?|influencer|lifecycle|market (research(er)?|analy(st|sis))|digital (strategist|specialist|manager|media)|merchandis(er|ing|e)|display|window (dresser|display|trimmer|decorator|draper)|mannequin|showcase|ambassador|audience|experience planning|demonstrator|demo specialist|goodwill|event staff)\b`, 'i');
const SALES = new RegExp(String.raw`\b(sales|salesperson|salespeople|sales(wo)?man|selling|seller|telemarket(er|ing)|telesales|account (executive|manager|director|specialist|supervisor|representative)|business develop(ment|er)|market development|bdr|sdr|territory|closer|client partner|partnerships? manager|channel (manager|account)|chief revenue officer|(real estate|insurance|leasing|rental|advertising|sales|manufacturers'?|booking) agents?|brokers?|realtor|leasing|(auto|car|art|metal|antique|boat) dealer|merchant|retailer|e-?tailer|vendor|peddler|key account|new business|client development|customer development|(client )?relationship manager|commercial director|subscription|retail (associate|clerk|salesworker)|clothier|haberdasher|(insurance|financial( services)?|investment|registered|pharmaceutical|medical|dental|field|factory|mill|manufacturer'?s?|accounts?|advertising|territory|route|mutual funds|pension|burial|debit|district|group insurance|bulk (plant|station)|distribution|commission|special) (detail )?(representative|agent|detailer|producer|solicitor)s?|(insurance|membership|advertising) solicitor|stockbroker|detailer|drummer|distributor|exporter|\w+ dealer|(business )?accounts? (leader|manager|representative))\b`, 'i');
// Titles that mention "sales" but are not selling jobs.
const NOT_SELLING = /\b(sales (operations|ops|engineer(ing)?|enablement|support|analyst|administrator|coordinator|assistant|trainer|training|systems|compensation|commissions?|planning|promotions?|strategy( and)? operations)|revenue (operations|ops|accountant|analyst|cycle))\b/i;
// Roles that support sellers without selling: a sales word in such a title is context.
const SUPPORT_ROLE = /\b(operations|ops|facilitator|trainer|enablement|systems|administrator|analyst|engineer)\b/i;
const NOT_MARKETING = /\b(marketing (operations|ops|data|engineer|technologist)|advertising operations|ad operations|growth engineer|content moderator|technical marketing engineer)\b/i;
// Generic words that make "representative" or "agent" a support job, not sales.
const SUPPORT = /\b(customer (service|support|care)|support|help ?desk|call center agent|travel agent|claims)\b/i;
// Selling advertising or media is selling: "Advertising Account Executive", "Ad Sales Manager".
const SELLS_MEDIA = /\b(advertising|ad|media)\b(?=.*\b(sales|account (executive|manager|representative)|agent|representative|solicitor)\b)/i;
// "General Merchandise Salesperson", "Solar Sales Ambassador": with an explicit selling
// role and no marketing word of its own, the other words name what is sold.
const EXPLICIT_SELLER = /\b(sales|salesperson|salespeople|sales(wo)?man)\b/i;
const OWN_MARKETING_WORD = /\b(marketing|marketer|market|brand|promotions?|communications)\b/i;
// "Telemarketer" contains "marketer" but sells by phone.
const TELEMARKETING = /\btelemarket\w*/gi;

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
  const marketingText = text.replace(TELEMARKETING, ' telesales ').replace(SELLS_MEDIA, ' ').replace(/\bsales promotions?\b/gi, 'promotion');
  const sellerOnly = EXPLICIT_SELLER.test(text) && !OWN_MARKETING_WORD.test(marketingText.replace(/\bcommunications? equipment\b/gi, ''));
  const marketing = !sellerOnly && MARKETING.test(marketingText) && !NOT_MARKETING.test(text);
  const sellingText = text.replace(TELEMARKETING, ' telesales ').replace(NOT_SELLING, ' ');
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
