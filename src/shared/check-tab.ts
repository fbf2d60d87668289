// Analyses a page that is not LinkedIn or Indeed, on the user's request (activeTab): the
// JSON-LD reader is injected only into that tab, only then.
import browser from 'webextension-polyfill';
import { adapterFor } from '../content/adapters';
import type { JsonLdCheckResult } from '../content/jsonld-main';

export async function checkTab(tabId: number): Promise<JsonLdCheckResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['jsonld.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as unknown as { truetitleCheckThisPage: () => Promise<unknown> }).truetitleCheckThisPage(),
  });
  return (result?.result as JsonLdCheckResult | undefined) ?? { found: false, error: 'the page did not answer' };
}

/** LinkedIn and Indeed are read automatically; other web pages can be checked on request. */
export function canCheck(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && !adapterFor(hostname);
  } catch {
    return false;
  }
}
