// Older stored shapes upgraded, one version at a time, before validation sees them.
// Adding version 2 means writing one step from 1 and raising SCHEMA_VERSION.
import { isRecord, own } from './fields';
import { SCHEMA_VERSION } from './schema';

type Shape = Record<string, unknown>;
type Step = (old: Shape) => Shape;

/** epoch milliseconds (version 0) become ISO 8601; anything else is left for validation to judge. */
function isoFromEpoch(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * Version 0, the pre-release shape: `{ flagged: FlaggedPosting[] }` with epoch-millisecond
 * dates, no settings and no schemaVersion. Entries are keyed by their own site and job id;
 * a repeated key gets a suffix so no entry is lost here (validation merges the copies).
 */
const fromV0: Step = (old) => {
  const flagged: Shape = {};
  const list = own(old, 'flagged');
  (Array.isArray(list) ? list : []).forEach((entry: unknown, i) => {
    let key = `v0[${i}]`;
    let value = entry;
    if (isRecord(entry)) {
      value = { ...entry, firstSeen: isoFromEpoch(own(entry, 'firstSeen')), lastSeen: isoFromEpoch(own(entry, 'lastSeen')) };
      const site = own(entry, 'site');
      const jobId = own(entry, 'jobId');
      if (typeof site === 'string' && typeof jobId === 'string') key = `${site}:${jobId}`;
    }
    while (Object.hasOwn(flagged, key)) key += '+';
    flagged[key] = value;
  });
  return { schemaVersion: 1, flagged, dismissed: [] };
};

/** STEPS[n] upgrades version n to n + 1; the tests prove every older version reaches SCHEMA_VERSION. */
const STEPS: readonly Step[] = [fromV0];

/**
 * The schema version of a raw stored value: its schemaVersion, 0 for the pre-release shape,
 * or null when it is not a TrueTitle store at all.
 */
export function versionOf(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const version = own(raw, 'schemaVersion');
  if (version === undefined) return Array.isArray(own(raw, 'flagged')) ? 0 : null;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * Upgrades an older store to the current version. Current, newer and unrecognised values are
 * returned as they are, for validation to accept or report. The input is never modified.
 */
export function migrate(raw: unknown): unknown {
  const version = versionOf(raw);
  if (version === null || version >= SCHEMA_VERSION || !isRecord(raw)) return raw;
  let shape: Shape = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) shape = STEPS[v]!(shape);
  return shape;
}
