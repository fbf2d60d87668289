// The benchmark's postings: a fixed set of realistic postings built only from what the repo
// holds, generated in memory the same way on every run (a seeded PRNG, inputs read in file
// order). Three sources:
//  - the team's 50 written postings (data/postings/team-postings.json), as they are;
//  - GitLab's job-family pages (data/corpus/gitlab-pages.tsv) rebuilt as postings the way
//    `npm run eval` does: the page title and a "Responsibilities" list of its bullets;
//  - composed postings: an about-us paragraph, a responsibilities heading with 6–14 duty
//    bullets drawn from the labelled corpus, requirements (4–8 bullets), benefits and an
//    equal-opportunity line, in the markup of a job board, 250–700 tokens each. The
//    boilerplate (about-us, requirements, benefits, legal lines, heading wordings) comes
//    from the team postings, the titles from the O*NET alternate titles, the duties from the
//    labelled statements.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nlp } from '../src/core/nlp';
import { looksLikeHeading, readPosting } from '../src/core/read';
import { boilerplateKind, sectionForHeading } from '../src/core/segment';
import type { Label, Posting, SectionKind, TitleFamily } from '../src/core/types';
import { gitlabPagePosting, loadCorpus, loadLabelledRows } from './corpus';

export type BenchSource = 'team' | 'gitlab' | 'composed';

export interface BenchPosting {
  id: string;
  source: BenchSource;
  /** composed postings: the kind of job and the job board whose markup it imitates */
  kind?: string;
  style?: string;
  posting: Posting;
}

export const COMPOSED_TOKENS = { min: 250, max: 700 } as const;
const SEED = 0x7e1e_2026;

import { prng } from './prng';

export { prng };

/** A posting's text as a reader sees it, without headings: what the benchmark's bare readDoc reads. */
export function plainText(description: string): string {
  return readPosting(description).filter((b) => b.kind !== 'heading').map((b) => b.text).join('\n\n');
}

/** Tokens as wink-nlp counts them (words, numbers, punctuation), with the engine's instance. */
export const countTokens = (text: string): number => nlp().readDoc(text).tokens().length();

const root = resolve(import.meta.dirname, '..');

interface TeamPosting extends Posting {
  id: string;
  expected: { titleFamily: TitleFamily };
}

export function loadTeamPostings(): TeamPosting[] {
  return JSON.parse(readFileSync(resolve(root, 'data/postings/team-postings.json'), 'utf8')) as TeamPosting[];
}

