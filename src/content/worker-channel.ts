// One long-lived connection to the background worker carries all of a tab's requests. A
// one-off runtime.sendMessage opens a fresh channel every time, which costs the page's
// main thread about a millisecond (measured in Chromium); a message on an open port costs
// a fraction of that. When the worker stops, the port closes: requests in flight fail (the
// callers retry) and the next request opens a new port, which wakes the worker.
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_PORT, isChannelReply, type ChannelReply } from '../shared/messages';

interface Connection {
  port: Runtime.Port;
  pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
}

let connection: Connection | null = null;
let nextId = 1;

function connect(): Connection {
  const opened: Connection = { port: browser.runtime.connect({ name: CONTENT_PORT }), pending: new Map() };
  opened.port.onMessage.addListener((reply: unknown) => {
    if (!isChannelReply(reply)) return;
    const waiting = opened.pending.get(reply.id);
    opened.pending.delete(reply.id);
    waiting?.resolve((reply as ChannelReply).response);
  });
  opened.port.onDisconnect.addListener(() => {
    if (connection === opened) connection = null;
    for (const waiting of opened.pending.values()) waiting.reject(new Error('the analysis worker stopped before answering'));
    opened.pending.clear();
  });
  return opened;
}

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
    try {
      connection ??= connect();
      const id = nextId++;
      connection.pending.set(id, { resolve, reject });
      connection.port.postMessage({ id, message });
    } catch (error) {
      // The extension was reloaded or updated under this page: its old scripts cannot talk to it.
      connection = null;
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
