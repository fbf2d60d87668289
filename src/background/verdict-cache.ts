// Verdicts of postings already analysed, kept in storage.local so list cards can show
// them after a page load: bounded, oldest evicted first.
import browser from 'webextension-polyfill';
import type { VerdictSummary } from '../shared/verdict-summary';
import { pruneVerdictCache } from '../storage/retention';

const STORAGE_KEY = 'verdictCache.v1';
export const MAX_CACHED_VERDICTS = 2000;

type Cache = Record<string, VerdictSummary>;

let writes: Promise<unknown> = Promise.resolve();

// Kept in memory between analyses (each one adds a verdict); another writer invalidates it.
let memory: Cache | null = null;
browser.storage.onChanged?.addListener((changes, area) => {
  if (area === 'local' && STORAGE_KEY in changes) memory = null;
});

async function load(): Promise<Cache> {
  if (memory) return { ...memory };
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  memory = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Cache) : {};
  return { ...memory };
}

/** Keeps the newest entries when the cache is over its bound. */
export function evictOldest(cache: Cache, max = MAX_CACHED_VERDICTS): Cache {
  const entries = Object.entries(cache);
  if (entries.length <= max) return cache;
  entries.sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, max));
}

export function rememberVerdict(key: string, summary: VerdictSummary, retentionDays: number | null = null): Promise<void> {
  // Writes are chained so two analyses finishing together never overwrite each other.
  const next = writes.then(async () => {
    const cache = await load();
    cache[key] = summary;
    const next = evictOldest(pruneVerdictCache(cache, retentionDays, new Date()));
    await browser.storage.local.set({ [STORAGE_KEY]: next });
    memory = next;
  });
  writes = next.catch(() => undefined);
  return next;
}

export async function recallVerdicts(keys: readonly string[]): Promise<Cache> {
  const cache = await load();
  const found: Cache = {};
  for (const key of keys) if (cache[key]) found[key] = cache[key]!;
  return found;
}

export function forgetVerdicts(): Promise<void> {
  const next = writes.then(async () => {
    memory = null;
    await browser.storage.local.remove(STORAGE_KEY);
  });
  writes = next.catch(() => undefined);
  return next;
}
