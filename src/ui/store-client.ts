// The popup's and options page's way to the stored data: every read and write goes
// through the background worker, the data's one writer.
import browser from 'webextension-polyfill';
import type { StoreResponse } from '../background/handlers';
import type { StoreMessage } from '../shared/messages';

/** Chrome's answer while a worker it has just stopped is not yet started again. */
const NOT_YET_STARTED = /Receiving end does not exist/i;
/** About 10 s in all: Chrome can keep a worker it stopped out of reach for 7 s or more. */
const RETRY_DELAYS_MS = [100, 300, 900, 2000, 3000, 4000];

/**
 * Sends a message to the background worker and returns its answer. A page opened just as
 * Chrome restarts the worker is refused for a while: it asks again, with growing pauses.
 */
export async function askBackground(message: object): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !NOT_YET_STARTED.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export async function storeRequest(message: StoreMessage): Promise<StoreResponse> {
  try {
    const response = (await askBackground(message)) as StoreResponse | undefined;
    return response ?? { ok: false, error: 'TrueTitle’s background worker did not answer; try again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export type { StoreResponse };
