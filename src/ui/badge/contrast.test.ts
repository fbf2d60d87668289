// WCAG AA: text needs a contrast ratio of at least 4.5:1 with what is behind it, in both themes.
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from './styles';

function variables(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Text colour and the background it is drawn on.
const PAIRS: Array<[string, string]> = [
  ['fg', 'surface'], ['muted', 'surface'], ['focus', 'surface'],
  ['pending-fg', 'pending-bg'], ['honest-fg', 'honest-bg'], ['mislabeled-fg', 'mislabeled-bg'], ['hybrid-fg', 'hybrid-bg'],
  ['honest-fg', 'surface'], ['mislabeled-fg', 'surface'], ['hybrid-fg', 'surface'], ['fg', 'mark'],
];

describe.each([['light', LIGHT], ['dark', DARK]])('%s theme', (_, css) => {
  const colours = variables(css);
  it.each(PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
