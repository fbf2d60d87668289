// LinkedIn: the signed-in semantic DOM (2023-2025), the signed-in 2026 "SDUI" DOM with
// hashed class names, and the signed-out public job page. Every selector LinkedIn may
// break is in SELECTORS; hashed class names are never used.
import type { ListCard, PostingOnPage, SiteAdapter } from './types';
import { cleanText, commonRoot, descriptionHtml, firstMatch, nearest, sameTitle, textOf } from './dom';
import { readJsonLdPosting } from './jsonld';

export const SELECTORS = {
  sduiPane: '[data-sdui-screen*="SemanticJobDetails"]',
  sduiAboutTheJob: (jobId: string) => `[componentkey="JobDetails_AboutTheJob_${jobId}"]`,
  sduiAboutTheJobAny: '[componentkey^="JobDetails_AboutTheJob_"]',
  sduiExpandableText: '[data-testid="expandable-text-box"]',
  sduiCompany: '[aria-label^="Company, "]',
  sduiMetadata: '[data-testid="job-details-top-card-metadata"]',
  sduiResultsList: '[data-testid="lazy-column"][componentkey="SearchResultsMainContent"]',
  sduiCard: 'div[role="button"][componentkey]',
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    'h1.top-card-layout__title',
    '.top-card-layout__title',
    '.jobs-details-top-card__job-title',
    'h1.t-24',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    'a.topcard__org-name-link',
    '.topcard__org-name-link',
  ],
  // "Company · Location · 6 days ago · 62 applicants" (2023) or "Location · … " (2024+).
  primaryDescription: [
    '.job-details-jobs-unified-top-card__primary-description-container',
    '.job-details-jobs-unified-top-card__primary-description',
    '.jobs-unified-top-card__primary-description',
  ],
  guestLocation: ['.topcard__flavor--bullet', '.top-card-layout__second-subline .topcard__flavor--bullet'],
  // The 2023 summary opens with the company's page link: "Company · Location · 6 days ago".
  summaryCompanyLink: 'a[href*="linkedin.com/company/"], a[href^="/company/"]',
  description: [
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
    '.jobs-description',
  ],
  card: 'li[data-occludable-job-id]',
  cardJobIdAttribute: 'data-occludable-job-id',
  activeCard: '.jobs-search-results-list__list-item--active',
  cardTitle: '.artdeco-entity-lockup__title, .job-card-list__title',
  guestCard: '[data-entity-urn^="urn:li:jobPosting:"]',
  guestCardTitle: '.base-search-card__title, h3',
} as const;

const JOB_VIEW_PATH = /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?/;
const JOB_LINK_ID = /\/jobs\/view\/(?:[^/?]*?-)?(\d{6,})/;
const LIST_PATHS = /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/;

export function linkedInJobId(url: URL): string | null {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return current;
  return JOB_VIEW_PATH.exec(url.pathname)?.[1] ?? null;
}

function readSdui(document: Document, jobId: string): PostingOnPage | null {
  const pane = document.querySelector(SELECTORS.sduiPane);
  if (!pane) return null;
  const titleLink = Array.from(pane.querySelectorAll(`a[href*="/jobs/view/${jobId}"]`))
    .find((link) => cleanText(link) && !/easy apply|apply/i.test(cleanText(link)));
  const body = sduiDescription(document, pane, jobId);
  return titleLink && body ? sduiPosting(document, pane, jobId, titleLink, body) : null;
}

function sduiDescription(document: Document, pane: Element, jobId: string): Element | null {
  // Keyed by the job id, so it is safe to look outside the pane, where a re-parse moves it.
  const about = pane.querySelector(SELECTORS.sduiAboutTheJob(jobId)) ?? document.querySelector(SELECTORS.sduiAboutTheJob(jobId));
  if (!about) return null;
  // A re-parsed or half-rendered box can be empty while the section holds the text.
  const box = about.querySelector(SELECTORS.sduiExpandableText);
  return box && (box.textContent ?? '').trim().length > 40 ? box : about;
}

function sduiPosting(document: Document, pane: Element, jobId: string, titleLink: Element, body: Element): PostingOnPage {
  const extract = () => {
    const company = pane.querySelector(SELECTORS.sduiCompany)?.getAttribute('aria-label')
      ?.replace(/^Company,\s*/, '').replace(/\.$/, '') ?? '';
    const meta = pane.querySelector(SELECTORS.sduiMetadata)
      ?? Array.from(pane.querySelectorAll('p')).find((p) => cleanText(p).includes('·'));
    return {
      title: cleanText(titleLink),
      company,
      location: cleanText(meta).split('·')[0]?.trim() ?? '',
      description: descriptionHtml(body),
      jobId,
      site: 'linkedin',
      url: `https://www.linkedin.com/jobs/view/${jobId}/`,
    };
  };
  const withNewDescription = () => {
    const again = sduiDescription(document, pane, jobId);
    return again ? sduiPosting(document, pane, jobId, titleLink, again) : null;
  };
  return { site: 'linkedin', jobId, titleElement: titleLink, descriptionElement: body, extract, withNewDescription };
}

