// The background worker: owns the analysis engine (wink-nlp and its model load once per
// worker start) and answers analysis requests from this extension's own scripts only.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyzePosting } from '../core/engine';
import { isAnalyzeRequest, type AnalyzeResponse } from '../shared/messages';

function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender) || !isAnalyzeRequest(message)) return undefined;
  const answer = (): AnalyzeResponse => {
    try {
      return { ok: true, report: analyzePosting(message.posting) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return Promise.resolve(answer());
});
