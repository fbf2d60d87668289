// Small DOM readers shared by the site adapters.

/**
 * Which selector of each list matched last. A page keeps to one layout, so the next lookup
 * starts there, once one combined query has shown that no better selector matches: one
 * walk of the page instead of one per better selector.
 */
const lastMatches = new WeakMap<readonly string[], number>();

/** The first element matching the first selector (in order of preference) that matches any. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  const last = lastMatches.get(selectors) ?? 0;
  const from = last > 0 && !root.querySelector(selectors.slice(0, last).join(', ')) ? last : 0;
  for (let index = from; index < selectors.length; index++) {
    // The fallbacks often match nothing on a given page: one walk finds that out, not one each.
    if (index === 1 && selectors.length > 2 && !root.querySelector(selectors.slice(1).join(', '))) return null;
    const element = root.querySelector(selectors[index]!);
    if (element) {
      lastMatches.set(selectors, index);
      return element;
    }
  }
  return null;
}

/**
 * The first match of any of `selectors` in the smallest ancestor of `element` (up to
 * `boundary`) that holds one: the title's own top card rather than a pane whose long
 * description a missed lookup would walk as well. In so small a part of the page, the
 * nearest match is the one meant, whichever selector it matched.
 */
export function nearest(element: Element, boundary: ParentNode, selectors: readonly string[]): Element | null {
  const any = selectors.join(', ');
  for (let node = element.parentElement; node; node = node.parentElement) {
    const found = node.querySelector(any);
    if (found) return found;
    if (node === boundary) return null;
  }
  return null;
}

/** What is in the DOM but never text. */
const NOT_TEXT = 'style, script, template, [data-truetitle]';
/** NodeFilter.SHOW_TEXT, which not every DOM library defines as a global. */
const SHOW_TEXT = 4;

/** Visible-ish text with whitespace collapsed; `<style>`/`<script>` content and our own nodes are never text. */
export function cleanText(element: Element | null | undefined): string {
  if (!element || element.matches(NOT_TEXT)) return '';
  const parts: string[] = [];
  if (element.querySelector(NOT_TEXT)) walkText(element, parts);
  else {
    // The browser finds the text nodes itself: a script walk would touch every element on
    // the way, and this runs on every page change.
    const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text nodes under `node`, skipping what is never text. */
function walkText(node: Node, parts: string[]): void {
  if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
  else if (node.nodeType === 1 && !(node as Element).matches(NOT_TEXT)) {
    for (let child = node.firstChild; child; child = child.nextSibling) walkText(child, parts);
  }
}

export function textOf(root: ParentNode, selectors: readonly string[]): string {
  return cleanText(firstMatch(root, selectors));
}

/**
 * The description's markup, read natively in one call (a script walk of the DOM costs the
 * page far more). Script and style content and our own marks are left to the engine's
 * reader, which skips them; nothing here is ever written back into a page.
 */
export function descriptionHtml(element: Element | null): string {
  if (!element) return '';
  const withGetHtml = element as Element & { getHTML?: () => string };
  if (typeof withGetHtml.getHTML === 'function') return withGetHtml.getHTML();
  // DOMs without getHTML (older browsers, the CLI's): the element's own markup is as good.
  return element.outerHTML;
}

export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\(verified job\)/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}

/**
 * The smallest element holding both (a posting's pane): queries scoped to it walk a
 * fraction of the page. Falls back to the document when they share no element.
 */
export function commonRoot(a: Element, b: Element): Element | Document {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return a.ownerDocument;
}
