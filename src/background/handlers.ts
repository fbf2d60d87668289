// What the worker does for each message; main.ts routes and checks the sender first.
import { analyzePosting } from '../core/engine';
import type { Thresholds } from '../core/thresholds';
import type { Posting } from '../core/types';
import { clearFlagged, flag, mergeImported, recordAnalysis, setCorrection, setNote, unflag } from '../storage/flags';
import { parseJsonImport } from '../storage/json-export';
import { emptyStore, postingKeyOf, type StoreData } from '../storage/schema';
import { readSettings } from '../storage/validate-settings';
import { postingRef, type AnalyzeResponse, type ContentSettings, type FlagMessage, type FlagStateResponse, type StoreMessage } from '../shared/messages';
import { postingKey, summarise } from '../shared/verdict-summary';
import { bytesInUse, readCurrent, StoreError, updateStore } from './store';
import { forgetVerdicts, rememberVerdict } from './verdict-cache';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));


/** A small posting run through the whole pipeline, so the first real one finds it all loaded. */
const WARM_UP_POSTING: Posting = { title: 'Marketing Manager', description: '<ul><li>Plan and run our campaigns with the sales team.</li></ul>' };

export async function warmUp(): Promise<{ ok: true }> {
  await readCurrent().catch(() => undefined);
  analyzePosting(WARM_UP_POSTING);
  return { ok: true };
}

export async function analyze(posting: Posting, trial?: Thresholds): Promise<AnalyzeResponse> {
  try {
    const { store } = await readCurrent();
    const report = analyzePosting(posting, { thresholds: trial ?? store.settings.thresholds });
    // A trial (the options page's example) is not a posting the user saw: nothing is kept.
    // A trial, or a posting with no identity, is nothing to remember.
    const ref = trial || !posting.site || !posting.jobId ? null : postingRef(posting);
    if (ref) {
      rememberVerdict(postingKey(ref.site, ref.jobId), summarise(report, Date.now()), store.settings.retentionDays).catch(() => undefined);
      // Auto-flag and keep flagged postings up to date; a storage fault must not cost the verdict.
      updateStore((s) => recordAnalysis(s, ref, report, new Date())).catch(() => undefined);
    }
    return { ok: true, report };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

function flagState(store: StoreData, key: string): FlagStateResponse {
  const posting = store.flagged[key];
  return { ok: true, flagged: !!posting, correction: posting?.correction ? { verdict: posting.correction.verdict, comment: posting.correction.comment } : null };
}

export async function onFlagMessage(message: FlagMessage): Promise<FlagStateResponse> {
  try {
    if (message.type === 'truetitle/flag-state') return flagState((await readCurrent()).store, message.key);
    const key = postingKeyOf(message.posting);
    const now = new Date();
    const { store } = await updateStore((s) => {
      if (message.type === 'truetitle/set-flag') return message.flagged ? flag(s, message.posting, message.report, now) : unflag(s, key);
      // A correction is kept with the posting, so correcting one flags it.
      const flagged = s.flagged[key] ? s : flag(s, message.posting, message.report, now);
      return setCorrection(flagged, key, message.correction && { ...message.correction, at: now.toISOString() });
    });
    return flagState(store, key);
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

export type StoreResponse =
  | { ok: true; store: StoreData; problems: string[]; readOnly: boolean; bytesInUse: number | null; imported?: number }
  | { ok: false; error: string };

export async function onStoreMessage(message: StoreMessage): Promise<StoreResponse> {
  try {
    let imported: number | undefined;
    const problems: string[] = [];
    const result = await (async () => {
      switch (message.type) {
        case 'truetitle/store-read': return readCurrent();
        case 'truetitle/unflag': return updateStore((s) => unflag(s, message.key));
        case 'truetitle/note': return updateStore((s) => setNote(s, message.key, message.note));
        case 'truetitle/clear-flagged': return updateStore(clearFlagged);
        case 'truetitle/delete-all':
          await forgetVerdicts();
          return updateStore(() => emptyStore());
        case 'truetitle/settings': {
          const read = readSettings(message.settings);
          problems.push(...read.problems);
          return updateStore((s) => ({ ...s, settings: read.settings }));
        }
        case 'truetitle/import': {
          const parsed = parseJsonImport(message.text);
          problems.push(...parsed.problems);
          imported = parsed.postings.length;
          return updateStore((s) => mergeImported(s, parsed.postings));
        }
      }
    })();
    return { ok: true, store: result.store, problems: [...result.problems, ...problems], readOnly: result.readOnly, bytesInUse: await bytesInUse(), ...(imported !== undefined ? { imported } : {}) };
  } catch (error) {
    return { ok: false, error: error instanceof StoreError ? error.message : `Something went wrong: ${errorText(error)}` };
  }
}

export async function contentSettings(site: string): Promise<ContentSettings> {
  const { settings } = (await readCurrent()).store;
  const enabled = site === 'linkedin' ? settings.sites.linkedin : site === 'indeed' ? settings.sites.indeed : true;
  return { enabled, listMarks: settings.listMarks, highlightByDefault: settings.highlightByDefault };
}
