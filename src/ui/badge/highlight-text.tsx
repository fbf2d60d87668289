// A duty's text with its evidence words marked: plain strings split and wrapped in <mark>
// elements by preact, never HTML, since the text comes from the page.
import type { JSX } from 'preact';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The evidence's phrases, found case-insensitively in the text ("create … tools" marks both ends). */
export function evidenceParts(text: string, evidence: readonly string[]): Array<{ text: string; marked: boolean }> {
  const words = [...new Set(evidence.flatMap((e) => e.split(/\s*…\s*/)).map((w) => w.trim()).filter((w) => w.length > 1))];
  if (!words.length) return [{ text, marked: false }];
  const pattern = new RegExp(`(${words.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`, 'gi');
  return text.split(pattern).filter((part) => part !== '').map((part) => ({ text: part, marked: words.some((w) => w.toLowerCase() === part.toLowerCase()) }));
}

export function HighlightedText({ text, evidence }: { text: string; evidence: readonly string[] }): JSX.Element {
  return <>{evidenceParts(text, evidence).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>;
}