/** GitLab job-family pages as postings, exactly as `npm run eval` rebuilds them. */
export function gitlabPagePostings(): BenchPosting[] {
  const pages = new Map<string, string[]>();
  for (const row of loadLabelledRows()) if (row.page && row.jobFamily) pages.set(row.page, [...(pages.get(row.page) ?? []), row.text]);
  return [...pages].map(([page, bullets]) => ({ id: `gitlab:${page}`, source: 'gitlab' as const, posting: gitlabPagePosting(page, bullets) }));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What one team posting lends the composed ones: its company, about-us text and boilerplate. */
interface Donor {
  company: string;
  location: string;
  family: TitleFamily;
  about: string[];
  requirements: string[];
  benefits: string[];
  legal: string[];
}

interface Pools {
  donors: Donor[];
  headings: Record<'responsibility' | 'requirement' | 'benefits', string[]>;
}

function harvest(team: readonly TeamPosting[]): Pools {
  const headings: Pools['headings'] = { responsibility: [], requirement: [], benefits: [] };
  const donors = team.map((p): Donor => {
    const donor: Donor = { company: p.company ?? '', location: p.location ?? '', family: p.expected.titleFamily, about: [], requirements: [], benefits: [], legal: [] };
    let section: SectionKind | null = null;
    for (const block of readPosting(p.description)) {
      // "Pay and perks" in bold is a heading to a reader, though not to the read step.
      const heading = block.kind === 'heading' || (block.kind === 'paragraph' && block.text.split(/\s+/).length <= 4 && sectionForHeading(block.text) !== null);
      if (heading) {
        section = sectionForHeading(block.text);
        const text = block.text.replace(/:$/, '');
        // Heading wordings as the team wrote them, that read as headings in any markup.
        if (block.kind === 'heading' && looksLikeHeading(text, true) && (section === 'responsibility' || section === 'requirement' || section === 'benefits') && !/about|summary|overview|position|job$/i.test(text) && !headings[section].includes(text)) headings[section].push(text);
        continue;
      }
      const kind = boilerplateKind(block.text, donor.company) ?? section;
      if (kind === 'legal' && /equal (employment )?opportunit/i.test(block.text)) donor.legal.push(block.text);
      // About-us text: under an about heading, or the company describing itself up front.
      else if (kind === 'about' && block.kind === 'paragraph' && (section === 'about' || block.text.startsWith(donor.company.split(' ')[0] ?? '-'))) donor.about.push(block.text);
      else if (kind === 'requirement' && block.kind === 'item') donor.requirements.push(block.text);
      else if (kind === 'benefits' && block.kind === 'item') donor.benefits.push(block.text);
    }
    return donor;
  });
  return { donors, headings };
}

interface Kind {
  name: string;
  weight: number;
  titleFamily: TitleFamily;
  /** share of the duty bullets drawn from each label: [lowest, highest] for the main label */
  main: Label;
  mainShare: [number, number];
  second: Label;
}

// The jobs a job seeker meets: honest marketing and sales postings, sales jobs with
// marketing titles (the seed's case), real mixes, and neither.
const KINDS: Kind[] = [
  { name: 'marketing', weight: 30, titleFamily: 'marketing', main: 'marketing', mainShare: [0.75, 1], second: 'other' },
  { name: 'sales', weight: 25, titleFamily: 'sales', main: 'sales', mainShare: [0.75, 1], second: 'other' },
  { name: 'disguised sales', weight: 15, titleFamily: 'marketing', main: 'sales', mainShare: [0.55, 0.85], second: 'marketing' },
  { name: 'mixed', weight: 15, titleFamily: 'sales-and-marketing', main: 'sales', mainShare: [0.35, 0.65], second: 'marketing' },
  { name: 'other', weight: 15, titleFamily: 'other', main: 'other', mainShare: [0.6, 0.9], second: 'sales' },
];

// Job boards' description markup, after the fixtures in e2e/fixtures/pages.
type Section = { heading: string; items: string[] } | { heading: string; paragraph: string };
const STYLES: Record<string, (sections: Section[]) => string> = {
  linkedin: (sections) => sections.map((s) => `<p><strong>${escapeHtml(s.heading)}</strong></p>${'items' in s
    ? `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(s.paragraph)}</p>`}<p><br></p>`).join(''),
  indeed: (sections) => `<div>${sections.map((s) => `\n<h3 class="jobSectionHeader"><b>${escapeHtml(s.heading)}</b></h3>\n${'items' in s
    ? (/benefit|offer|compensation/i.test(s.heading) ? `<p>${s.items.map((i) => `• ${escapeHtml(i)}`).join('<br>')}</p>` : `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`)
    : `<p>${escapeHtml(s.paragraph)}</p>`}`).join('')}\n</div>`,
  greenhouse: (sections) => `<div class="content-intro">${sections.map((s) => `<h3><strong>${escapeHtml(s.heading)}</strong></h3>${'items' in s
    ? `<ul>${s.items.map((i) => `<li><p>${escapeHtml(i)}</p></li>`).join('')}</ul>`
    : `<div><p>${escapeHtml(s.paragraph)}</p></div>`}`).join('')}</div>`,
  glued: (sections) => sections.map((s) => `<p>${escapeHtml(s.heading)}:<br>${'items' in s
    ? s.items.map((i) => `• ${escapeHtml(i)}`).join('<br>')
    : escapeHtml(s.paragraph)}</p>`).join('<br>'),
};