// "Chicago, IL (Hybrid) 6 days ago": the 2023 summary has no separator before the age.
const POSTED_AGO = /\s*\b(?:reposted\s+)?\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b.*$/i;

/** The summary last found beside each title element, and their top card: sites refill all three in place from job to job. */
const summaries = new WeakMap<Element, { summary: Element; card: Element | Document }>();

/** The one-line summary nearest the title, within its pane, with the top card holding both. */
function summaryOf(titleElement: Element, pane: () => ParentNode): { summary: Element; card: Element | Document } | null {
  const known = summaries.get(titleElement);
  if (known?.card.isConnected && known.card.contains(known.summary) && known.card.contains(titleElement)) return known;
  const summary = nearest(titleElement, pane(), SELECTORS.primaryDescription);
  if (!summary) return null;
  const found = { summary, card: commonRoot(titleElement, summary) };
  summaries.set(titleElement, found);
  return found;
}

/**
 * Company and location from the title's top card: the one-line summary nearest the title,
 * then the company's name, from the summary itself where it opens with the company's link
 * (2023), else from its own element beside the title, and only then from the whole page.
 * Each lookup that misses walks all it is given: the small top card is looked at first,
 * and the page, description and all, last.
 */
function companyAndLocation(titleElement: Element, pane: () => ParentNode, document: Document): { company: string; location: string } {
  const topCard = summaryOf(titleElement, pane);
  const summaryElement = topCard?.summary;
  const summary = cleanText(summaryElement) || textOf(document, SELECTORS.primaryDescription);
  const parts = summary.split('·').map((p) => p.replace(POSTED_AGO, '').trim()).filter(Boolean);
  const link = summaryElement?.querySelector(SELECTORS.summaryCompanyLink);
  const opensWithCompany = !!parts[0] && link?.textContent?.replace(/\s+/g, ' ').trim() === parts[0];
  const company = (opensWithCompany ? parts[0] : '')
    || textOf(topCard?.card ?? pane(), SELECTORS.company)
    || textOf(document, SELECTORS.company);
  if (company) {
    const location = parts[0] === company ? parts[1] : parts[0];
    return { company, location: location ?? textOf(document, SELECTORS.guestLocation) };
  }
  if (parts.length >= 2) return { company: parts[0] ?? '', location: parts[1] ?? '' };
  return { company: '', location: textOf(document, SELECTORS.guestLocation) };
}

/** In the split view, the pane can still show the previous job right after a click. */
function paneShowsJob(document: Document, titleElement: Element, jobId: string, title: string): boolean {
  const href = (titleElement.querySelector('a[href*="/jobs/view/"]') ?? titleElement.closest('a[href*="/jobs/view/"]'))?.getAttribute('href');
  const linkedId = href ? JOB_LINK_ID.exec(href)?.[1] : undefined;
  if (linkedId) return linkedId === jobId;
  const card = document.querySelector(`[${SELECTORS.cardJobIdAttribute}="${jobId}"]`);
  if (!card) return true;
  const cardTitle = cleanText(card.querySelector(`${SELECTORS.cardTitle}, a[href*="/jobs/view/"]`));
  return !cardTitle || sameTitle(cardTitle, title);
}

function readSemantic(document: Document, url: URL, jobId: string): PostingOnPage | null {
  const titleElement = firstMatch(document, SELECTORS.title);
  const descriptionElement = firstMatch(document, SELECTORS.description);
  if (!titleElement || !descriptionElement) return null;
  const title = cleanText(titleElement);
  if (!title || !paneShowsJob(document, titleElement, jobId, title)) return null;
  return semanticPosting(document, url, jobId, { titleElement, title }, descriptionElement);
}

