// Compact verdict marks on result-list cards for postings analysed before (this visit or
// an earlier one), so a user scanning a list sees what they already checked.
import type { ListCard, SiteAdapter } from './adapters/types';
import { createListMark, updateListMark } from '../ui/badge/list-mark';
import { MAX_KEYS_PER_REQUEST, type VerdictsResponse } from '../shared/messages';
import { postingKey, type VerdictSummary } from '../shared/verdict-summary';
import { askWorker } from './worker-channel';
import { commonRoot } from './adapters/dom';

/** Our marks' hook; a card's own mark is the one directly in its title. */
const MARK = '[data-truetitle="list-mark"]';
const MARK_SELECTOR = `:scope > ${MARK}`;

/** A mark shows the verdict and the duty family; a new analysis usually repeats both. */
const sameMark = (a: VerdictSummary, b: VerdictSummary) => a.verdict === b.verdict && a.dutyFamily === b.dutyFamily;

export class ListMarks {
  private readonly known = new Map<string, VerdictSummary>();
  private readonly asked = new Set<string>();
  /** Cards already marked, with their mark: skipped at almost no cost while it is still there. */
  private readonly marked = new WeakMap<Element, { jobId: string; summary: VerdictSummary; mark: Element }>();

  /** What holds the cards found last: changes elsewhere in the page add or remove none. */
  private list: Node | null = null;
  /** The cards found last, by job: still the list's cards while no DOM change touched it. */
  private cards = new Map<string, ListCard>();
  private cardsCurrent = false;

  /** `afterAnswer` runs once marks placed on a worker's answer are in the page. */
  constructor(private readonly adapter: SiteAdapter, private readonly afterAnswer: () => void = () => undefined) {}

  /** Whether these DOM changes may have added, removed or re-rendered cards. */
  touchedBy(records: readonly MutationRecord[]): boolean {
    const { list } = this;
    if (!list?.isConnected) return true;
    for (const record of records) if (list.contains(record.target)) return true;
    return false;
  }

  /** Cards may have come, gone or been re-rendered since the last refresh (at first, nothing is known). */
  get stale(): boolean {
    return !this.cardsCurrent;
  }

  /** Takes note of DOM changes that may have touched the cards. */
  noteChanges(records: readonly MutationRecord[]): void {
    if (this.cardsCurrent && this.touchedBy(records)) this.cardsCurrent = false;
  }

  /** Called after DOM changes settle: marks cards whose verdict is known, asks about new ones. */
  refresh(document: Document): void {
    const unknown: string[] = [];
    const cards = this.adapter.listCards(document);
    // From the list holding the first card (or its parent): a list of one card grows beside
    // it, not inside it, and a card can sit in wrappers of its own.
    const [first, last] = [cards[0]?.element, cards[cards.length - 1]?.element];
    const holder = first && (first.closest('ul, ol, [role="list"]') ?? first.parentElement ?? first);
    this.list = holder && last ? commonRoot(holder, last) : null;
    this.cards = new Map(cards.map((card) => [card.jobId, card]));
    this.cardsCurrent = true;
    for (const card of cards) {
      const key = postingKey(this.adapter.site, card.jobId);
      const summary = this.known.get(key);
      if (summary) this.mark(card, summary);
      else {
        // A card the site reused for a job not analysed yet must not keep the last job's mark.
        this.unmarkIfReused(card);
        if (!this.asked.has(key)) unknown.push(key);
      }
    }
    if (unknown.length) this.ask(unknown.slice(0, MAX_KEYS_PER_REQUEST), document);
  }

  /**
   * A posting was just analysed: mark its card only, without scanning the list. While no
   * DOM change touched the list since the last refresh, its cards are known without a lookup
   * (a card found nowhere among them, say in another list, is looked up).
   */
  record(jobId: string, summary: VerdictSummary, document: Document): void {
    this.known.set(postingKey(this.adapter.site, jobId), summary);
    const card = (this.cardsCurrent ? this.cards.get(jobId) : undefined) ?? this.adapter.listCard(document, jobId);
    if (card?.element.isConnected) this.mark(card, summary);
  }

  /** Takes every mark off the page: the watcher stopped (the site was switched off, or the marks were). */
  removeAll(document: Document): void {
    for (const mark of Array.from(document.querySelectorAll(MARK))) mark.remove();
  }

  private ask(keys: string[], document: Document): void {
    for (const key of keys) this.asked.add(key);
    askWorker({ type: 'truetitle/verdicts', keys }).then((response: unknown) => {
      const answer = response as VerdictsResponse | undefined;
      if (!answer?.ok) return;
      for (const [key, summary] of Object.entries(answer.verdicts)) this.known.set(key, summary);
      if (!Object.keys(answer.verdicts).length) return;
      this.refresh(document);
      this.afterAnswer();
    }, () => {
      for (const key of keys) this.asked.delete(key); // the worker was restarting: ask again later
    });
  }

  private unmarkIfReused(card: ListCard): void {
    const done = this.marked.get(card.element);
    if (!done || done.jobId === card.jobId) return;
    done.mark.remove();
    this.marked.delete(card.element);
  }

  private mark(card: ListCard, summary: VerdictSummary): void {
    const done = this.marked.get(card.element);
    // Sites reuse card elements for other jobs, so the job is part of what was marked.
    if (done && sameMark(done.summary, summary) && done.jobId === card.jobId && done.mark.isConnected && card.element.contains(done.mark)) return;
    const title = card.title();
    if (!title) return;
    let mark = title.querySelector(MARK_SELECTOR) as HTMLElement | null;
    if (mark) {
      if (mark.dataset.verdict !== summary.verdict || mark.dataset.jobId !== card.jobId) updateListMark(mark, summary, card.jobId);
    } else {
      mark = createListMark(card.jobId, summary);
      title.append(mark);
    }
    this.marked.set(card.element, { jobId: card.jobId, summary, mark });
  }
}
