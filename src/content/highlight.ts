// "Highlight duties on page": marks each duty's text in the posting with its label's
// colour, and takes the marks away leaving the page's DOM exactly as it was (the same
// text nodes, with the same text, in the same places).
import type { Duty, Label } from '../core/types';

const COLOURS: Record<Label, string> = { sales: 'rgba(192, 57, 43, 0.22)', marketing: 'rgba(31, 122, 58, 0.22)', other: 'rgba(141, 153, 166, 0.25)' };
const UNDERLINES: Record<Label, string> = { sales: '#b3261e', marketing: '#1e7b3a', other: '#7a8794' };
const LABEL_NAMES: Record<Label, string> = { sales: 'selling', marketing: 'marketing', other: 'other work' };

interface Position {
  node: Text;
  offset: number;
}

/** The container's text with whitespace collapsed, and where each character came from. */
function flatten(container: Element): { text: string; positions: Position[] } {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, template, [data-truetitle]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const positions: Position[] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]!);
      if (isSpace && lastWasSpace) continue;
      text += isSpace ? ' ' : value[i];
      positions.push({ node, offset: i });
      lastWasSpace = isSpace;
    }
  }
  return { text, positions };
}

interface Segment {
  node: Text;
  start: number;
  end: number;
  label: Label;
}

function segmentsFor(container: Element, duties: readonly Duty[]): Segment[] {
  const { text, positions } = flatten(container);
  const segments: Segment[] = [];
  let from = 0;
  for (const duty of duties) {
    const needle = duty.text.replace(/\s+/g, ' ').trim();
    if (needle.length < 3) continue;
    let at = text.indexOf(needle, from);
    if (at === -1) at = text.indexOf(needle);
    if (at === -1) continue;
    from = at + needle.length;
    // One segment per text node the duty spans.
    let current: Segment | null = null;
    for (let i = at; i < at + needle.length; i++) {
      const position = positions[i]!;
      if (current && current.node === position.node) current.end = position.offset + 1;
      else {
        if (current) segments.push(current);
        current = { node: position.node, start: position.offset, end: position.offset + 1, label: duty.label };
      }
    }
    if (current) segments.push(current);
  }
  return segments;
}

interface Wrap {
  original: Text;
  mark: HTMLElement;
  middle: Text;
  after: Text;
}

function wrap(segment: Segment): Wrap {
  const { node: original, start, end, label } = segment;
  const after = original.splitText(end);
  const middle = original.splitText(start);
  const mark = original.ownerDocument.createElement('mark');
  mark.dataset.truetitle = 'highlight';
  mark.dataset.label = label;
  mark.title = `TrueTitle: ${LABEL_NAMES[label]}`;
  mark.style.backgroundColor = COLOURS[label];
  mark.style.color = 'inherit';
  mark.style.boxShadow = `inset 0 -2px 0 ${UNDERLINES[label]}`;
  middle.replaceWith(mark);
  mark.append(middle);
  return { original, mark, middle, after };
}

function unwrap({ original, mark, middle, after }: Wrap): void {
  original.data += middle.data + after.data;
  mark.remove();
  after.remove();
}

/** Highlights the duties inside the posting's description; returns the function that undoes it. */
export function highlightDuties(container: Element, duties: readonly Duty[]): () => void {
  const byNode = new Map<Text, Segment[]>();
  for (const segment of segmentsFor(container, duties)) byNode.set(segment.node, [...(byNode.get(segment.node) ?? []), segment]);
  const wraps: Wrap[] = [];
  for (const segments of byNode.values()) {
    // From the end of the node backwards, so the offsets still to wrap stay valid.
    segments.sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const segment of segments) {
      if (segment.end > limit) continue; // overlaps a mark already made
      wraps.push(wrap(segment));
      limit = segment.start;
    }
  }
  return () => {
    for (let i = wraps.length - 1; i >= 0; i--) unwrap(wraps[i]!);
  };
}
