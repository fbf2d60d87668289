// Compact verdict marks on result-list cards for postings analysed before (this visit or
// an earlier one), so a user scanning a list sees what they already checked.
import browser from 'webextension-polyfill';
import type { SiteAdapter } from './adapters/types';
import { createListMark, updateListMark } from '../ui/badge/list-mark';
import { MAX_KEYS_PER_REQUEST, type VerdictsResponse } from '../shared/messages';
import { postingKey, type VerdictSummary } from '../shared/verdict-summary';

const MARK_SELECTOR = ':scope > [data-truetitle="list-mark"]';

export class ListMarks {
  private readonly known = new Map<string, VerdictSummary>();
  private readonly asked = new Set<string>();
  /** Cards already marked with their current verdict: skipped at almost no cost. */
  private readonly marked = new WeakMap<Element, VerdictSummary>();

  constructor(private readonly adapter: SiteAdapter) {}

  /** Called after DOM changes settle: marks cards whose verdict is known, asks about new ones. */
  refresh(document: Document): void {
    const unknown: string[] = [];
    for (const card of this.adapter.listCards(document)) {
      const key = postingKey(this.adapter.site, card.jobId);
      const summary = this.known.get(key);
      if (summary && this.marked.get(card.titleElement) === summary && card.titleElement.querySelector(MARK_SELECTOR)) continue;
      if (summary) {
        this.place(card.titleElement, card.jobId, summary);
        this.marked.set(card.titleElement, summary);
      }
      else if (!this.asked.has(key)) unknown.push(key);
    }
    if (unknown.length) this.ask(unknown.slice(0, MAX_KEYS_PER_REQUEST), document);
  }

  /** A posting was just analysed: mark its card only, without scanning the list. */
  record(jobId: string, summary: VerdictSummary, document: Document): void {
    this.known.set(postingKey(this.adapter.site, jobId), summary);
    const card = this.adapter.listCard(document, jobId);
    if (card) {
      this.place(card.titleElement, jobId, summary);
      this.marked.set(card.titleElement, summary);
    }
  }

  private ask(keys: string[], document: Document): void {
    for (const key of keys) this.asked.add(key);
    browser.runtime.sendMessage({ type: 'truetitle/verdicts', keys }).then((response: unknown) => {
      const answer = response as VerdictsResponse | undefined;
      if (!answer?.ok) return;
      for (const [key, summary] of Object.entries(answer.verdicts)) this.known.set(key, summary);
      if (Object.keys(answer.verdicts).length) this.refresh(document);
    }, () => {
      for (const key of keys) this.asked.delete(key); // the worker was restarting: ask again later
    });
  }

  private place(title: Element, jobId: string, summary: VerdictSummary): void {
    const existing = title.querySelector(MARK_SELECTOR) as HTMLElement | null;
    if (existing) {
      if (existing.dataset.verdict !== summary.verdict) updateListMark(existing, summary);
      return;
    }
    title.append(createListMark(jobId, summary));
  }
}
