import { describe, expect, it } from 'vitest';
import { emptyStore } from './schema';
import { settingsChanged } from './settings-change';

describe('settingsChanged', () => {
  const store = emptyStore();

  it('is false when only flagged postings changed', () => {
    const flagged = { ...store, flagged: { 'linkedin:1': {} as never } };
    expect(settingsChanged({ oldValue: store, newValue: flagged })).toBe(false);
  });

  it('is true when a threshold changed', () => {
    const stricter = { ...store, settings: { ...store.settings, thresholds: { ...store.settings.thresholds, salesRatio: 0.9 } } };
    expect(settingsChanged({ oldValue: store, newValue: stricter })).toBe(true);
  });

  it('is false when the store is first written with the default settings, or deleted', () => {
    expect(settingsChanged({ newValue: store })).toBe(false);
    expect(settingsChanged({ oldValue: store })).toBe(false);
  });

  it('is true when stored settings go back to the defaults', () => {
    const custom = { ...store, settings: { ...store.settings, listMarks: !store.settings.listMarks } };
    expect(settingsChanged({ oldValue: custom })).toBe(true);
    expect(settingsChanged({ newValue: custom })).toBe(true);
  });

  it('is false when storage hands the same settings back with their keys sorted', () => {
    const sorted = (value: unknown): unknown => (value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]))
      : value);
    expect(settingsChanged({ oldValue: sorted(store), newValue: store })).toBe(false);
  });

  it('is false when the store key did not change', () => {
    expect(settingsChanged(undefined)).toBe(false);
  });
});
