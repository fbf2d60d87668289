// schema.org JobPosting in JSON-LD: embedded by LinkedIn's public pages and most career
// sites (Greenhouse, Lever, Workday…). It survives redesigns that break CSS selectors.
import { decodeEntities } from '../../core/read';
import type { Posting } from '../../core/types';
import type { PostingOnPage } from './types';

type Json = Record<string, unknown>;

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return asText((value as Json).name);
  return '';
}

function findJobPosting(value: unknown, depth = 0): Json | null {
  if (!value || typeof value !== 'object' || depth > 6) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value as Json;
  const type = object['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return object;
  return findJobPosting(object['@graph'], depth + 1);
}

function locationOf(posting: Json): string {
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : [posting.jobLocation];
  const names = places.map((place) => {
    const address = (place as Json | undefined)?.address as Json | undefined;
    if (!address) return asText(place);
    const local = [address.addressLocality, address.addressRegion].map(asText).filter(Boolean);
    // The country only when there is nothing more local, as job boards show it.
    return (local.length ? local : [asText(address.addressCountry)]).filter(Boolean).join(', ');
  }).filter(Boolean);
  if (names.length) return names.join('; ');
  return posting.jobLocationType === 'TELECOMMUTE' ? 'Remote' : '';
}

/** Sites double-escape the description inside JSON-LD ("&lt;p&gt;…"): undo that once. */
function unescapeMarkup(text: string): string {
  return /&lt;|&gt;|&amp;/.test(text) ? decodeEntities(text) : text;
}

export function jobPostingFromJsonLd(sources: readonly string[]): Omit<Posting, 'url'> | null {
  for (const source of sources) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const posting = findJobPosting(parsed);
    if (!posting) continue;
    const title = asText(posting.title);
    const description = unescapeMarkup(asText(posting.description));
    if (!title || !description) continue;
    const identifier = posting.identifier as Json | string | undefined;
    const jobId = typeof identifier === 'object' ? asText(identifier?.value) : asText(identifier);
    return {
      title,
      description,
      company: asText(posting.hiringOrganization),
      location: locationOf(posting),
      ...(jobId ? { jobId } : {}),
    };
  }
  return null;
}

export function readJsonLdPosting(document: Document): Omit<Posting, 'url'> | null {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  return jobPostingFromJsonLd(scripts.map((script) => script.textContent ?? ''));
}

/** Best element to put the badge beside on a page we know nothing else about. */
function titleElementFor(document: Document, title: string): Element | null {
  const headings = Array.from(document.querySelectorAll('h1, h2'));
  return headings.find((h) => (h.textContent ?? '').trim().toLowerCase().includes(title.toLowerCase()))
    ?? headings[0] ?? null;
}

export function readGenericPosting(document: Document, url: URL): PostingOnPage | null {
  const found = readJsonLdPosting(document);
  if (!found) return null;
  const titleElement = titleElementFor(document, found.title) ?? document.body;
  const jobId = found.jobId || `${url.hostname}${url.pathname}`;
  const posting = { ...found, jobId, site: url.hostname, url: `${url.origin}${url.pathname}` };
  const main = () => document.querySelector('main, [role="main"], article') ?? document.body;
  const onPage = (descriptionElement: Element): PostingOnPage => ({
    site: url.hostname, jobId, titleElement, descriptionElement, extract: () => posting, withNewDescription: () => onPage(main()),
  });
  return onPage(main());
}
