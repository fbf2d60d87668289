// Asks the background worker for a report. The MV3 worker may be asleep or restarting, so
// a failed call is retried with back-off before the badge shows an error.
import type { Posting, Report } from '../core/types';
import { analyzeRequest, type AnalyzeResponse } from '../shared/messages';
import { askWorker } from './worker-channel';

const RETRY_DELAYS_MS = [150, 600, 1500];

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    reject(signal.reason);
  }, { once: true });
});

export async function requestReport(posting: Posting, signal: AbortSignal): Promise<Report> {
  let lastError: unknown = new Error('no answer from the analysis worker');
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    signal.throwIfAborted();
    try {
      const response = (await askWorker(analyzeRequest(posting))) as AnalyzeResponse | undefined;
      if (response?.ok) return response.report;
      lastError = new Error(response ? response.error : 'no answer from the analysis worker');
      if (response) break; // the engine answered with an error: retrying gives the same answer
    } catch (error) {
      lastError = error;
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) break;
    await sleep(delay, signal);
  }
  throw lastError;
}
