// Follows the posting on screen through client-side navigation: a cheap check runs after
// DOM changes settle, and work starts only when the job id or its text really changed.
import type { Posting } from '../core/types';
import type { ContentSettings } from '../shared/messages';
import type { SiteAdapter } from './adapters/types';
import { PostingBadge } from '../ui/badge/mount';
import { summarise } from '../shared/verdict-summary';
import { requestReport } from './analyze';
import { ListMarks } from './list-marks';
import { postingRef } from '../shared/messages';
import { postingActions, type PostingActions } from './posting-actions';
import { cachedTheme } from './theme';

/** Text must stop changing this long before it is analysed (sites paint placeholders first). */
const SETTLE_MS = 250;
/** A description shorter than this many characters may be a placeholder; wait for more… */
const MIN_DESCRIPTION_CHARS = 200;
/** …but not longer than this. */
const PLACEHOLDER_PATIENCE_MS = 2500;
/** Cards are re-checked for marks at most this often (and whenever a report arrives). */
const LIST_REFRESH_MS = 1000;
/** DOM changes come in bursts; one check per burst. */
const CHECK_DELAY_MS = 100;

interface Current {
  key: string;
  jobId: string;
  controller: AbortController;
  since: number;
  textLength: number;
  textChangedAt: number;
  analysedLength: number;
  actions?: PostingActions;
}

/**
 * Main-thread cost of each piece of work (a check after DOM changes, showing a report),
 * as a user-timing measure the e2e suite reads.
 */
function measured(run: () => void): void {
  const start = performance.now();
  run();
  performance.measure('truetitle:check', { start, end: performance.now() });
  // Measures are kept by the page until cleared; observers have already been told.
  performance.clearMeasures('truetitle:check');
}

const OURS = '[data-truetitle]';

function isOurs(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (nodes.length && nodes.every((node) => node instanceof Element && node.matches(OURS))) return true;
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  return !!target?.closest(OURS);
}

export function watchPostings(adapter: SiteAdapter, settings: ContentSettings): () => void {
  let current: Current | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listMarks = new ListMarks(adapter);
  let listRefreshedAt = -Infinity;
  let badge: PostingBadge | null = null;
  const theme = cachedTheme();

  /** Stops work for the posting the user left. */
  const leave = () => {
    current?.controller.abort();
    current?.actions?.dispose();
    current = null;
  };
  /** …and takes the badge away when no posting is on screen. */
  const drop = () => {
    leave();
    badge?.detach();
  };

  const analyse = (state: Current, posting: Posting, description: Element) => {
    state.analysedLength = state.textLength;
    state.controller.abort();
    state.actions?.dispose();
    state.controller = new AbortController();
    const { signal } = state.controller;
    if (badge?.host.dataset.verdict !== 'pending') badge?.showPending();
    requestReport(posting, signal).then(
      (report) => measured(() => {
        if (signal.aborted || !badge) return;
        state.actions = postingActions(badge, postingRef(posting), report, description);
        badge.setTheme(theme.of(badge.host.parentElement ?? description));
        badge.showReport(report, state.actions);
        if (settings.highlightByDefault) state.actions.toggleHighlight();
        if (settings.listMarks) listMarks.record(state.jobId, summarise(report, Date.now()), document);
      }),
      (error: unknown) => {
        if (signal.aborted) return;
        badge?.showError(error instanceof Error ? error.message : String(error), () => analyse(state, posting, description));
      },
    );
  };

  const check = () => {
    timer = undefined;
    measured(checkNow);
  };

  const checkNow = () => {
    const url = new URL(location.href);
    if (settings.listMarks && performance.now() - listRefreshedAt >= LIST_REFRESH_MS) {
      listRefreshedAt = performance.now();
      listMarks.refresh(document);
    }
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
      // The badge stays in the page and is moved if the title moved: cheaper than re-inserting it.
      leave();
      current = {
        key, jobId: found.jobId, controller: new AbortController(),
        since: now, textLength: -1, textChangedAt: now, analysedLength: -1,
      };
      badge ??= new PostingBadge();
      badge.showJob(found.jobId);
    }
    const state = current;
    badge?.attach(found.titleElement);
    // Text length is a native property read: the cheap signal that the text is settling.
    const length = found.descriptionElement.textContent?.length ?? 0;
    if (length !== state.textLength) {
      state.textLength = length;
      state.textChangedAt = now;
    }
    if (state.analysedLength === length) return;
    const settled = now - state.textChangedAt >= SETTLE_MS;
    const patient = length < MIN_DESCRIPTION_CHARS && now - state.since < PLACEHOLDER_PATIENCE_MS;
    if (settled && !patient) analyse(state, found.extract(), found.descriptionElement);
    else schedule(Math.max(CHECK_DELAY_MS, SETTLE_MS - (now - state.textChangedAt)));
  };

  const schedule = (delay = CHECK_DELAY_MS) => {
    if (timer === undefined) timer = setTimeout(check, delay);
  };

  const onChange = () => schedule();
  // Our own badge, marks and highlights change the page too; those need no check.
  const observer = new MutationObserver((records) => {
    if (!records.every(isOurs)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener('popstate', onChange);
  schedule(0);
  return () => {
    observer.disconnect();
    removeEventListener('popstate', onChange);
    clearTimeout(timer);
    drop();
  };
}
