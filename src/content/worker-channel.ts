// One long-lived connection to the background worker carries all of a tab's requests. A
// one-off runtime.sendMessage opens a fresh channel every time, which costs the page's
// main thread about a millisecond (measured in Chromium); a message on an open port costs
// a fraction of that. When the worker stops, the port closes: requests in flight fail (the
// callers retry) and the next request opens a new port, which wakes the worker.
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_PORT, isChannelReply } from '../shared/messages';

/** A request with no answer by then is given up (the first, cold analysis takes under a second). */
export const REPLY_TIMEOUT_MS = 15_000;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Connection {
  port: Runtime.Port;
  pending: Map<number, Waiting>;
}

let connection: Connection | null = null;
let nextId = 1;

/** Fails every request still waiting on this port and forgets the port. */
function close(closed: Connection, reason: string): void {
  if (connection === closed) connection = null;
  for (const waiting of closed.pending.values()) {
    clearTimeout(waiting.timer);
    waiting.reject(new Error(reason));
  }
  closed.pending.clear();
}

function connect(): Connection {
  const opened: Connection = { port: browser.runtime.connect({ name: CONTENT_PORT }), pending: new Map() };
  opened.port.onMessage.addListener((reply: unknown) => {
    if (!isChannelReply(reply)) return;
    const waiting = opened.pending.get(reply.id);
    if (!waiting) return;
    opened.pending.delete(reply.id);
    clearTimeout(waiting.timer);
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
  const leaving = connection;
  close(leaving, 'the page was put in the back/forward cache');
  try {
    leaving.port.disconnect();
  } catch {
    // Already closed.
  }
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
      const timer = setTimeout(() => {
        // A port that swallows requests is no use: drop it, and the next request reconnects.
        if (opened?.pending.delete(id)) {
          reject(new Error('the analysis worker did not answer'));
          if (connection === opened) connection = null;
          // The worker is told, and a late answer to this request is not computed for nothing.
          try {
            opened.port.disconnect();
          } catch {
            // Already closed.
          }
        }
      }, REPLY_TIMEOUT_MS);
      opened.pending.set(id, { resolve, reject, timer });
      opened.port.postMessage({ id, message });
    } catch (error) {
      // The extension was reloaded or updated under this page, or the port had closed.
      if (opened) {
        clearTimeout(opened.pending.get(id)?.timer);
        opened.pending.delete(id);
        if (connection === opened) connection = null;
      } else connection = null;
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
