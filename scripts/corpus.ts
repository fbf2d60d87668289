// The team's labelled duty statements (data/corpus/*.tsv): loading, de-duplication and
// the fixed held-out split that training never sees.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LABELS, type Label, type Posting } from '../src/core/types';

export interface Example {
  id: string;
  label: Label;
  text: string;
  /** GitLab page title, for rebuilding job-family pages as postings */
  page?: string;
  titleGroup?: string;
  jobFamily?: boolean;
}

const CORPUS_DIR = resolve(import.meta.dirname, '../data/corpus');
const LABELLED_FILES = ['onet.tsv', 'gitlab-1.tsv', 'gitlab-2.tsv', 'team.tsv', 'team2.tsv', 'team3.tsv', 'team4.tsv', 'team5.tsv', 'team6.tsv', 'team7.tsv', 'team8.tsv', 'team9.tsv'];

function readTsv(file: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(resolve(CORPUS_DIR, file), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const columns = (header ?? '').split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

export const normaliseText = (text: string) =>
  text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * A GitLab job-family page as a posting: its name as the title, its bullets as a
 * "Responsibilities" list (how the evaluation and the benchmark both read the pages).
 */
export function gitlabPagePosting(page: string, bullets: readonly string[]): Posting {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    title: page.replace(/\s*(job family|roles?( & responsibilities)?|team)$/i, '').trim(),
    description: `<h2>Responsibilities</h2><ul>${bullets.map((b) => `<li>${escape(b)}</li>`).join('')}</ul>`,
  };
}

/** Every labelled row, repeats included, with its GitLab page where it has one. */
export function loadLabelledRows(): Example[] {
  const pages = new Map(readTsv('gitlab-pages.tsv').map((r) => [r.id, r]));
  const present = readdirSync(CORPUS_DIR);
  const rows: Example[] = [];
  for (const file of LABELLED_FILES.filter((f) => present.includes(f))) {
    for (const row of readTsv(file)) {
      const label = row.label as Label;
      if (!LABELS.includes(label) || !row.text || !row.id) throw new Error(`${file}: bad row ${JSON.stringify(row)}`);
      const page = pages.get(row.id);
      rows.push({
        id: row.id, label, text: row.text,
        ...(page ? { page: page.page, titleGroup: page.title_group, jobFamily: page.job_family === 'yes' } : {}),
      });
    }
  }
  return rows;
}

/** Every labelled statement once: repeats (GitLab repeats whole pages) keep their first row. */
export function loadCorpus(): Example[] {
  const seen = new Set<string>();
  return loadLabelledRows().filter((row) => {
    const key = normaliseText(row.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** FNV-1a: a stable hash, so the split never changes between runs or machines. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const TEST_FRACTION = 0.2;

/**
 * Held out: 20% of GitLab pages (whole pages, so near-identical bullets of one page never
 * straddle the split) and 20% of the other statements.
 */
export function isHeldOut(example: Example): boolean {
  const key = example.page ? `page:${example.page}` : normaliseText(example.text);
  return stableHash(key) % 1000 < TEST_FRACTION * 1000;
}

export function split(examples: readonly Example[]): { train: Example[]; test: Example[] } {
  const train: Example[] = [];
  const test: Example[] = [];
  for (const example of examples) (isHeldOut(example) ? test : train).push(example);
  return { train, test };
}
