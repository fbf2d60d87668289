// The badge: a host element beside the title, an open shadow root, preact inside. One
// instance serves every posting the user opens in a tab (creating a shadow root and
// parsing its stylesheet per job would cost more than the rest of a page change).
import { h, render } from 'preact';
import type { Report, Verdict } from '../../core/types';
import { Badge } from './Badge';
import type { CardActions } from './Card';
import { BADGE_CSS } from './styles';
import type { BadgeState } from './verdict-text';

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
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    this.mountPoint = document.createElement('span');
    shadow.append(style, this.mountPoint);
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
    this.paint();
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
