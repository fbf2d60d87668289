// Readers for one field of untrusted stored or imported data. Each returns a clean value or
// throws Invalid with a message naming the field; validators turn that into a problem
// report, so nothing here ever escapes to the popup as an exception.
import { capText } from './schema';

export class Invalid extends Error {}

export type Reader<T> = (value: unknown, name: string) => T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only: a hostile "__proto__" or inherited name must never be read as data. */
export const own = (obj: Record<string, unknown>, name: string): unknown =>
  Object.hasOwn(obj, name) ? obj[name] : undefined;

/** `at` is the path of `obj` itself ("redFlags[2]"), so messages name the exact field. */
export function required<T>(obj: Record<string, unknown>, name: string, read: Reader<T>, at = ''): T {
  const value = own(obj, name);
  const path = at ? `${at}.${name}` : name;
  if (value === undefined) throw new Invalid(`${path} is missing`);
  return read(value, path);
}

/** A missing optional field takes its default; a present but wrong one is still invalid. */
export function optional<T>(obj: Record<string, unknown>, name: string, read: Reader<T>, fallback: T, at = ''): T {
  const value = own(obj, name);
  return value === undefined ? fallback : read(value, at ? `${at}.${name}` : name);
}

export const text = (max: number, nonEmpty = false): Reader<string> => (value, name) => {
  if (typeof value !== 'string') throw new Invalid(`${name} is not a string`);
  if (nonEmpty && value.length === 0) throw new Invalid(`${name} is empty`);
  return capText(value, max);
};

/** Members of a string union, given as a Record so the compiler proves the list complete. */
export const oneOf = <T extends string>(allowed: Record<T, true>): Reader<T> => (value, name) => {
  if (typeof value !== 'string' || !Object.hasOwn(allowed, value)) {
    throw new Invalid(`${name} is not one of ${Object.keys(allowed).join(', ')}`);
  }
  return value as T;
};

export const fraction: Reader<number> = (value, name) => {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new Invalid(`${name} is not a number from 0 to 1`);
  return value;
};

export const boolean: Reader<boolean> = (value, name) => {
  if (typeof value !== 'boolean') throw new Invalid(`${name} is not true or false`);
  return value;
};

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Normalised to UTC "…Z" form so dates compare correctly as strings and parse everywhere. */
export const isoDate: Reader<string> = (value, name) => {
  if (typeof value !== 'string' || !ISO_8601.test(value) || !Number.isFinite(Date.parse(value))) {
    throw new Invalid(`${name} is not an ISO 8601 date`);
  }
  return new Date(value).toISOString();
};

/** Longer lists are cut to their cap; one bad item makes the whole field invalid. */
export const listOf = <T>(item: Reader<T>, max: number): Reader<T[]> => (value, name) => {
  if (!Array.isArray(value)) throw new Invalid(`${name} is not a list`);
  return value.slice(0, max).map((entry, i) => item(entry, `${name}[${i}]`));
};

export const object = <T>(read: (obj: Record<string, unknown>, name: string) => T): Reader<T> => (value, name) => {
  if (!isRecord(value)) throw new Invalid(`${name} is not an object`);
  return read(value, name);
};
