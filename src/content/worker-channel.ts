// One long-lived connection to the background worker carries all of a tab's requests. A
// one-off runtime.sendMessage opens a fresh channel every time, which costs the page's
// main thread about a millisecond (measured in Chromium); a message on an open port costs
// a fraction of that. When the worker stops, the port closes: requests in flight fail (the
// callers retry) and the next request opens a new port, which wakes the worker.
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_PORT, isChannelReply, isSettingsChangedNotice } from '../shared/messages';

/** A request with no answer by then is given up (the first, cold analysis takes under a second). */
export const REPLY_TIMEOUT_MS = 15_000;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** performance.now() after which the request is given up */
  deadline: number;
}

interface Connection {
  port: Runtime.Port;
  pending: Map<number, Waiting>;
}

let connection: Connection | null = null;
let nextId = 1;

/** Why what the worker would answer may have changed: the user's settings did, or it stopped. */
export type WorkerChange = 'settings' | 'stopped';

const changeListeners = new Set<(change: WorkerChange) => void>();
const workerChanged = (change: WorkerChange) => {
  for (const listener of changeListeners) listener(change);
};

/**
 * Calls `listener` when the user's settings change (the worker tells every tab), and
 * whenever the port closes: the worker then stopped, and this tab may have missed what
 * changed meanwhile. Returns a function that stops the calls.
 */
export function onWorkerChange(listener: (change: WorkerChange) => void): () => void {
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
  };
}

// The worker's word reaches every tab this way, with a port open or not.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (isSettingsChangedNotice(message)) workerChanged('settings');
});

/**
 * One timer gives up on unanswered requests, for all of them: a timer set and cleared per
 * request would cost the page more than sending it. It runs while requests wait.
 */
let sweepTimer: ReturnType<typeof setTimeout> | undefined;

/** Fails every request still waiting on this port and forgets the port. */
function close(closed: Connection, reason: string): void {
  if (connection === closed) {
    connection = null;
    clearTimeout(sweepTimer); // nothing waits on a port that is gone
    sweepTimer = undefined;
    workerChanged('stopped');
  }
  for (const waiting of closed.pending.values()) waiting.reject(new Error(reason));
  closed.pending.clear();
}

/** Closes the port from our side as well: the worker is told, and late answers are not computed for nothing. */
function abandon(port: Connection, reason: string): void {
  close(port, reason);
  try {
    port.port.disconnect();
  } catch {
    // Already closed.
  }
}

function watchDeadlines(): void {
  if (sweepTimer !== undefined || !connection?.pending.size) return;
  let soonest = Infinity;
  for (const waiting of connection.pending.values()) soonest = Math.min(soonest, waiting.deadline);
  sweepTimer = setTimeout(sweep, Math.max(0, soonest - performance.now()));
}

function sweep(): void {
  sweepTimer = undefined;
  const swept = connection;
  if (!swept) return;
  const now = performance.now();
  let expired = false;
  for (const [id, waiting] of swept.pending) {
    if (waiting.deadline > now) continue;
    swept.pending.delete(id);
    waiting.reject(new Error('the analysis worker did not answer'));
    expired = true;
  }
  // A port that swallows requests is no use: drop it, and the next request reconnects.
  if (expired) abandon(swept, 'the analysis worker did not answer');
  watchDeadlines();
}

function connect(): Connection {
  const opened: Connection = { port: browser.runtime.connect({ name: CONTENT_PORT }), pending: new Map() };
  opened.port.onMessage.addListener((reply: unknown) => {
    if (!isChannelReply(reply)) return;
    const waiting = opened.pending.get(reply.id);
    if (!waiting) return;
    opened.pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.response);
  });
  opened.port.onDisconnect.addListener(() => {
    // Read, so Chrome does not log it as unchecked: the worker stopped, or the page went
    // into the back/forward cache. Either way the next request opens a new port.
    void (globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime?.lastError;
    close(opened, 'the analysis worker stopped before answering');
  });
  return opened;
}

// A page put in the back/forward cache loses its ports, and is not always told when it
// comes back: close ours on the way in, so the restored page starts afresh.
addEventListener('pagehide', (event) => {
  if (!event.persisted || !connection) return;
  abandon(connection, 'the page was put in the back/forward cache');
});

/**
 * Starts the worker, if it is not running, and has it load the engine: called when the
 * page moves to another job, before the site has fetched the description. Free when the
 * worker is running (the port is open).
 */
export function wakeWorker(): void {
  if (!connection) askWorker({ type: 'truetitle/warm' }).catch(() => undefined);
}

/** Sends a request to the worker; resolves with its answer (undefined if it had none). */
export function askWorker(message: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let opened: Connection | null = null;
    const id = nextId++;
    try {
      opened = connection ??= connect();
      opened.pending.set(id, { resolve, reject, deadline: performance.now() + REPLY_TIMEOUT_MS });
      opened.port.postMessage({ id, message });
      watchDeadlines();
    } catch (error) {
      // The extension was reloaded or updated under this page, or the port had closed: the
      // port is of no more use, and requests still waiting on it fail now, not never.
      const failure = error instanceof Error ? error : new Error(String(error));
      if (opened) {
        opened.pending.delete(id);
        abandon(opened, failure.message);
      } else connection = null;
      reject(failure);
    }
  });
}
