import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('./worker-channel', () => ({ askWorker: sendMessage }));
const { requestReport } = await import('./analyze');

const posting = { title: 'Marketing Director', description: 'Plan campaigns.' };
const report = { verdict: 'honest' };

describe('requestReport', () => {
  beforeEach(() => {
    sendMessage.mockReset();
    vi.useFakeTimers();
  });

  it('retries with back-off while the worker is restarting, then returns its report', async () => {
    sendMessage
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, report });
    const pending = requestReport(posting, new AbortController().signal);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe(report);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after its retries with the last error, for the error badge', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const pending = requestReport(posting, new AbortController().signal);
    const outcome = expect(pending).rejects.toThrow('Receiving end does not exist.');
    await vi.runAllTimersAsync();
    await outcome;
    expect(sendMessage).toHaveBeenCalledTimes(4);
  });

  it('does not retry when the engine itself answered with an error', async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'posting too large' });
    await expect(requestReport(posting, new AbortController().signal)).rejects.toThrow('posting too large');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('stops retrying when the user has left the posting', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const controller = new AbortController();
    const pending = requestReport(posting, controller.signal);
    const outcome = expect(pending).rejects.toBeDefined();
    controller.abort(new Error('left'));
    await vi.runAllTimersAsync();
    await outcome;
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
