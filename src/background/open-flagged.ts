// Opens the flagged-postings list (the popup's page, laid out for a tab) next to the tab
// the user asked from. The address is fixed here: nothing in the message chooses it.
import browser from 'webextension-polyfill';
import type { OpenFlaggedResponse } from '../shared/messages';

export const FLAGGED_PAGE = 'src/ui/popup/popup.html?view=tab';

export async function openFlaggedList(opener: { index?: number } | undefined): Promise<OpenFlaggedResponse> {
  try {
    // Not openerTabId: Firefox for Android refuses it.
    await browser.tabs.create({ url: browser.runtime.getURL(FLAGGED_PAGE), ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}) });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
