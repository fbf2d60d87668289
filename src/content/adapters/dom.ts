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

// Tags that carry a posting's structure; everything else is reduced to its text.
const KEPT_TAGS = new Set(['P', 'DIV', 'SECTION', 'UL', 'OL', 'LI', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'EM', 'I', 'U', 'SPAN']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The description as minimal, attribute-free markup: only the structure the engine reads
 * (paragraphs, lists, headings, line breaks), text escaped, our own marks left out.
 */
export function descriptionMarkup(element: Element | null): string {
  if (!element) return '';
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('data-truetitle')) return;
    const kept = KEPT_TAGS.has(tag) ? tag.toLowerCase() : null;
    if (kept === 'br') {
      out.push('<br>');
      return;
    }
    if (kept) out.push(`<${kept}>`);
    for (const child of Array.from(el.childNodes)) walk(child);
    if (kept) out.push(`</${kept}>`);
  };
  for (const child of Array.from(element.childNodes)) walk(child);
  return out.join('');
}

export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\(verified job\)/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
}