export function composePostings(count: number, seed = SEED, tokensOf: (text: string) => number = countTokens): BenchPosting[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };

  const { donors, headings } = harvest(loadTeamPostings());
  const withAbout = donors.filter((d) => d.about.length && d.company);
  const withBenefits = donors.filter((d) => d.benefits.length >= 3);
  const withLegal = donors.filter((d) => d.legal.length && d.company);
  // An equal-opportunity line, the company's own when it has one, another's renamed if not.
  const legalLine = (company: string, own: Donor) => {
    const donor = own.legal.length ? own : pick(withLegal);
    return pick(donor.legal).split(donor.company).join(company);
  };
  // Requirements of one posting for the same kind of title (when the team wrote ≥ 3 such).
  const requirementDonors = (family: TitleFamily) => {
    const same = donors.filter((d) => d.family === family && d.requirements.length >= 4);
    return same.length >= 3 ? same : donors.filter((d) => d.requirements.length >= 4);
  };
  const titles = readFileSync(resolve(root, 'data/titles/onet-alternate-titles.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split('\t')).map(([title, family]) => ({ title: title!, family: family as TitleFamily }));
  // Duty bullets: labelled statements of bullet length (3 to 45 words).
  const duties = {} as Record<Label, string[]>;
  for (const e of loadCorpus()) {
    const words = e.text.split(/\s+/).length;
    if (words >= 3 && words <= 45) (duties[e.label] ??= []).push(e.text);
  }
  const totalWeight = KINDS.reduce((n, k) => n + k.weight, 0);
  const kindOf = () => {
    let r = random() * totalWeight;
    for (const kind of KINDS) if ((r -= kind.weight) < 0) return kind;
    return KINDS[0]!;
  };

  const postings: BenchPosting[] = [];
  for (let n = 0; postings.length < count; n++) {
    if (n > count * 20) throw new Error('bench-postings: cannot compose postings within the token range');
    const kind = kindOf();
    const donor = pick(withAbout);
    const title = pick(titles.filter((t) => t.family === kind.titleFamily)).title;
    const bullets = between(6, 14);
    const mainCount = Math.round(bullets * (kind.mainShare[0] + random() * (kind.mainShare[1] - kind.mainShare[0])));
    const items = [...sample(duties[kind.main], mainCount), ...sample(duties[kind.second], bullets - mainCount)];
    const style = pick(Object.keys(STYLES));
    const sections: Section[] = [
      // ("About Silverleaf Benefits Advisors" reads as a benefits heading: not that one.)
      { heading: pick(['About us', 'Who we are', `About ${donor.company}`].filter((h) => sectionForHeading(h) === 'about')), paragraph: donor.about.join(' ') },
      { heading: pick(headings.responsibility), items: sample(items, items.length) },
      { heading: pick(headings.requirement), items: sample(pick(requirementDonors(kind.titleFamily)).requirements, between(4, 8)) },
      { heading: pick(headings.benefits), items: pick(withBenefits).benefits.slice(0, 7) },
    ];
    const description = `${STYLES[style]!(sections)}<p><em>${escapeHtml(legalLine(donor.company, donor))}</em></p>`;
    // A rough count first, so wink-nlp reads only the candidates that may fit.
    const text = plainText(description);
    const rough = (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
    if (rough < COMPOSED_TOKENS.min * 0.9 || rough > COMPOSED_TOKENS.max * 1.1) continue;
    const tokens = tokensOf(text);
    if (tokens < COMPOSED_TOKENS.min || tokens > COMPOSED_TOKENS.max) continue;
    postings.push({
      id: `composed:${String(postings.length + 1).padStart(3, '0')}`,
      source: 'composed',
      kind: kind.name,
      style,
      posting: { title, company: donor.company, location: donor.location, description },
    });
  }
  return postings;
}

/** The whole set: team postings, GitLab pages, and `composed` composed postings (≥ 200 in all). */
export function benchPostings(composed = 200): BenchPosting[] {
  const team: BenchPosting[] = loadTeamPostings().map(({ id, title, company, location, description }) => ({
    id: `team:${id}`, source: 'team', posting: { title, company: company ?? '', location: location ?? '', description },
  }));
  return [...team, ...gitlabPagePostings(), ...composePostings(composed)];
}
