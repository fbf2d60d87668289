// The one writer of TrueTitle's stored data. Every change is a pure function of the
// current store (src/storage), applied in a queue, so changes from several tabs and the
// popup never overwrite each other; data from a newer TrueTitle is never overwritten.
import browser from 'webextension-polyfill';
import type { StoreData } from '../storage/schema';
import { readStore, type ReadResult } from '../storage/validate';

export const STORE_KEY = 'store';

let queue: Promise<unknown> = Promise.resolve();

// The validated store, kept between messages: every analysis reads the settings, and
// validating thousands of flagged postings each time would delay every verdict.
// Another writer (an older worker, a test) invalidates it; our own writes keep it, since
// the cache already holds what was written (re-reading would put ~30 ms of validation in
// front of the next verdict after every auto-flag).
let cached: ReadResult | null = null;
/** Each of our writes carries a stamp beside the store; a change without one of ours is another writer's. */
const REVISION_KEY = 'storeRevision';
const WRITER = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
let revision = 0;
const ownStamps = new Set<string>();
/** Counts other writers' changes, so a write of ours that raced one does not restore a stale cache. */
let foreignChanges = 0;
browser.storage.onChanged?.addListener((changes, area) => {
  if (area !== 'local' || !(STORE_KEY in changes)) return;
  const stamp = (changes[REVISION_KEY] as { newValue?: unknown } | undefined)?.newValue;
  if (typeof stamp === 'string' && ownStamps.delete(stamp)) return;
  foreignChanges++;
  cached = null;
});

export async function readCurrent(): Promise<ReadResult> {
  cached ??= readStore((await browser.storage.local.get(STORE_KEY))[STORE_KEY]);
  return cached;
}

export class StoreError extends Error {}

/** Runs a change after every change before it; resolves with the stored result. */
export function updateStore(change: (store: StoreData) => StoreData): Promise<ReadResult> {
  const run = queue.then(async () => {
    const current = await readCurrent();
    if (current.readOnly) throw new StoreError(current.problems[0] ?? 'the stored data is from a newer TrueTitle');
    const next = change(current.store);
    if (next === current.store) return current;
    const stamp = `${WRITER}:${++revision}`;
    const foreignBefore = foreignChanges;
    try {
      ownStamps.add(stamp);
      await browser.storage.local.set({ [STORE_KEY]: next, [REVISION_KEY]: stamp });
      cached = foreignChanges === foreignBefore ? { ...current, store: next } : null;
    } catch (error) {
      ownStamps.delete(stamp);
      cached = null;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreError(/quota/i.test(message) ? 'Storage is full: export and delete some flagged postings, then try again.' : `Could not save: ${message}`);
    }
    return { ...current, store: next };
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function bytesInUse(): Promise<number | null> {
  const area = browser.storage.local as unknown as { getBytesInUse?: (keys?: null) => Promise<number> };
  return typeof area.getBytesInUse === 'function' ? area.getBytesInUse(null) : null;
}
