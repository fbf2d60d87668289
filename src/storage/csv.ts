// Flagged postings as a spreadsheet file: RFC 4180, UTF-8 with a byte-order mark (so Excel
// reads accents and emoji right), and no cell a spreadsheet could run as a formula.
import type { FlaggedPosting } from './schema';

export { parseCsv } from './csv-parse';

const BOM = '\uFEFF';
const CRLF = '\r\n';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const pad = (n: number) => String(n).padStart(2, '0');

/** The user's calendar date, as they saw the posting, not the UTC one. */
export const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The documented columns, in order; the header row uses these names. */
export const CSV_COLUMNS = [
  'title', 'company', 'location', 'site', 'url', 'verdict', 'sales share', 'marketing share',
  'red flags', 'top sales duties', 'note', 'correction', 'first seen',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const CELLS: Record<CsvColumn, (p: FlaggedPosting) => string> = {
  title: (p) => p.title,
  company: (p) => p.company,
  location: (p) => p.location,
  site: (p) => p.site,
  url: (p) => p.url,
  verdict: (p) => p.verdict,
  'sales share': (p) => percent(p.shares.sales),
  'marketing share': (p) => percent(p.shares.marketing),
  'red flags': (p) => p.redFlags.map((f) => `${f.kind}: ${f.text}`).join(' | '),
  'top sales duties': (p) => p.topDuties.filter((d) => d.label === 'sales').map((d) => d.text).join(' | '),
  note: (p) => p.note,
  correction: (p) => (p.correction ? [p.correction.verdict, p.correction.comment].filter(Boolean).join(': ') : ''),
  'first seen': (p) => localDate(new Date(p.firstSeen)),
};

/**
 * Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"),
 * so such a cell gets a leading apostrophe, which they show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes only when needed, plus leading or trailing spaces, which some readers would trim. */
const NEEDS_QUOTES = /["\r\n,]|^\s|\s$/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',') + CRLF;

/** Rows in the order given: pass listFlagged(store) for newest first. */
export function toCsv(postings: readonly FlaggedPosting[]): string {
  return BOM + csvRow(CSV_COLUMNS) + postings.map((p) => csvRow(CSV_COLUMNS.map((c) => CELLS[c](p)))).join('');
}
