// The background worker: owns the analysis engine (wink-nlp and its model load once per
// worker start) and the stored data, and answers this extension's own scripts only: a
// message from any other sender, or of any other shape, is ignored.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  CONTENT_PORT, isAnalyzeRequest, isChannelRequest, isContentSettingsRequest, isFlagMessage, isOpenFlaggedRequest, isStoreMessage, isVerdictsRequest,
  isWarmRequest, SETTINGS_CHANGED, type ChannelReply, type VerdictsResponse,
} from '../shared/messages';
import { settingsChanged } from '../storage/settings-change';
import { analyze, contentSettings, onFlagMessage, onStoreMessage, warmUp } from './handlers';
import { openFlaggedList } from './open-flagged';
import * as senders from './senders';
import { STORE_KEY } from './store';
import { recallVerdicts } from './verdict-cache';

const thisExtension = (): senders.Self => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('') });
const fromThisExtension = (sender: Runtime.MessageSender) => senders.fromThisExtension(sender, thisExtension());
/** The popup and options page are extension pages; content scripts run in web pages. */
const fromExtensionPage = (sender: Runtime.MessageSender) => senders.fromExtensionPage(sender, thisExtension());
const fromContentScript = (sender: Runtime.MessageSender) => senders.fromContentScript(sender, thisExtension());

async function verdicts(keys: string[]): Promise<VerdictsResponse> {
  try {
    return { ok: true, verdicts: await recallVerdicts(keys) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The answer to one message, or undefined for a message this sender may not send. */
function answer(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!fromThisExtension(sender)) return undefined;
  if (isAnalyzeRequest(message)) return analyze(message.posting, fromExtensionPage(sender) ? message.thresholds : undefined);
  if (isContentSettingsRequest(message)) return contentSettings(message.site);
  if (isWarmRequest(message)) return warmUp();
  if (isVerdictsRequest(message)) return verdicts(message.keys);
  if (isFlagMessage(message)) return onFlagMessage(message);
  if (isOpenFlaggedRequest(message) && (fromContentScript(sender) || fromExtensionPage(sender))) return openFlaggedList(sender.tab);
  // Reading, importing or deleting everything is for the extension's own pages only.
  if (isStoreMessage(message) && fromExtensionPage(sender)) return onStoreMessage(message);
  return undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

// Pages remember verdicts and run with the settings they were given: every tab is told when
// the settings change (tabs without our content script refuse the message, and are skipped).
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !settingsChanged(changes[STORE_KEY])) return;
  browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, SETTINGS_CHANGED).catch(() => undefined);
  }, () => undefined);
});

// Content scripts keep a port open (cheaper for the page than a message each time); every
// request on it gets a reply, so no caller waits for ever.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== CONTENT_PORT || !port.sender || !fromThisExtension(port.sender)) {
    port.disconnect();
    return;
  }
  const sender = port.sender;
  port.onMessage.addListener((request: unknown) => {
    if (!isChannelRequest(request)) return;
    const reply = (message: ChannelReply) => {
      try {
        port.postMessage(message);
      } catch {
        // The tab went away before the answer was ready.
      }
    };
    Promise.resolve(answer(request.message, sender)).then(
      (response) => reply({ id: request.id, response }),
      (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
});
