// The badge: a host element beside the title, an open shadow root, preact inside. One
// instance serves every posting the user opens in a tab (creating a shadow root and
// parsing its stylesheet per job would cost more than the rest of a page change). While a
// posting is being checked, a static "Checking" pill shows and the last report's tree is
// hidden, not re-rendered: switching jobs costs two attribute writes, not a render.
import { h, render } from 'preact';
import type { Report, Verdict } from '../../core/types';
import { Badge } from './Badge';
import type { CardActions } from './Card';
import { adoptStyles } from './shadow-styles';
import { BADGE_CSS } from './styles';
import { badgeText, type BadgeState } from './verdict-text';

export type Correction = { verdict: Verdict; comment: string } | null;

export interface BadgeHandlers {
  /** The card opened for the first time for this posting. */
  cardOpened(): void;
  toggleFlag(): void;
  toggleHighlight(): void;
  correct(correction: Correction): void;
  viewFlagged(): void;
}

const NO_HANDLERS: BadgeHandlers = { cardOpened: () => undefined, toggleFlag: () => undefined, toggleHighlight: () => undefined, correct: () => undefined, viewFlagged: () => undefined };

/** Which of the two shows is decided by the host's data-verdict alone. */
const PENDING_CSS = `
:host([data-verdict="pending"]) .mount, :host(:not([data-verdict="pending"])) .pending { display: none; }
.pending { display: inline-block; }`;

/** The "Checking title" pill, built once per badge with the same words and look as the rest. */
function pendingPill(): HTMLElement {
  const text = badgeText({ kind: 'pending' });
  const pill = document.createElement('span');
  pill.className = 'pending';
  pill.setAttribute('role', 'status');
  const badge = document.createElement('span');
  badge.className = `badge tone-${text.tone}`;
  badge.setAttribute('aria-busy', 'true');
  const icon = document.createElement('span');
  icon.className = 'icon spinner';
  icon.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = text.label;
  badge.append(icon, label);
  pill.append(badge);
  return pill;
}

export class PostingBadge {
  readonly host: HTMLElement;
  private readonly mountPoint: HTMLElement;
  private state: BadgeState = { kind: 'pending' };
  private retry: (() => void) | undefined;
  private handlers: BadgeHandlers = NO_HANDLERS;
  private card = { flagged: false, highlighted: false, correction: null as Correction };

  constructor() {
    this.host = document.createElement('truetitle-badge');
    this.host.dataset.truetitle = 'badge';
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, `${BADGE_CSS}${PENDING_CSS}`);
    this.mountPoint = document.createElement('span');
    this.mountPoint.className = 'mount';
    shadow.append(this.mountPoint, pendingPill());
  }

  /** Starts showing a (new) posting: pending until its report arrives. */
  showJob(jobId: string): void {
    this.host.dataset.jobId = jobId;
    this.handlers = NO_HANDLERS;
    this.card = { flagged: false, highlighted: false, correction: null };
    this.set({ kind: 'pending' });
  }

  /**
   * Puts the badge beside the title; called again after the site re-renders the title.
   * Never inside a link: a click on the badge must not open the job.
   */
  attach(title: Element): void {
    const link = title.closest('a');
    if (link) {
      if (link.nextElementSibling !== this.host) link.after(this.host);
    } else if (this.host.parentElement !== title) {
      title.append(this.host);
    }
  }

  setTheme(theme: 'light' | 'dark'): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  showPending(): void {
    this.set({ kind: 'pending' });
  }

  showReport(report: Report, handlers: BadgeHandlers): void {
    this.handlers = handlers;
    this.set({ kind: 'report', report });
  }

  /** Flag, highlight and correction state shown in the card. */
  updateCard(change: Partial<typeof this.card>): void {
    this.card = { ...this.card, ...change };
    this.paint();
  }

  showError(message: string, retry: () => void): void {
    this.retry = retry;
    this.set({ kind: 'error', message });
  }

  /** Takes the badge off the page (its posting is gone); it can be shown again later. */
  detach(): void {
    this.host.remove();
  }

  private set(state: BadgeState): void {
    this.state = state;
    if (state.kind === 'pending') this.host.dataset.verdict = 'pending';
    else this.paint();
  }

  private paint(): void {
    this.host.dataset.verdict = this.state.kind === 'report' ? this.state.report.verdict : this.state.kind;
    const actions: CardActions = {
      ...this.card,
      onOpen: () => this.handlers.cardOpened(),
      onToggleFlag: () => this.handlers.toggleFlag(),
      onToggleHighlight: () => this.handlers.toggleHighlight(),
      onCorrect: (correction) => this.handlers.correct(correction),
      onViewFlagged: () => this.handlers.viewFlagged(),
    };
    render(h(Badge, { state: this.state, actions, onRetry: () => this.retry?.() }), this.mountPoint);
  }
}
