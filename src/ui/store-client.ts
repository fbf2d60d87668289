// The popup's and options page's way to the stored data: every read and write goes
// through the background worker, the data's one writer.
import browser from 'webextension-polyfill';
import type { StoreResponse } from '../background/handlers';
import type { StoreMessage } from '../shared/messages';

export async function storeRequest(message: StoreMessage): Promise<StoreResponse> {
  try {
    const response = (await browser.runtime.sendMessage(message)) as StoreResponse | undefined;
    return response ?? { ok: false, error: 'TrueTitle’s background worker did not answer; try again.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export type { StoreResponse };
