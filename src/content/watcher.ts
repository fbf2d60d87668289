// Follows the posting on screen through client-side navigation: a cheap check runs after
// each burst of DOM changes, and work starts only when the job id or its text changed. A
// description is analysed as soon as it is there; its report is shown only if the text is
// still the one analysed, so a verdict never describes text the user no longer sees. A
// posting this tab analysed before, showing the same text, gets its report from memory.
import type { Posting } from '../core/types';
import type { ContentSettings } from '../shared/messages';
import type { PostingOnPage, SiteAdapter } from './adapters/types';
import { PostingBadge } from '../ui/badge/mount';
import { summarise } from '../shared/verdict-summary';
import { requestReport } from './analyze';
import { ReportMemo, type Remembered } from './report-memo';
import { ListMarks } from './list-marks';
import { postingRef } from '../shared/messages';
import { postingActions, type PostingActions } from './posting-actions';
import { cachedTheme } from './theme';
import { measured } from './timing';
import { onWorkerChange, wakeWorker } from './worker-channel';

/** A description shorter than this many characters may be a placeholder; wait for more… */
const MIN_DESCRIPTION_CHARS = 200;
/** …but not longer than this. */
const PLACEHOLDER_PATIENCE_MS = 2500;
/** Cards are re-checked for marks at most this often, after the list changed (and whenever a report arrives). */
const LIST_REFRESH_MS = 1000;
/**
 * Checks run inside the page's own task, right after its DOM changes: the CPU is busy with
 * the page then, and the same reads cost about half what they cost in a task of their own
 * (measured in Chromium: 1.3 against 2.2 ms of main-thread work per page change). A page
 * that changes its DOM more often than this gets one check per interval, at its end.
 */
const MIN_CHECK_GAP_MS = 50;

interface Current {
  key: string;
  jobId: string;
  /** Where the posting was found, reused while it stays in the page unchanged. */
  found: PostingOnPage;
  /** The title element's text when found (read natively: a change is all that matters). */
  title: string;
  /** Cancels the analysis in flight, if one is. */
  controller: AbortController | null;
  since: number;
  /** The text last sent for analysis, as a fingerprint. */
  analysed: string;
  /** The page changed something inside the description since its text was sent. */
  touchedSinceSent: boolean;
  /** The description's text at the last check, as a fingerprint: what the pane showed for this job. */
  seen: string;
  /** The last check found no text for this job yet (a placeholder, or the last job's): the patience timer runs. */
  waiting: boolean;
  actions?: PostingActions;
}

/** Why an analysis stopped (the user moved on, or its text changed): made once, as a fresh DOMException costs a stack trace. */
const SUPERSEDED = new DOMException('the analysis is no longer needed', 'AbortError');

/** Length and opening: enough to tell one description from another without keeping it. */
const fingerprint = (text: string) => `${text.length}:${text.slice(0, 120)}`;

/**
 * Whether these changes only added too little text to be a description (a placeholder, a
 * spinner) and changed no text in place: while a job waits for its text, they need no check.
 */
function addsOnlyPlaceholders(records: readonly MutationRecord[]): boolean {
  let nodes = 0;
  let text = 0;
  for (const record of records) {
    if (record.type !== 'childList') return false;
    const { addedNodes } = record;
    for (let index = 0; index < addedNodes.length; index++) {
      nodes++;
      text += addedNodes[index]!.textContent?.length ?? 0;
      if (text >= MIN_DESCRIPTION_CHARS) return false;
    }
  }
  // A batch that only removed nodes may have taken the posting away: that is checked.
  return nodes > 0;
}

/** Whether any of these changes happened inside the element. */
function touches(records: readonly MutationRecord[], element: Element): boolean {
  for (const record of records) if (element.contains(record.target)) return true;
  return false;
}

