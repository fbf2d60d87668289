// Follows the posting on screen through client-side navigation: a cheap check runs after
// DOM changes settle, and work starts only when the job id or its text really changed.
import type { SiteAdapter } from './adapters/types';
import { PostingBadge } from '../ui/badge/mount';
import { requestReport } from './analyze';

/** Text must stop changing this long before it is analysed (sites paint placeholders first). */
const SETTLE_MS = 250;
/** A description shorter than this many characters may be a placeholder; wait for more… */
const MIN_DESCRIPTION_CHARS = 200;
/** …but not longer than this. */
const PLACEHOLDER_PATIENCE_MS = 2500;
const CHECK_DELAY_MS = 60;

interface Current {
  key: string;
  badge: PostingBadge;
  controller: AbortController;
  since: number;
  textLength: number;
  textChangedAt: number;
  analysedLength: number;
}

export function watchPostings(adapter: SiteAdapter): () => void {
  let current: Current | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const drop = () => {
    current?.controller.abort();
    current?.badge.remove();
    current = null;
  };

  const analyse = (state: Current, posting: Parameters<typeof requestReport>[0]) => {
    state.analysedLength = state.textLength;
    state.controller.abort();
    state.controller = new AbortController();
    const { signal } = state.controller;
    state.badge.showPending();
    requestReport(posting, signal).then(
      (report) => { if (!signal.aborted) state.badge.showReport(report); },
      (error: unknown) => {
        if (signal.aborted) return;
        state.badge.showError(error instanceof Error ? error.message : String(error), () => analyse(state, posting));
      },
    );
  };

  const check = () => {
    timer = undefined;
    const url = new URL(location.href);
    if (!adapter.isJobPage(url)) return drop();
    const found = adapter.readPosting(document, url);
    if (!found) {
      // The pane may still show the previous job; never leave its badge on the new one.
      if (current && current.key !== `${adapter.site}:${adapter.jobIdFrom(url)}`) drop();
      return;
    }
    const key = `${found.site}:${found.jobId}`;
    const now = performance.now();
    if (!current || current.key !== key) {
      drop();
      current = {
        key, badge: new PostingBadge(found.jobId), controller: new AbortController(),
        since: now, textLength: -1, textChangedAt: now, analysedLength: -1,
      };
    }
    const state = current;
    state.badge.attach(found.titleElement);
    const length = found.posting.description.length;
    if (length !== state.textLength) {
      state.textLength = length;
      state.textChangedAt = now;
    }
    if (state.analysedLength === length) return;
    const settled = now - state.textChangedAt >= SETTLE_MS;
    const patient = length < MIN_DESCRIPTION_CHARS && now - state.since < PLACEHOLDER_PATIENCE_MS;
    if (settled && !patient) analyse(state, found.posting);
    else schedule(Math.max(CHECK_DELAY_MS, SETTLE_MS - (now - state.textChangedAt)));
  };

  const schedule = (delay = CHECK_DELAY_MS) => {
    if (timer === undefined) timer = setTimeout(check, delay);
  };

  const observer = new MutationObserver(() => schedule());
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener('popstate', () => schedule());
  schedule(0);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    drop();
  };
}
