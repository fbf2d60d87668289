// The background worker: owns the analysis engine (wink-nlp and its model load once per
// worker start) and answers requests from this extension's own scripts only.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyzePosting } from '../core/engine';
import { isAnalyzeRequest, isVerdictsRequest, type AnalyzeResponse, type VerdictsResponse } from '../shared/messages';
import { postingKey, summarise } from '../shared/verdict-summary';
import { recallVerdicts, rememberVerdict } from './verdict-cache';

function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function analyze(message: Parameters<typeof analyzePosting>[0]): Promise<AnalyzeResponse> {
  try {
    const report = analyzePosting(message);
    if (message.site && message.jobId) {
      rememberVerdict(postingKey(message.site, message.jobId), summarise(report, Date.now())).catch(() => undefined);
    }
    return { ok: true, report };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

async function verdicts(keys: string[]): Promise<VerdictsResponse> {
  try {
    return { ok: true, verdicts: await recallVerdicts(keys) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender)) return undefined;
  if (isAnalyzeRequest(message)) return analyze(message.posting);
  if (isVerdictsRequest(message)) return verdicts(message.keys);
  return undefined;
});
