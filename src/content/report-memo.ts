// Reports this tab has already shown, by posting and the exact text they were made from.
// Going back to a posting is common when comparing jobs: its badge is filled from here, at
// once, with no request to the worker and no reading of the page beyond the text check
// every page change makes anyway.
import type { Report } from '../core/types';
import type { PostingRef } from '../shared/messages';

export interface Remembered {
  report: Report;
  ref: PostingRef;
}

/** A few dozen postings: a search session's worth, a few hundred KB at most. */
const DEFAULT_LIMIT = 40;

export class ReportMemo {
  private readonly entries = new Map<string, Remembered & { text: string }>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** The report for this posting if it was made from exactly this text (the engine is deterministic). */
  get(key: string, text: string): Remembered | undefined {
    const entry = this.entries.get(key);
    return entry?.text === text ? entry : undefined;
  }

  set(key: string, text: string, remembered: Remembered): void {
    // Re-inserted, so the postings looked at least recently are the ones let go.
    this.entries.delete(key);
    this.entries.set(key, { ...remembered, text });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The worker's settings changed, or it may have (it restarted): its verdicts may differ now. */
  clear(): void {
    this.entries.clear();
  }
}
