// The compact verdict mark on a results-list card (no hover card: the badge has that).
import type { VerdictSummary } from '../../shared/verdict-summary';
import { BADGE_CSS } from './styles';
import { adoptStyles } from './shadow-styles';
import { markText } from './verdict-text';

const MARK_CSS = `${BADGE_CSS} :host { margin-inline-start: 6px; font-size: 11px; } .badge { padding: 1px 7px; cursor: default; }`;
export function createListMark(jobId: string, summary: VerdictSummary): HTMLElement {
  const host = document.createElement('truetitle-mark');
  host.dataset.truetitle = 'list-mark';
  host.dataset.jobId = jobId;
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, MARK_CSS);
  const chip = document.createElement('span');
  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'label';
  chip.append(icon, label);
  shadow.append(chip);
  updateListMark(host, summary);
  return host;
}

export function updateListMark(host: HTMLElement, summary: VerdictSummary, jobId = host.dataset.jobId ?? ''): void {
  const text = markText(summary);
  host.dataset.verdict = summary.verdict;
  host.dataset.jobId = jobId;
  const chip = host.shadowRoot?.querySelector('span');
  if (!chip) return;
  chip.className = `badge tone-${text.tone}`;
  chip.setAttribute('title', `TrueTitle: ${text.label} role (${summary.verdict}) — checked before`);
  const [icon, label] = Array.from(chip.children);
  if (icon) icon.textContent = text.icon;
  if (label) label.textContent = `${text.label} role`;
}