function semanticPosting(document: Document, url: URL, jobId: string, heading: { titleElement: Element; title: string }, descriptionElement: Element): PostingOnPage {
  const { titleElement, title } = heading;
  const extract = () => {
    const { company, location } = companyAndLocation(titleElement, () => commonRoot(titleElement, descriptionElement), document);
    const fromJsonLd = company && location ? null : readJsonLdPosting(document);
    return {
      title,
      company: company || fromJsonLd?.company || '',
      location: location || fromJsonLd?.location || '',
      description: descriptionHtml(descriptionElement),
      jobId,
      site: 'linkedin',
      url: url.pathname.startsWith('/jobs/view/') ? `${url.origin}${url.pathname}` : `https://www.linkedin.com/jobs/view/${jobId}/`,
    };
  };
  const withNewDescription = () => {
    const again = firstMatch(document, SELECTORS.description);
    return again ? semanticPosting(document, url, jobId, heading, again) : null;
  };
  const forJob = (nextJobId: string, nextUrl: URL) => {
    const nextTitle = cleanText(titleElement);
    if (!nextTitle || !paneShowsJob(document, titleElement, nextJobId, nextTitle)) return null;
    const description = descriptionElement.isConnected ? descriptionElement : firstMatch(document, SELECTORS.description);
    return description ? semanticPosting(document, nextUrl, nextJobId, { titleElement, title: nextTitle }, description) : null;
  };
  return { site: 'linkedin', jobId, titleElement, descriptionElement, extract, withNewDescription, forJob };
}

/** The job a saved LinkedIn page shows, from its DOM alone. */
function jobIdInDocument(document: Document): { jobId: string; path: string } | null {
  const about = document.querySelector(SELECTORS.sduiAboutTheJobAny)?.getAttribute('componentkey');
  if (about) return { jobId: about.replace('JobDetails_AboutTheJob_', ''), path: '/jobs/search-results/' };
  const active = document.querySelector(`${SELECTORS.activeCard}, ${SELECTORS.card}[aria-current="true"]`)
    ?.closest(SELECTORS.card)?.getAttribute(SELECTORS.cardJobIdAttribute);
  if (active) return { jobId: active, path: '/jobs/search/' };
  if (!firstMatch(document, SELECTORS.description)) return null;
  const link = firstMatch(document, SELECTORS.title.map((t) => `${t} a[href*="/jobs/view/"]`))
    ?? document.querySelector('a[href*="/jobs/view/"]');
  const fromLink = JOB_LINK_ID.exec(link?.getAttribute('href') ?? '')?.[1];
  return fromLink ? { jobId: fromLink, path: '/jobs/view/' } : null;
}

export const linkedIn: SiteAdapter = {
  site: 'linkedin',
  matchesHost: (hostname) => hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com'),
  isJobPage: (url) => JOB_VIEW_PATH.test(url.pathname) || (LIST_PATHS.test(url.pathname) && linkedInJobId(url) !== null),
  jobIdFrom: linkedInJobId,
  readPosting(document, url) {
    const jobId = linkedInJobId(url);
    if (!jobId) return null;
    // The 2026 DOM serves /jobs/search-results/; trying the likely DOM first saves queries.
    return url.pathname.startsWith('/jobs/search-results')
      ? readSdui(document, jobId) ?? readSemantic(document, url, jobId)
      : readSemantic(document, url, jobId) ?? readSdui(document, jobId);
  },
  urlFromDocument(document) {
    const found = jobIdInDocument(document);
    if (!found) return null;
    return new URL(found.path === '/jobs/view/' ? `https://www.linkedin.com/jobs/view/${found.jobId}/` : `https://www.linkedin.com${found.path}?currentJobId=${found.jobId}`);
  },
  listCard(document, jobId) {
    const element = document.querySelector(`${SELECTORS.card}[${SELECTORS.cardJobIdAttribute}="${jobId}"]`)
      ?? document.querySelector(`${SELECTORS.guestCard}[data-entity-urn="urn:li:jobPosting:${jobId}"]`);
    return element ? { jobId, element, title: () => element.querySelector(`${SELECTORS.cardTitle}, ${SELECTORS.guestCardTitle}`) } : null;
  },
  listCards(document) {
    const cards: ListCard[] = [];
    for (const element of Array.from(document.querySelectorAll(SELECTORS.card))) {
      const jobId = element.getAttribute(SELECTORS.cardJobIdAttribute);
      if (jobId) cards.push({ jobId, element, title: () => element.querySelector(SELECTORS.cardTitle) });
    }
    // The signed-in and public pages never mix: a miss here walks the whole page.
    if (cards.length) return cards;
    for (const element of Array.from(document.querySelectorAll(SELECTORS.guestCard))) {
      const jobId = element.getAttribute('data-entity-urn')?.split(':').pop();
      if (jobId) cards.push({ jobId, element, title: () => element.querySelector(SELECTORS.guestCardTitle) });
    }
    return cards;
  },
};

// Test URLs:
// https://www.linkedin.com/jobs/view/4012345678/
// https://www.linkedin.com/jobs/search/?currentJobId=4012345001&keywords=marketing
// https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345001
// https://www.linkedin.com/jobs/search-results/?currentJobId=4098765001&keywords=marketing
// https://www.linkedin.com/jobs/view/senior-product-marketing-manager-at-northwind-analytics-4055512345
