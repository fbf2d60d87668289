// Saved job pages → postings, with the extension's own site adapters over a DOM in Node.
import { parseHTML } from 'linkedom';
import { ADAPTERS, adapterFor } from '../content/adapters';
import { readGenericPosting } from '../content/adapters/jsonld';
import type { Posting } from '../core/types';

/** The page's own address, as saved pages record it. */
function pageUrl(document: Document, html: string): URL | null {
  const candidates = [
    // Chromium's "Save page as" notes where the page came from.
    /<!-- saved from url=\(\d+\)(\S+) -->/.exec(html.slice(0, 2000))?.[1],
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    document.querySelector('base[href]')?.getAttribute('href'),
  ];
  for (const candidate of candidates) {
    try {
      if (candidate) return new URL(candidate);
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/**
 * linkedom: a forgiving parser that runs no script (the page is data, not code) and reads
 * real saved pages whole, where stricter parsers stop at an <svg><style> or re-nest
 * LinkedIn's <p> in <p> away from its description.
 */
function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function postingFromHtml(html: string, knownUrl?: string): Posting | null {
  const document = parse(html);
  const url = knownUrl ? new URL(knownUrl) : pageUrl(document, html);
  const candidates = url ? [adapterFor(url.hostname), ...ADAPTERS] : [...ADAPTERS];
  for (const adapter of candidates) {
    if (!adapter) continue;
    const jobUrl = url && adapter.matchesHost(url.hostname) && adapter.jobIdFrom(url) ? url : adapter.urlFromDocument(document);
    if (!jobUrl) continue;
    const found = adapter.readPosting(document, jobUrl);
    if (found) return found.extract();
  }
  return readGenericPosting(document, url ?? new URL('https://localhost/'))?.extract() ?? null;
}
