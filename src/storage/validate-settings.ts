// Settings read from storage. A wrong-typed setting falls back to its default on its own,
// with a message, so one bad value never resets the user's other choices.
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/thresholds';
import { isRecord, own } from './fields';
import { DEFAULT_SETTINGS, type Settings } from './schema';

type Check = (value: unknown) => boolean;

const isBoolean: Check = (v) => typeof v === 'boolean';
const isRatio: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const isNonNegative: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRetention: Check = (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0);

const THRESHOLD_CHECKS: Record<keyof Thresholds, Check> = {
  minDutyWeight: isNonNegative,
  minFamilyWeight: isNonNegative,
  salesRatio: isRatio,
  marketingRatio: isRatio,
  otherShare: isRatio,
  redFlagWeight: isNonNegative,
  redFlagVerdict: isNonNegative,
};

const show = (value: unknown) => JSON.stringify(value);

/** Missing fields take their default silently (a setting added by a later release); wrong ones are reported. */
function pick<T>(obj: Record<string, unknown>, name: string, check: Check, fallback: T, problems: string[], at = ''): T {
  const value = own(obj, name);
  if (value === undefined) return fallback;
  if (check(value)) return value as T;
  problems.push(`setting ${at}${name} is not valid: using the default (${show(fallback)})`);
  return fallback;
}

function section(raw: unknown, name: string, problems: string[]): Record<string, unknown> {
  if (raw === undefined) return {};
  if (isRecord(raw)) return raw;
  problems.push(`setting ${name} is not an object: using the defaults`);
  return {};
}

export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const s = section(raw, 'settings', problems);
  const sites = section(own(s, 'sites'), 'sites', problems);
  const limits = section(own(s, 'thresholds'), 'thresholds', problems);
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(THRESHOLD_CHECKS) as (keyof Thresholds)[]) {
    thresholds[key] = pick(limits, key, THRESHOLD_CHECKS[key], DEFAULT_THRESHOLDS[key], problems, 'thresholds.');
  }
  const d = DEFAULT_SETTINGS;
  const settings: Settings = {
    autoFlagMislabeled: pick(s, 'autoFlagMislabeled', isBoolean, d.autoFlagMislabeled, problems),
    listMarks: pick(s, 'listMarks', isBoolean, d.listMarks, problems),
    highlightByDefault: pick(s, 'highlightByDefault', isBoolean, d.highlightByDefault, problems),
    sites: {
      linkedin: pick(sites, 'linkedin', isBoolean, d.sites.linkedin, problems, 'sites.'),
      indeed: pick(sites, 'indeed', isBoolean, d.sites.indeed, problems, 'sites.'),
    },
    thresholds,
    retentionDays: pick(s, 'retentionDays', isRetention, d.retentionDays, problems),
  };
  return { settings, problems };
}
