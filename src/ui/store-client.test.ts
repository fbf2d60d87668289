// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));
const { askBackground, storeRequest } = await import('./store-client');

const refused = () => new Error('Could not establish connection. Receiving end does not exist.');

describe('askBackground', () => {
  afterEach(() => {
    sendMessage.mockReset();
    vi.useRealTimers();
  });

  it('asks again while Chrome has not yet restarted the worker', async () => {
    vi.useFakeTimers();
    sendMessage.mockRejectedValueOnce(refused()).mockRejectedValueOnce(refused()).mockResolvedValueOnce({ ok: true });
    const answer = askBackground({ type: 'truetitle/store-read' });
    await vi.runAllTimersAsync();
    await expect(answer).resolves.toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after a few tries, and never retries other errors', async () => {
    vi.useFakeTimers();
    sendMessage.mockRejectedValue(refused());
    const answer = expect(askBackground({ type: 'x' })).rejects.toThrow('Receiving end does not exist');
    await vi.runAllTimersAsync();
    await answer;
    expect(sendMessage).toHaveBeenCalledTimes(7);

    sendMessage.mockReset().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(askBackground({ type: 'x' })).rejects.toThrow('invalidated');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('turns a failure into a clear answer for the store', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(storeRequest({ type: 'truetitle/store-read' } as never)).resolves.toEqual({ ok: false, error: 'Extension context invalidated.' });
  });
});
