// The words a badge says for each state: never colour alone.
import type { Report } from '../../core/types';

export type BadgeState =
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: Report };

export interface BadgeText {
  icon: string;
  label: string;
  tone: 'pending' | 'honest' | 'mislabeled' | 'hybrid' | 'unclear' | 'error';
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function badgeText(state: BadgeState): BadgeText {
  if (state.kind === 'pending') return { icon: '…', label: 'Checking title', tone: 'pending' };
  if (state.kind === 'error') return { icon: '!', label: 'Error · retry', tone: 'error' };
  const { report } = state;
  switch (report.dutyFamily) {
    case 'sales': return { icon: report.verdict === 'honest' ? '✓' : '⚠', label: `Sales role · ${pct(report.shares.sales)} of duties`, tone: report.verdict };
    case 'marketing': return { icon: report.verdict === 'honest' ? '✓' : '⚠', label: `Marketing role · ${pct(report.shares.marketing)} of duties`, tone: report.verdict };
    case 'mixed': return { icon: '◐', label: 'Mixed role', tone: report.verdict };
    case 'other': return { icon: '?', label: 'Neither sales nor marketing', tone: 'unclear' };
    default: return { icon: '?', label: "Can't tell", tone: 'unclear' };
  }
}

/** The compact words on a results-list card: the same vocabulary as the badge, shorter. */
export function markText(summary: { verdict: Report['verdict']; dutyFamily: Report['dutyFamily'] }): BadgeText {
  const tone = summary.verdict;
  switch (summary.dutyFamily) {
    case 'sales': return { icon: tone === 'honest' ? '✓' : '⚠', label: 'Sales', tone };
    case 'marketing': return { icon: tone === 'honest' ? '✓' : '⚠', label: 'Marketing', tone };
    case 'mixed': return { icon: '◐', label: 'Mixed', tone };
    default: return { icon: '?', label: 'Unclear', tone: 'unclear' };
  }
}
