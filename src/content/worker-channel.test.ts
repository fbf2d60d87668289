// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
interface FakePort { posted: unknown[]; reply(message: unknown): void; close(): void; postMessage(message: unknown): void; disconnect(): void; disconnected?: boolean }
const ports: FakePort[] = [];
const connect = vi.fn(() => {
  const messageListeners: Listener[] = [];
  const disconnectListeners: Array<() => void> = [];
  const port: FakePort & Record<string, unknown> = {
    posted: [],
    postMessage(message) { port.posted.push(message); },
    disconnect() { port.disconnected = true; },
    onMessage: { addListener: (listener: Listener) => messageListeners.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) },
    reply: (message) => messageListeners.forEach((listener) => listener(message)),
    close: () => disconnectListeners.forEach((listener) => listener()),
  };
  ports.push(port);
  return port;
});
const runtimeListeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({ default: { runtime: { connect, onMessage: { addListener: (listener: Listener) => runtimeListeners.push(listener) } } } }));
const { askWorker, onWorkerChange, REPLY_TIMEOUT_MS } = await import('./worker-channel');

const lastRequest = (port: FakePort) => port.posted[port.posted.length - 1] as { id: number; message: unknown };

describe('askWorker', () => {
  beforeEach(() => {
    for (const port of ports.splice(0)) port.close();
    connect.mockClear();
  });

  it('sends every request on one port and gives each caller its own answer', async () => {
    const first = askWorker({ type: 'a' });
    const second = askWorker({ type: 'b' });
    expect(connect).toHaveBeenCalledTimes(1);
    const [port] = ports;
    const [a, b] = port!.posted as Array<{ id: number; message: unknown }>;
    expect(a!.message).toEqual({ type: 'a' });
    port!.reply({ id: b!.id, response: 'for b' });
    port!.reply({ id: a!.id, response: 'for a' });
    await expect(first).resolves.toBe('for a');
    await expect(second).resolves.toBe('for b');
  });

  it('ignores replies that are not for a waiting request', async () => {
    const pending = askWorker({ type: 'a' });
    const port = ports[0]!;
    port.reply({ id: 999_999, response: 'stray' });
    port.reply('not a reply');
    port.reply({ id: lastRequest(port).id, response: 'mine' });
    await expect(pending).resolves.toBe('mine');
  });

  it('fails requests in flight when the worker stops, and reconnects for the next one', async () => {
    const pending = askWorker({ type: 'a' });
    ports[0]!.close();
    await expect(pending).rejects.toThrow('stopped before answering');
    const next = askWorker({ type: 'b' });
    expect(connect).toHaveBeenCalledTimes(2);
    const port = ports[1]!;
    port.reply({ id: lastRequest(port).id, response: 'again' });
    await expect(next).resolves.toBe('again');
  });

  it('rejects, rather than throws, when the extension can no longer be reached', async () => {
    connect.mockImplementationOnce(() => { throw new Error('Extension context invalidated.'); });
    await expect(askWorker({ type: 'a' })).rejects.toThrow('Extension context invalidated.');
  });

  it('fails every request waiting on a port that can no longer send, and reconnects for the next', async () => {
    const waiting = askWorker({ type: 'a' });
    const port = ports[0]!;
    port.postMessage = () => { throw new Error('Attempting to use a disconnected port object'); };
    await expect(askWorker({ type: 'b' })).rejects.toThrow('disconnected port');
    await expect(waiting).rejects.toThrow('disconnected port');
    expect(port.disconnected).toBe(true);
    void askWorker({ type: 'c' }).catch(() => undefined);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('rejects with the worker\'s reason when the worker failed to answer', async () => {
    const pending = askWorker({ type: 'a' });
    const port = ports[0]!;
    port.reply({ id: lastRequest(port).id, error: 'storage is unavailable' });
    await expect(pending).rejects.toThrow('storage is unavailable');
  });

  it('gives up on a request with no answer, and the next request opens a new port', async () => {
    vi.useFakeTimers();
    try {
      const pending = askWorker({ type: 'a' });
      const outcome = expect(pending).rejects.toThrow('did not answer');
      await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS + 1);
      await outcome;
      void askWorker({ type: 'b' }).catch(() => undefined);
      expect(connect).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes its port when the page goes into the back/forward cache, and reconnects after', async () => {
    const pending = askWorker({ type: 'a' });
    const port = ports[0]!;
    const hidden = new Event('pagehide') as Event & { persisted: boolean };
    Object.defineProperty(hidden, 'persisted', { value: true });
    dispatchEvent(hidden);
    await expect(pending).rejects.toThrow('back/forward cache');
    expect(port.disconnected).toBe(true);
    void askWorker({ type: 'b' }).catch(() => undefined);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('tells its listeners when the settings changed and when the port closed, until they stop listening', async () => {
    const changes = vi.fn();
    const stop = onWorkerChange(changes);
    const fromWorker = (message: unknown) => runtimeListeners.forEach((listener) => listener(message));
    const pending = askWorker({ type: 'a' });
    fromWorker({ notice: 'settings-changed' });
    expect(changes.mock.calls).toEqual([['settings']]);
    fromWorker({ notice: 'something else' });
    ports[0]!.reply({ notice: 'settings-changed' }); // only the worker's broadcast counts
    expect(changes).toHaveBeenCalledTimes(1);
    ports[0]!.close();
    await expect(pending).rejects.toThrow('stopped before answering');
    expect(changes.mock.calls).toEqual([['settings'], ['stopped']]);
    stop();
    fromWorker({ notice: 'settings-changed' });
    expect(changes).toHaveBeenCalledTimes(2);
  });
});
