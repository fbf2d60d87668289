// The one way stored data is read: migrated, checked field by field, and reported on.
// Whatever is in storage, the popup gets a usable store and a list of what was wrong.
import { isRecord, own } from './fields';
import { mergePosting } from './merge';
import { migrate, versionOf } from './migrate';
import { LIMITS, SCHEMA_VERSION, emptyStore, postingKeyOf, type FlaggedPosting, type StoreData } from './schema';
import { validatePosting } from './validate-posting';
import { readSettings } from './validate-settings';

export interface ReadResult {
  store: StoreData;
  /** one human-readable message per skipped entry or defaulted setting */
  problems: string[];
  /** true when the data came from a newer TrueTitle: callers must not write the store back */
  readOnly: boolean;
}

/**
 * Validated postings keyed by their own site and job id, whatever key they were stored
 * under; two entries for one posting are merged rather than one silently dropped.
 */
export function readFlagged(raw: unknown, problems: string[]): Record<string, FlaggedPosting> {
  const flagged: Record<string, FlaggedPosting> = {};
  if (raw === undefined) return flagged;
  if (!isRecord(raw)) {
    problems.push('the flagged postings are not a list of postings: none were read');
    return flagged;
  }
  let count = 0;
  for (const [where, entry] of Object.entries(raw)) {
    const result = validatePosting(entry, where);
    if ('problem' in result) { problems.push(result.problem); continue; }
    const key = postingKeyOf(result.posting);
    const existing = flagged[key];
    if (existing) { flagged[key] = mergePosting(existing, result.posting); continue; }
    if (count === LIMITS.flagged) {
      problems.push(`more than ${LIMITS.flagged} flagged postings: the rest were skipped`);
      break;
    }
    flagged[key] = result.posting;
    count++;
  }
  return flagged;
}

function readDismissed(raw: unknown, problems: string[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('the list of unflagged postings is not a list: it was reset');
    return [];
  }
  const keys = raw.filter((key): key is string => typeof key === 'string' && key.length <= LIMITS.site + LIMITS.jobId + 1);
  if (keys.length < raw.length) problems.push(`${raw.length - keys.length} unreadable unflagged-posting keys dropped`);
  return [...new Set(keys)].slice(-LIMITS.dismissed);
}

/** Never throws. `raw` is whatever storage returned; undefined (a fresh install) is an empty store. */
export function readStore(raw: unknown): ReadResult {
  if (raw === undefined || raw === null) return { store: emptyStore(), problems: [], readOnly: false };
  const version = versionOf(raw);
  if (version === null) {
    return { store: emptyStore(), problems: ['the stored data is not a TrueTitle store: starting empty'], readOnly: false };
  }
  if (version > SCHEMA_VERSION) {
    const message = `stored by a newer TrueTitle (schema ${version}): not read, not overwritten`;
    return { store: emptyStore(), problems: [message], readOnly: true };
  }
  const data = migrate(raw);
  if (!isRecord(data)) return { store: emptyStore(), problems: ['the stored data could not be upgraded: starting empty'], readOnly: false };
  const problems: string[] = [];
  const flagged = readFlagged(own(data, 'flagged'), problems);
  const dismissed = readDismissed(own(data, 'dismissed'), problems);
  const { settings, problems: settingProblems } = readSettings(own(data, 'settings'));
  return {
    store: { schemaVersion: SCHEMA_VERSION, flagged, dismissed, settings },
    problems: [...problems, ...settingProblems],
    readOnly: false,
  };
}
