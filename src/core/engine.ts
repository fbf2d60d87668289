// The analysis pipeline: read → segment → classify → red flags → title → verdict.
// Pure TypeScript over wink-nlp: the same code in the extension's worker, the CLI,
// the tests and the benchmarks.
import { classifyDuty, type Classification } from './classify';
import { detectLanguage, LANGUAGE_NAMES } from './language';
import { parseBlocks } from './nlp';
import { readPosting } from './read';
import { findRedFlags, redFlagsIn } from './redflags';
import { DUTY_SECTIONS, segment, type Statement } from './segment';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import { seniority, titleFamily } from './title';
import type { Duty, Posting, Report } from './types';
import { dutyFamily, reasonFor, verdictFor, weigh } from './verdict';

/** Inputs past these limits are cut, so a hostile or broken page costs bounded time. */
export const LIMITS = { descriptionChars: 200_000, statements: 400, statementChars: 600, titleChars: 300 } as const;

export function statementsOf(description: string, company = ''): Statement[] {
  const blocks = readPosting(description.slice(0, LIMITS.descriptionChars)).slice(0, LIMITS.statements);
  return segment(blocks, (texts) => parseBlocks(texts.map((text) => text.slice(0, LIMITS.statementChars * 4))), company).slice(0, LIMITS.statements);
}

/** A few hundred words tell the language as well as the whole text would. */
function opening(statements: readonly Statement[], chars = 2000): string {
  let text = '';
  for (const statement of statements) {
    if (text.length >= chars) break;
    text += `${statement.text} `;
  }
  return text.slice(0, chars);
}

export type DutyClassifier = (statement: Statement['parsed']) => Classification;

export function classifyStatements(statements: readonly Statement[], classify: DutyClassifier = (parsed) => classifyDuty(parsed)): Duty[] {
  return statements
    .filter((statement) => DUTY_SECTIONS.has(statement.section))
    .map((statement) => {
      const text = statement.text.slice(0, LIMITS.statementChars);
      return { text, section: statement.section, ...classify(statement.parsed) };
    });
}

export interface AnalyzeOptions {
  thresholds?: Thresholds;
  /** The duty classifier; the evaluation swaps in its baselines here. */
  classify?: DutyClassifier;
}

export function analyzePosting(posting: Posting, options: AnalyzeOptions = {}): Report {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const title = posting.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.titleChars);
  const statements = statementsOf(posting.description, posting.company);
  const base = {
    title,
    company: posting.company?.trim() ?? '',
    url: posting.url ?? '',
    titleFamily: titleFamily(title),
    seniority: seniority(title),
  };
  const language = detectLanguage(opening(statements));
  if (language !== 'en') {
    return {
      ...base, language, dutyFamily: 'unknown', verdict: 'unclear', duties: [], redFlags: [],
      shares: { sales: 0, marketing: 0, other: 0 },
      reason: `The posting is written in ${LANGUAGE_NAMES[language] ?? language}; TrueTitle reads English postings only.`,
    };
  }
  // Each statement is scanned for red flags once: the classifier weighs them, the verdict counts them.
  for (const statement of statements) statement.parsed.redFlags = redFlagsIn(statement.text);
  const duties = classifyStatements(statements, options.classify);
  const flagsOf = new Map(statements.map((s) => [s.text, s.parsed.redFlags ?? []]));
  const redFlags = findRedFlags(statements.filter((s) => s.section !== 'legal' && s.section !== 'about').map((s) => s.text), (text) => flagsOf.get(text) ?? []);
  const weighed = weigh(duties, redFlags, thresholds);
  const family = dutyFamily(weighed, redFlags, thresholds);
  const verdict = verdictFor(base.titleFamily, family);
  return {
    ...base,
    language,
    dutyFamily: family,
    verdict,
    reason: reasonFor(base.titleFamily, family, verdict, weighed.shares, redFlags),
    shares: weighed.shares,
    duties,
    redFlags,
  };
}
