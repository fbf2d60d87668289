// A backup of the flagged list that this or a later TrueTitle can import again, and the
// reader for it, which treats the file as untrusted as anything in storage.
import { localDate } from './csv';
import { isRecord, own } from './fields';
import { versionOf } from './migrate';
import { listFlagged } from './queries';
import { SCHEMA_VERSION, type FlaggedPosting, type StoreData } from './schema';
import { readStore } from './validate';

export const EXPORT_APP = 'TrueTitle';

export interface JsonExport {
  app: typeof EXPORT_APP;
  schemaVersion: typeof SCHEMA_VERSION;
  exportedAt: string;
  flagged: FlaggedPosting[];
}

/** Newest first, like the popup; pretty-printed so a person can read and diff a backup. */
export function toJsonExport(store: StoreData, now: Date): string {
  const data: JsonExport = {
    app: EXPORT_APP, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), flagged: listFlagged(store),
  };
  return JSON.stringify(data, null, 2);
}

/** `truetitle-flagged-2026-11-26.csv`: the user's local date, so files sort by day. */
export const exportFileName = (kind: 'csv' | 'json', now: Date) => `truetitle-flagged-${localDate(now)}.${kind}`;

export interface ImportResult {
  postings: FlaggedPosting[];
  problems: string[];
}

const fail = (problem: string): ImportResult => ({ postings: [], problems: [problem] });

/**
 * Reads an export (or a bare array of postings). Every entry is checked like stored data and
 * upgraded through the same migrations, so a backup from an older release still imports;
 * bad entries are reported and skipped, duplicates merged. Never throws.
 */
export function parseJsonImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`the file is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? own(data, 'flagged') : undefined;
  if (!Array.isArray(list)) return fail('the file is not a TrueTitle export: it has no list of flagged postings');
  const app = isRecord(data) ? own(data, 'app') : EXPORT_APP;
  if (app !== EXPORT_APP) return fail('the file is not a TrueTitle export');
  const declared = isRecord(data) ? own(data, 'schemaVersion') : undefined;
  // A bare array, or an export without a version, is read as the oldest shape: the version 0
  // step only converts epoch-millisecond dates, which leaves current postings as they are.
  const store = declared === undefined ? { flagged: list } : { schemaVersion: declared, flagged: keyed(list) };
  const version = versionOf(store);
  if (version === null) return fail('the file has an unreadable schema version');
  if (version > SCHEMA_VERSION) return fail(`exported by a newer TrueTitle (schema ${version}): update TrueTitle to import it`);
  const { store: read, problems } = readStore(store);
  return { postings: Object.values(read.flagged), problems };
}

/** Stored stores key postings by "site:jobId"; the key is only a label in messages, so the position will do. */
const keyed = (list: unknown[]) => Object.fromEntries(list.map((entry, i) => [`entry ${i + 1}`, entry]));
