// The badge: a host element beside the title, an open shadow root. One instance serves
// every posting the user opens in a tab (a shadow root and its stylesheet per job would
// cost more than the rest of a page change). The pill is a handful of elements updated in
// place, because it changes on every page change and the page pays for each change; the
// card, opened on hover or keyboard focus, is rendered by preact only while it is open.
// The card stays open while the pointer moves into it, closes on Escape, and is placed in
// the viewport with fixed positioning so it never shifts the page's layout.
import { h, render } from 'preact';
import type { Report, Verdict } from '../../core/types';
import { Card, type CardActions } from './Card';
import { cardPosition, type CardPlace } from './position';
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

const CLOSE_DELAY_MS = 250;
const CARD_ID = 'truetitle-card';

/** Pending shows the static pill; everything else the button. Decided by data-verdict alone. */
const STATE_CSS = `
:host([data-verdict="pending"]) .badge-button, :host([data-verdict="pending"]) .card-mount,
:host(:not([data-verdict="pending"])) .pending { display: none; }
.pending { display: inline-block; }`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/** The "Checking title" pill, built once per badge with the same words and look as the rest. */
function pendingPill(): HTMLElement {
  const text = badgeText({ kind: 'pending' });
  const pill = element('span', 'pending', { role: 'status' });
  const badge = element('span', `badge tone-${text.tone}`, { 'aria-busy': 'true' });
  const label = element('span', 'label');
  label.textContent = text.label;
  badge.append(element('span', 'icon spinner', { 'aria-hidden': 'true' }), label);
  pill.append(badge);
  return pill;
}

export class PostingBadge {
  readonly host: HTMLElement;
  private readonly root: HTMLElement;
  private readonly button: HTMLButtonElement;
  /** The icon's and label's text, written as data: cheaper for the page than replacing children. */
  private readonly icon = document.createTextNode('');
  private readonly label = document.createTextNode('');
  private readonly cardMount: HTMLElement;
  private state: BadgeState = { kind: 'pending' };
  /** Kept here as well as on the host: each read or write of the host's attributes costs the page. */
  private theme: 'light' | 'dark' | null = null;
  /** The button's ARIA attributes as last set: reading them back would cost the page too. */
  private readonly buttonAttributes = new Map<string, string | null>();
  /** What the button shows now. */
  private shown: { tone: string; icon: string; label: string } = { tone: '', icon: '', label: '' };
  private retry: (() => void) | undefined;
  private handlers: BadgeHandlers = NO_HANDLERS;
  private card = { flagged: false, highlighted: false, correction: null as Correction };
  private open = false;
  private place: CardPlace | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Escape hands focus back to the button; that focus must not reopen the card. */
  private refocusing = false;
  /** The pointer is over the badge or its card: a card open then follows the next job. */
  private hovered = false;

