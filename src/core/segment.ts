// Step 2, segment: blocks into duty statements, each tagged with the section it sits in.
import { joinParsed, type Parsed } from './nlp';
import type { Block } from './read';
import type { SectionKind } from './types';

export interface Statement {
  text: string;
  section: SectionKind;
  /** the statement as wink-nlp read it, for the classifier */
  parsed: Parsed;
}

// Heading wording → section. Checked in order; the first match wins.
const SECTION_HEADINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['legal', /equal (employment )?opportunit|\beeo\b|diversity|inclusion|accommodation|e-verify|privacy|disclaimer|fraud/i],
  ['benefits', /benefit|perks|what we offer|we offer|compensation|salary|\bpay\b|why (join|work)|what's in it|rewards|total rewards/i],
  ['requirement', /requirement|qualification|what you('ll)? (bring|need|have)|who you are|you (have|bring|are)|skills|experience|must[- ]have|nice[- ]to[- ]have|preferred|about you|ideal candidate|education|competenc|profile|what we('re)? look/i],
  ['responsibility', /responsibilit|duties|what you('ll| will)? (do|be doing|own|achieve)|your (role|day|mission|impact)|the role|role overview|day[- ]to[- ]day|key (tasks|functions|areas)|core functions|functions|in this role|job description|the opportunity|accountabilit|essential|primary|position summary|job summary|about the (role|job|position)|overview|summary|what success|objectives|expectations|scope/i],
  ['about', /about (us|the company|our|[A-Z])|who we are|our (company|mission|story|culture|values)|company (overview|description)|why us|the company|life at/i],
];

export function sectionForHeading(heading: string): SectionKind | null {
  for (const [kind, pattern] of SECTION_HEADINGS) if (pattern.test(heading)) return kind;
  return null;
}

// Sentences that are boilerplate wherever they sit: company pitch, pay and legal text.
const BOILERPLATE: ReadonlyArray<[SectionKind, RegExp]> = [
  ['legal', /equal (employment )?opportunit|without regard to|regardless of (race|age|gender)|protected (veteran|characteristic|class)|reasonable accommodation|e-verify|affirmative action|background check|drug[- ]free/i],
  ['benefits', /\b(401\s?\(?k\)?|dental|vision|health insurance|medical insurance|paid time off|\bpto\b|parental leave|tuition|wellness|stock options|equity package|holidays)\b/i],
  ['about', /^(we are|we're|founded in|our (mission|company|team) (is|has)|\w+ is a (leading|global|fast-growing))/i],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Cascade Outfitters is a Portland-based retailer…": the company describing itself. */
function selfDescription(company: string): RegExp | null {
  const name = company.trim().split(/\s+/).slice(0, 2).join(' ');
  return name.length > 2 ? new RegExp(`^(at\\s+)?${escapeRegExp(name)}\\b[^.]{0,40}\\b(is|are|was|has|have|builds|makes|helps|serves|provides|offers)\\b`, 'i') : null;
}

/** A posting asks about one company many times: its pattern is built once. */
let lastCompany: { company: string; pattern: RegExp | null } = { company: '', pattern: null };

export function boilerplateKind(text: string, company = ''): SectionKind | null {
  for (const [kind, pattern] of BOILERPLATE) if (pattern.test(text)) return kind;
  if (lastCompany.company !== company) lastCompany = { company, pattern: selfDescription(company) };
  return lastCompany.pattern?.test(text) ? 'about' : null;
}

/** Reads blocks of text into sentences (nlp.ts parseBlocks: wink-nlp). */
export type BlockParser = (texts: readonly string[]) => Parsed[][];

const unparsed = (text: string): Parsed => ({ text, tokens: [], entities: [] });

/**
 * List items are kept whole (one duty per bullet); paragraphs become sentences. Only the
 * sections that hold duties are read by the NLP parser: boilerplate needs no parsing.
 */
export function segment(blocks: readonly Block[], parse: BlockParser, company = ''): Statement[] {
  // Text before the first heading is usually the pitch or a role summary: judge it by content.
  let section: SectionKind = 'other';
  const sections = blocks.map((block) => {
    if (block.kind === 'heading') section = sectionForHeading(block.text) ?? section;
    return section;
  });
  const wanted = blocks.map((block, i) => block.kind !== 'heading' && DUTY_SECTIONS.has(sections[i] ?? 'other'));
  const parsedWanted = parse(blocks.filter((_, i) => wanted[i]).map((block) => block.text));
  const statements: Statement[] = [];
  let next = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') return;
    const blockSection = sections[i] ?? 'other';
    if (!wanted[i]) {
      statements.push({ text: block.text, section: boilerplateKind(block.text, company) ?? blockSection, parsed: unparsed(block.text) });
      return;
    }
    const sentences = parsedWanted[next++] ?? [];
    const pieces = block.kind === 'item' && block.text.length < 400 ? [joinParsed(block.text, sentences)] : sentences;
    for (const piece of pieces) {
      if (!/\p{L}{2}/u.test(piece.text)) continue;
      statements.push({ text: piece.text, section: boilerplateKind(piece.text, company) ?? blockSection, parsed: piece });
    }
  });
  return statements;
}

/** Sections whose statements describe the job; the rest is not classified. */
export const DUTY_SECTIONS: ReadonlySet<SectionKind> = new Set(['responsibility', 'requirement', 'other']);

export const SECTION_WEIGHT: Record<SectionKind, number> = {
  responsibility: 1,
  other: 0.8,
  requirement: 0.5,
  about: 0,
  benefits: 0,
  legal: 0,
};
