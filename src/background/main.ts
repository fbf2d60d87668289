// The background worker: owns the analysis engine (wink-nlp and its model load once per
// worker start) and the stored data, and answers this extension's own scripts only: a
// message from any other sender, or of any other shape, is ignored.
import browser, { type Runtime } from 'webextension-polyfill';
import { isAnalyzeRequest, isContentSettingsRequest, isFlagMessage, isStoreMessage, isVerdictsRequest, type VerdictsResponse } from '../shared/messages';
import { analyze, contentSettings, onFlagMessage, onStoreMessage } from './handlers';
import { recallVerdicts } from './verdict-cache';

function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup and options page are extension pages; content scripts run in web pages. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return fromThisExtension(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

async function verdicts(keys: string[]): Promise<VerdictsResponse> {
  try {
    return { ok: true, verdicts: await recallVerdicts(keys) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender)) return undefined;
  if (isAnalyzeRequest(message)) return analyze(message.posting, fromExtensionPage(sender) ? message.thresholds : undefined);
  if (isContentSettingsRequest(message)) return contentSettings(message.site);
  if (isVerdictsRequest(message)) return verdicts(message.keys);
  if (isFlagMessage(message)) return onFlagMessage(message);
  // Reading, importing or deleting everything is for the extension's own pages only.
  if (isStoreMessage(message) && fromExtensionPage(sender)) return onStoreMessage(message);
  return undefined;
});
