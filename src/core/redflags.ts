// Step 4, red flags: phrases that mark a selling job whatever the title says.
import type { RedFlag, RedFlagKind } from './types';

const NUMBER = String.raw`(?:\d{1,4}(?:\+|\s*-\s*\d{1,4})?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
const PERIOD = String.raw`(?:a|an|per|each|every)\s+(?:day|week|month|shift|hour)|daily|weekly|monthly|/\s*(?:day|week)`;
const ACTIVITY = String.raw`(?:outbound|outgoing|cold|sales|prospecting)?\s*(?:calls?|dials?|e-?mails?|touches|touchpoints|meetings?|appointments?|demos?|visits?|doors?|conversations|contacts|connects|messages|presentations)`;

const PATTERNS: ReadonlyArray<[RedFlagKind, RegExp]> = [
  ['activity-quota', new RegExp(String.raw`\b${NUMBER}\s+${ACTIVITY}(?:\s+(?:and|or|&|plus)\s+${NUMBER}\s+${ACTIVITY})*[^.;]{0,40}?\b(?:${PERIOD})`, 'i')],
  ['activity-quota', new RegExp(String.raw`\b(?:minimum|at least|no fewer than)\s+(?:of\s+)?${NUMBER}\s+${ACTIVITY}`, 'i')],
  ['own-book', /\b(?:(?:your|their|his or her|an?) )?(?:own|existing|established|personal)\s+(?:book of business|rolodex|client (?:base|list)|network of (?:clients|contacts|prospects|buyers|decision[- ]makers)|list of (?:clients|contacts|prospects)|contacts|pipeline of (?:clients|prospects))/i],
  ['own-book', /\b(?:bring|brings|bringing)\b[^.;]{0,30}\b(?:book of business|rolodex|clients|client list|network|contacts|relationships)\b/i],
  ['own-book', /\brolodex\b|\bbook of business\b/i],
  ['personal-quota', /\b(?:carry|carrying|own|meet|meeting|achieve|achieving|exceed|exceeding|hit|hitting|attain|attaining|deliver)\b(?:[^.;]|\.(?=\d)){0,40}\b(?:(?:sales|revenue|booking|bookings|new business|individual|personal|monthly|quarterly|annual) )?(?:quota|quotas|sales targets?|revenue targets?|sales goals?|booking targets?)\b/i],
  ['personal-quota', /\bquota[- ](?:carrying|bearing|attainment)\b|\b\$\s?\d[\d,.]*\s?(?:k|m|million)?\s+(?:annual |yearly )?(?:quota|sales target|revenue target)\b/i],
  ['territory', /\b(?:assigned|your|own|a|the|defined|designated|geographic|sales|exclusive|protected)\s+(?:sales\s+)?territor(?:y|ies)\b|\bwithin (?:a|the|your|an assigned) (?:territory|region)\b|\bterritory (?:management|plan|sales|manager|representative)\b/i],
  ['commission', /\bcommissions?\b(?![^.;]{0,20}\b(?:plans?|statements?|process(?:ing)?|calculations?|system|team|analyst|operations)\b)|\bon[- ]target earnings\b|\bOTE\b|\buncapped\b|\bcommission[- ]only\b|\b100% commission\b|\bbase \+ bonus\b/i],
  ['cold-calling', /\bcold[- ]?call(?:s|ing|ed)?\b|\bcold (?:outreach|prospecting|e-?mails?)\b|\bsmile and dial\b|\bdialing for dollars\b|\bhigh[- ]volume (?:outbound )?(?:calling|dialing|outreach)\b/i],
  ['door-to-door', /\bdoor[- ]to[- ]door\b|\bknock(?:ing)? on doors\b|\bcanvass(?:ing)?\b|\bwalk[- ]?ins? (?:to|at) (?:local )?businesses\b/i],
];

// Sentences that mention a flag word without putting it on the person in the role.
const NEGATED = /\b(?:no|not|never|without|zero|isn't|is not|won't|will not)\b[^.;]{0,30}$/i;
const ABOUT_OTHERS = /\b(?:support(?:ing)?|enable|enabling|equip|arm|help(?:ing)?|train(?:ing)?|for)\s+(?:the\s+|our\s+)?(?:sales|account|field)\s+(?:team|reps?|representatives|force|organization|org)\b/i;

function isNegated(text: string, index: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, index - 40), index));
}

/** The clause around a match: enough words to read, not the whole bullet. */
function phraseAround(text: string, index: number, length: number): string {
  // Clause breaks are , ; : ( ) and sentence ends, but not the comma in "$95,000".
  const isBreak = (i: number) => /[;:()]/.test(text[i] ?? '') || (/[,.]/.test(text[i] ?? '') && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
  let start = index;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = index + length;
  while (end < text.length && !isBreak(end)) end++;
  return text.slice(start, end).trim();
}

/** Red flags in one statement, each quoting the statement it came from. */
export function redFlagsIn(text: string): RedFlag[] {
  const found: RedFlag[] = [];
  for (const [kind, pattern] of PATTERNS) {
    if (found.some((flag) => flag.kind === kind)) continue;
    const match = pattern.exec(text);
    if (!match || isNegated(text, match.index)) continue;
    // "Build territory plans to support the sales team" is marketing's work, not a flag.
    if ((kind === 'territory' || kind === 'personal-quota') && ABOUT_OTHERS.test(text)) continue;
    found.push({ kind, text, phrase: phraseAround(text, match.index, match[0].length) });
  }
  return found;
}

/** Every statement's flags once, each kind and text pair once. */
export function findRedFlags(statements: readonly string[], flagsOf: (text: string) => RedFlag[] = redFlagsIn): RedFlag[] {
  const seen = new Set<string>();
  const flags: RedFlag[] = [];
  for (const statement of statements) {
    for (const flag of flagsOf(statement)) {
      const key = `${flag.kind}\u0000${flag.text}`;
      if (!seen.has(key)) {
        seen.add(key);
        flags.push(flag);
      }
    }
  }
  return flags;
}
