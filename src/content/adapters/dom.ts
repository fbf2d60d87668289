// Small DOM readers shared by the site adapters.

export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Visible-ish text with whitespace collapsed; `<style>`/`<script>` content is never text. */
export function cleanText(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') return;
      if ((node as Element).getAttribute('data-truetitle')) return;
      for (const child of Array.from(node.childNodes)) walk(child);
    }
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
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
export function commonRoot(a: Element, b: Element): ParentNode {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return a.ownerDocument;
}