export function watchPostings(adapter: SiteAdapter, settings: ContentSettings): () => void {
  let current: Current | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Our own DOM changes (the badge moving, list marks, highlights) need no check: each piece
   * of our work ends by taking their records off the observer's queue. Page code cannot run
   * in the middle of our synchronous work, so what is queued then is ours.
   */
  const forgetOwnChanges = () => {
    observer.takeRecords();
  };
  const listMarks = new ListMarks(adapter, forgetOwnChanges);
  let listRefreshedAt = -Infinity;
  let badge: PostingBadge | null = null;
  const theme = cachedTheme();
  const memo = new ReportMemo();
  const stopFollowingWorker = onWorkerChange(() => memo.clear());

  /**
   * What the pane showed for the job the user left: under another job's title it is that
   * job's stale text, not the new one's. A job that never showed text of its own (left
   * while still showing the one before) does not replace it.
   */
  let previousJob: { jobId: string; text: string } | null = null;
  /** Stops work for the posting the user left. */
  const leave = () => {
    if (current?.seen && current.seen !== previousJob?.text) previousJob = { jobId: current.jobId, text: current.seen };
    current?.controller?.abort(SUPERSEDED);
    current?.actions?.dispose();
    current = null;
  };
  /** …and takes the badge away when no posting is on screen. */
  const drop = () => {
    leave();
    badge?.detach();
  };

  /** Puts a report on the badge and the list card, and gives the card its actions. */
  const present = (state: Current, shown: Remembered, description: Element) => {
    if (!badge) return;
    state.actions = postingActions(badge, shown.ref, shown.report, description);
    badge.setTheme(theme.of(badge.host.parentElement ?? description));
    badge.showReport(shown.report, state.actions);
    if (settings.highlightByDefault) state.actions.toggleHighlight();
    if (settings.listMarks) listMarks.record(state.jobId, summarise(shown.report, Date.now()), document);
    forgetOwnChanges();
  };

  /** Starts showing a posting's text: from the memo when this tab has analysed it before. */
  const show = (state: Current, found: PostingOnPage, text: string, print: string) => {
    state.analysed = print;
    state.touchedSinceSent = false;
    state.controller?.abort(SUPERSEDED);
    state.controller = null;
    state.actions?.dispose();
    const known = memo.get(state.key, text);
    if (known) present(state, known, found.descriptionElement);
    else analyse(state, found.extract(), found.descriptionElement, text);
  };

  const analyse = (state: Current, posting: Posting, description: Element, text: string) => {
    const controller = new AbortController();
    state.controller = controller;
    const { signal } = controller;
    const settled = () => {
      if (state.controller === controller) state.controller = null;
    };
    badge?.showPending();
    requestReport(posting, signal).then(
      (report) => measured('show', () => {
        if (signal.aborted || !badge) return;
        settled();
        // The text, or the element holding it, changed while it was analysed: the next check
        // analyses what is there now (the card's actions need the element on screen). The
        // text is read again only if the page touched it meanwhile.
        const touched = state.touchedSinceSent && fingerprint(description.textContent ?? '') !== state.analysed;
        if (description !== state.found.descriptionElement || !description.isConnected || touched) {
          state.analysed = '';
          return schedule();
        }
        const shown = { report, ref: postingRef(posting) };
        memo.set(state.key, text, shown);
        present(state, shown, description);
      }),
      (error: unknown) => {
        if (signal.aborted) return;
        settled();
        // Retry reads the page again: its text may have changed since (no change is watched for
        // while nothing is in flight).
        badge?.showError(error instanceof Error ? error.message : String(error), () => {
          state.analysed = '';
          schedule();
        });
      },
    );
  };

  /**
   * Locating a posting takes a dozen queries over the whole page; while the URL names the
   * same job and its title element is still there, unchanged, the last answer stands, with
   * a replaced description looked up alone. When the URL names another job, the title
   * element may have been edited in place for it, as sites reuse their pane: the adapter
   * checks that it shows that job. Otherwise the posting is located afresh.
   */
  const stillOnScreen = (jobId: string | null, url: URL): PostingOnPage | null => {
    if (!current || !jobId) return null;
    const { found } = current;
    if (!found.titleElement.isConnected) return null;
    if (jobId !== current.jobId) return found.forJob?.(jobId, url) ?? null;
    if (found.titleElement.textContent !== current.title) return null;
    return found.descriptionElement.isConnected ? found : found.withNewDescription();
  };

  let lastCheckAt = -Infinity;
  /** While a check runs, the soonest time it asks to be checked again. */
  let askedFor: number | null = null;
  const check = (start = performance.now()) => {
    lastCheckAt = start;
    askedFor = Infinity;
    measured('check', () => {
      try {
        checkNow();
      } finally {
        const next = askedFor ?? Infinity;
        askedFor = null;
        rearm(next);
        forgetOwnChanges();
      }
    }, start);
  };

  /** The page's address and what the adapter reads from it, worked out again only when it changes. */
  let place: { href: string; url: URL; jobId: string | null; isJobPage: boolean } | null = null;
  const currentPlace = () => {
    const { href } = location;
    if (place?.href === href) return place;
    const url = new URL(href);
    const jobId = adapter.jobIdFrom(url);
    // A new job: the worker starts (if it stopped) while the site fetches the description.
    if (jobId && jobId !== place?.jobId) wakeWorker();
    place = { href, url, jobId, isJobPage: adapter.isJobPage(url) };
    return place;
  };

  const checkNow = () => {
    const { url, jobId, isJobPage } = currentPlace();
    if (settings.listMarks && listMarks.stale) {
      const wait = listRefreshedAt + LIST_REFRESH_MS - performance.now();
      if (wait <= 0) {
        listRefreshedAt = performance.now();
        listMarks.refresh(document);
      } else schedule(wait);
    }
    if (!isJobPage) return drop();
    const found = stillOnScreen(jobId, url) ?? adapter.readPosting(document, url);
    if (!found) {
      // The pane may still show the previous job; never leave its badge on the new one.
      if (current && current.key !== `${adapter.site}:${jobId}`) drop();
      return;
    }
    const key = `${found.site}:${found.jobId}`;
    const now = performance.now();
    if (!current || current.key !== key) {
      // The badge stays in the page and is moved if the title moved: cheaper than re-inserting it.
      leave();
      current = {
        key, jobId: found.jobId, found, title: found.titleElement.textContent ?? '', controller: null,
        since: now, analysed: '', touchedSinceSent: false, seen: '', waiting: false,
      };
      badge ??= new PostingBadge();
      badge.showJob(found.jobId);
    }
    const state = current;
    if (state.found !== found) Object.assign(state, { found, title: found.titleElement.textContent ?? '' });
    badge?.attach(found.titleElement);
    const text = found.descriptionElement.textContent ?? '';
    const print = fingerprint(text);
    state.seen = print;
    if (state.analysed === print) return;
    // A placeholder, or the last job's text still in the pane under the new title: wait for
    // the real text (a while; two jobs can share a description).
    const stale = previousJob !== null && previousJob.jobId !== state.jobId && previousJob.text === print;
    const waiting = text.length < MIN_DESCRIPTION_CHARS || stale;
    const waited = now - state.since;
    state.waiting = waiting && waited < PLACEHOLDER_PATIENCE_MS;
    if (state.waiting) schedule(PLACEHOLDER_PATIENCE_MS - waited);
    else show(state, found, text, print);
  };

  let dueAt = Infinity;
  const fire = () => {
    timer = undefined;
    dueAt = Infinity;
    check();
  };
  /** One timer: a sooner check replaces a later one, a later one waits for the sooner. */
  const schedule = (delay = 0) => {
    const at = performance.now() + delay;
    if (askedFor !== null) {
      askedFor = Math.min(askedFor, at);
      return;
    }
    if (timer !== undefined && dueAt <= at) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(fire, delay);
  };
  /**
   * After a check, the timer runs for the time it asked for, or not at all. Checks of a page
   * waiting for its text ask for the same time again and again: that timer is kept, since
   * clearing and setting one costs the page more than the rest of such a check.
   */
  const rearm = (at: number) => {
    if (timer !== undefined && Math.abs(dueAt - at) < 1) return;
    clearTimeout(timer);
    timer = undefined;
    dueAt = Infinity;
    if (at !== Infinity) {
      dueAt = at;
      timer = setTimeout(fire, Math.max(0, at - performance.now()));
    }
  };

  const onChange = () => schedule();
  /**
   * While a job waits for its text, with its title still on screen as found, changes that
   * only add a placeholder need no check: the text's arrival is a change of its own, and
   * the patience timer is running in case it never comes.
   */
  const stillWaiting = (records: readonly MutationRecord[]) => {
    if (!current?.waiting || location.href !== place?.href) return false;
    const { titleElement } = current.found;
    return titleElement.isConnected && titleElement.textContent === current.title && addsOnlyPlaceholders(records);
  };

  // The whole callback is measured, as a check when it runs one: reading the records is work too.
  const observer = new MutationObserver((records) => {
    const start = performance.now();
    const wait = lastCheckAt + MIN_CHECK_GAP_MS - start;
    listMarks.noteChanges(records);
    if (current?.controller && !current.touchedSinceSent) current.touchedSinceSent = touches(records, current.found.descriptionElement);
    if (stillWaiting(records)) measured('observe', () => undefined, start);
    else if (wait <= 0) check(start);
    else measured('observe', () => schedule(wait), start);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener('popstate', onChange);
  schedule(0);
  return () => {
    observer.disconnect();
    removeEventListener('popstate', onChange);
    clearTimeout(timer);
    stopFollowingWorker();
    drop();
    listMarks.removeAll(document);
  };
}