  constructor() {
    this.host = document.createElement('truetitle-badge');
    this.host.dataset.truetitle = 'badge';
    this.host.dataset.verdict = 'pending';
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, `${BADGE_CSS}${STATE_CSS}`);
    this.root = element('span', 'root');
    this.button = element('button', 'badge badge-button', { type: 'button' });
    const icon = element('span', 'icon', { 'aria-hidden': 'true' });
    icon.append(this.icon);
    const label = element('span', 'label');
    label.append(this.label);
    // The button's name is its own words after this prefix, so a report changes no attribute.
    const prefix = element('span', 'visually-hidden');
    prefix.textContent = 'TrueTitle: ';
    this.button.append(prefix, icon, label);
    this.cardMount = element('span', 'card-mount');
    this.root.append(this.button, pendingPill(), this.cardMount);
    shadow.append(this.root);
    this.listen();
  }

  /** Starts showing a (new) posting: pending until its report arrives. */
  showJob(jobId: string): void {
    // A card opened by keyboard for the last job must not pop up for this one.
    if (!this.hovered) this.setOpen(false);
    this.host.setAttribute('data-job-id', jobId);
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
    if (this.theme === theme) return;
    this.theme = theme;
    this.host.setAttribute('data-theme', theme);
  }

  /** Shows the pending pill, unless it shows already. */
  showPending(): void {
    if (this.state.kind !== 'pending') this.set({ kind: 'pending' });
  }

  showReport(report: Report, handlers: BadgeHandlers): void {
    this.handlers = handlers;
    this.set({ kind: 'report', report });
  }

  /** Flag, highlight and correction state shown in the card. */
  updateCard(change: Partial<typeof this.card>): void {
    this.card = { ...this.card, ...change };
    this.renderCard();
  }

  showError(message: string, retry: () => void): void {
    this.retry = retry;
    this.set({ kind: 'error', message });
  }

  /** Takes the badge off the page (its posting is gone); it can be shown again later. */
  detach(): void {
    // Removing focused nodes fires no focusout: close the card here, and stop following scrolls.
    clearTimeout(this.closeTimer);
    this.hovered = false;
    this.setOpen(false);
    this.host.remove();
  }

  private set(state: BadgeState): void {
    this.state = state;
    if (state.kind === 'pending') {
      // The pill shows by CSS; the button and card keep the last report, hidden.
      this.host.setAttribute('data-verdict', 'pending');
      return;
    }
    this.host.setAttribute('data-verdict', state.kind === 'report' ? state.report.verdict : 'error');
    const text = badgeText(state);
    if (this.shown.tone !== text.tone) this.button.className = `badge badge-button tone-${text.tone}`;
    if (this.shown.icon !== text.icon) this.icon.data = text.icon;
    if (this.shown.label !== text.label) this.label.data = text.label;
    this.shown = text;
    const hasCard = state.kind === 'report';
    this.setButtonAttribute('aria-label', state.kind === 'error' ? `TrueTitle could not analyse this posting: ${state.message}. Retry` : null);
    this.setButtonAttribute('aria-haspopup', hasCard ? 'dialog' : null);
    if (!hasCard) this.setOpen(false);
    this.renderCard();
    // A card left open across jobs now shows the new report, placed for its new height.
    if (hasCard && this.open) this.follow();
  }

  private listen(): void {
    this.root.addEventListener('mouseenter', () => {
      this.hovered = true;
      this.show();
    });
    this.root.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.hideSoon();
    });
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.open) {
        event.stopPropagation();
        this.close(true);
      }
    });
    // Tabbing out of the badge and its card closes the card.
    this.root.addEventListener('focusout', (event) => {
      if (!this.root.contains(event.relatedTarget as Node | null)) this.hideSoon();
    });
    this.button.addEventListener('focus', () => {
      if (!this.refocusing) this.show();
    });
    this.button.addEventListener('click', () => {
      if (this.state.kind === 'error') this.retry?.();
      else if (this.state.kind === 'report') this.setOpen(!this.open);
    });
  }

  private show(): void {
    clearTimeout(this.closeTimer);
    if (this.state.kind === 'report') this.setOpen(true);
  }

  private hideSoon(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.setOpen(false), CLOSE_DELAY_MS);
  }

  private close(refocus: boolean): void {
    this.setOpen(false);
    if (!refocus) return;
    this.refocusing = true;
    this.button.focus({ preventScroll: true });
    this.refocusing = false;
  }

  private setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.place = null;
    if (open) {
      addEventListener('scroll', this.follow, { passive: true, capture: true });
      addEventListener('resize', this.follow, { passive: true });
    } else {
      removeEventListener('scroll', this.follow, { capture: true });
      removeEventListener('resize', this.follow);
    }
    this.renderCard();
    if (open) this.follow();
  }

  /** Places the card by the badge, and again as the page scrolls or resizes. */
  private readonly follow = (): void => {
    if (!this.open) return;
    const card = this.cardMount.querySelector<HTMLElement>('.card');
    this.place = cardPosition(this.button.getBoundingClientRect(), { width: innerWidth, height: innerHeight }, card?.scrollHeight ?? 400);
    this.renderCard();
  };

  /** Sets one of the button's attributes only when it changes: each write costs the page style work. */
  private setButtonAttribute(name: string, value: string | null): void {
    if (this.buttonAttributes.has(name) && this.buttonAttributes.get(name) === value) return;
    this.buttonAttributes.set(name, value);
    if (value === null) this.button.removeAttribute(name);
    else this.button.setAttribute(name, value);
  }

  private renderCard(): void {
    const open = this.open && this.state.kind === 'report';
    this.setButtonAttribute('aria-expanded', this.state.kind === 'report' ? String(open) : null);
    this.setButtonAttribute('aria-controls', open ? CARD_ID : null);
    if (!open || this.state.kind !== 'report') {
      if (this.cardMount.firstChild) render(null, this.cardMount);
      return;
    }
    const actions: CardActions = {
      ...this.card,
      onOpen: () => this.handlers.cardOpened(),
      onToggleFlag: () => this.handlers.toggleFlag(),
      onToggleHighlight: () => this.handlers.toggleHighlight(),
      onCorrect: (correction) => this.handlers.correct(correction),
      onViewFlagged: () => this.handlers.viewFlagged(),
    };
    const style: Record<string, string> = this.place
      ? { top: `${this.place.top}px`, left: `${this.place.left}px`, maxHeight: `${this.place.maxHeight}px` }
      : { visibility: 'hidden' };
    // Keyed by job: a half-typed correction never carries over to the next posting.
    render(h(Card, { key: this.host.dataset.jobId ?? '', report: this.state.report, id: CARD_ID, actions, style }), this.cardMount);
  }
}
