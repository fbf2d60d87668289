// How the CLI prints reports: JSON lines (the stable contract), readable text, or CSV.
import type { Report } from '../core/types';
import type { Classification } from '../core/classify';
import { csvCell } from '../storage/csv';

export type Format = 'json' | 'text' | 'csv';

export interface FileReport extends Report {
  file: string;
}

/** The JSON line of the command-line contract, fields in its order. */
export function reportJson(r: FileReport): string {
  return JSON.stringify({
    file: r.file, title: r.title, company: r.company, url: r.url,
    titleFamily: r.titleFamily, seniority: r.seniority, dutyFamily: r.dutyFamily, verdict: r.verdict,
    reason: r.reason, shares: r.shares,
    duties: r.duties.map((d) => ({ text: d.text, label: d.label, confidence: d.confidence, evidence: d.evidence, section: d.section })),
    redFlags: r.redFlags.map((f) => ({ text: f.text, kind: f.kind })),
    language: r.language,
  });
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function reportText(r: FileReport): string {
  const lines = [
    `${r.file}: ${r.title}${r.company ? ` — ${r.company}` : ''}`,
    `  verdict: ${r.verdict.toUpperCase()} (title ${r.titleFamily}, duties ${r.dutyFamily}; sales ${pct(r.shares.sales)}, marketing ${pct(r.shares.marketing)}, other ${pct(r.shares.other)})`,
    `  ${r.reason}`,
  ];
  for (const flag of r.redFlags) lines.push(`  red flag (${flag.kind}): ${flag.phrase ?? flag.text}`);
  for (const duty of r.duties) lines.push(`  [${duty.label.padEnd(9)} ${pct(duty.confidence).padStart(4)}] ${duty.text}`);
  return lines.join('\n');
}


export const CSV_HEADER = ['file', 'title', 'company', 'url', 'titleFamily', 'seniority', 'dutyFamily', 'verdict', 'salesShare', 'marketingShare', 'otherShare', 'redFlags', 'reason'];

export function reportCsv(r: FileReport): string {
  return [
    r.file, r.title, r.company, r.url, r.titleFamily, r.seniority, r.dutyFamily, r.verdict,
    r.shares.sales, r.shares.marketing, r.shares.other,
    r.redFlags.map((f) => `${f.kind}: ${f.phrase ?? f.text}`).join(' | '), r.reason,
  ].map((cell) => csvCell(String(cell))).join(',');
}

export function classificationJson(text: string, c: Classification): string {
  return JSON.stringify({ text, label: c.label, confidence: c.confidence, evidence: c.evidence });
}

export function classificationText(text: string, c: Classification): string {
  return `${c.label.padEnd(9)} ${pct(c.confidence).padStart(4)}  ${text}${c.evidence.length ? `  [${c.evidence.join(', ')}]` : ''}`;
}
