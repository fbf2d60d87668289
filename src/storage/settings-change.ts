// Whether a change to the stored data changed the user's settings: pages that remember
// verdicts are told then, since thresholds decide verdicts.
import { emptyStore } from './schema';

/** The same settings give the same text whatever their keys' order (storage hands them back sorted). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** No stored data means the defaults: the first write of the store changes no setting. */
const settingsIn = (stored: unknown) => canonical((stored as { settings?: unknown } | undefined)?.settings ?? emptyStore().settings);

/** `change` is storage.onChanged's entry for the store key (old and new stored values). */
export function settingsChanged(change: { oldValue?: unknown; newValue?: unknown } | undefined): boolean {
  return !!change && settingsIn(change.oldValue) !== settingsIn(change.newValue);
}
