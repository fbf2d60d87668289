import { beforeEach, describe, expect, it, vi } from 'vitest';
import { report, ref } from '../storage/fixtures';

let stored: Record<string, unknown> = {};
let failNextSet: Error | null = null;
/** Runs inside the next set(), before it completes: another writer's change at that moment. */
let duringNextSet: (() => void) | null = null;
const local = {
  get: vi.fn(async (key: string) => (key in stored ? { [key]: structuredClone(stored[key]) } : {})),
  set: vi.fn(async (items: Record<string, unknown>) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    const during = duringNextSet;
    duringNextSet = null;
    during?.();
    if (failNextSet) {
      const error = failNextSet;
      failNextSet = null;
      throw error;
    }
    stored = { ...stored, ...structuredClone(items) };
    // The browser tells every listener, the writer's own included.
    const [first, ...rest] = Object.keys(items);
    if (first) setTimeout(() => notifyChange(first, Object.fromEntries(rest.map((k) => [k, items[k]]))), Math.random() * 3);
  }),
};
const changeListeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];
/** What the browser does when anyone else writes to storage. */
const notifyChange = (key: string, items: Record<string, unknown> = {}) => changeListeners.forEach((listener) => listener(
  Object.fromEntries([key, ...Object.keys(items)].map((k) => [k, { newValue: items[k] }])), 'local'));
vi.mock('webextension-polyfill', () => ({ default: { storage: { local, onChanged: { addListener: (l: (typeof changeListeners)[number]) => changeListeners.push(l) } } } }));
const { readCurrent, STORE_KEY, updateStore } = await import('./store');
const { flag } = await import('../storage/flags');

beforeEach(() => {
  stored = {};
  failNextSet = null;
  notifyChange(STORE_KEY);
});

describe('updateStore', () => {
  it('reads again after another writer wrote while a write of ours was under way', async () => {
    await updateStore((s) => flag(s, ref({ jobId: '4000000001' }), report(), new Date()));
    await new Promise((resolve) => setTimeout(resolve, 10));
    duringNextSet = () => notifyChange(STORE_KEY); // someone else, while our set() is pending
    await updateStore((s) => flag(s, ref({ jobId: '4000000002' }), report(), new Date()));
    local.get.mockClear();
    await readCurrent();
    expect(local.get).toHaveBeenCalledOnce();
  });
  it('keeps its cache across its own writes, and reads again after another writer\'s', async () => {
    await updateStore((s) => flag(s, ref({ jobId: '4000000001' }), report(), new Date()));
    await new Promise((resolve) => setTimeout(resolve, 10)); // the change events have arrived
    local.get.mockClear();
    await updateStore((s) => flag(s, ref({ jobId: '4000000002' }), report(), new Date()));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(Object.keys((await readCurrent()).store.flagged)).toHaveLength(2);
    expect(local.get).not.toHaveBeenCalled();
    notifyChange(STORE_KEY);
    await readCurrent();
    expect(local.get).toHaveBeenCalledOnce();
  });

  it('loses nothing when many tabs flag postings at the same moment', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) =>
      updateStore((s) => flag(s, ref({ jobId: String(4000000000 + i) }), report(), new Date()))));
    expect(Object.keys((await readCurrent()).store.flagged)).toHaveLength(25);
  });

  it('reports a full storage quota in words, keeps what was stored, and goes on working', async () => {
    await updateStore((s) => flag(s, ref({ jobId: '4000000001' }), report(), new Date()));
    failNextSet = new Error('QUOTA_BYTES quota exceeded');
    await expect(updateStore((s) => flag(s, ref({ jobId: '4000000002' }), report(), new Date()))).rejects.toThrow('Storage is full');
    expect(Object.keys((await readCurrent()).store.flagged)).toEqual(['linkedin:4000000001']);
    await updateStore((s) => flag(s, ref({ jobId: '4000000003' }), report(), new Date()));
    expect(Object.keys((await readCurrent()).store.flagged).sort()).toEqual(['linkedin:4000000001', 'linkedin:4000000003']);
  });

  it('skips corrupted entries, reports them, and keeps the good ones', async () => {
    await updateStore((s) => flag(s, ref({ jobId: '4000000001' }), report(), new Date()));
    const raw = stored[STORE_KEY] as { flagged: Record<string, unknown> };
    raw.flagged['linkedin:bad'] = { title: 42 };
    notifyChange(STORE_KEY);
    const { store, problems } = await readCurrent();
    expect(Object.keys(store.flagged)).toEqual(['linkedin:4000000001']);
    expect(problems.join(' ')).toMatch(/skipped/);
  });

  it('never overwrites data written by a newer TrueTitle', async () => {
    stored[STORE_KEY] = { schemaVersion: 99, flagged: {} };
    notifyChange(STORE_KEY);
    await expect(updateStore((s) => flag(s, ref(), report(), new Date()))).rejects.toThrow(/newer TrueTitle/);
    expect(stored[STORE_KEY]).toEqual({ schemaVersion: 99, flagged: {} });
  });
});
