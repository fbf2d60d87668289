// Indeed: the standalone /viewjob page and search results with the right-hand pane, on
// www.indeed.com and the country sites (uk.indeed.com, de.indeed.com, …).
import type { ListCard, PostingOnPage, SiteAdapter } from './types';
import { cleanText, descriptionHtml, firstMatch, sameTitle, textOf } from './dom';

export const SELECTORS = {
  title: [
    'h1.jobsearch-JobInfoHeader-title',
    'h2[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1[data-testid="jobsearch-JobInfoHeader-title"]',
    'h2[data-testid="simpler-jobTitle"]',
    '.jobsearch-JobInfoHeader-title',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"] span',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-JobInfoHeader-companyNameLink',
    '.jobsearch-JobInfoHeader-companyNameSimple',
    '.jobsearch-CompanyInfoContainer a',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    '#jobLocationText',
  ],
  description: ['#jobDescriptionText'],
  card: 'div.job_seen_beacon',
  selectedCard: '.vjs-highlight',
  jobKeyInput: 'input[name="jk"]',
  cardJobLink: 'a[data-jk]',
  cardTitle: '.jobTitle span[title], .jobTitle',
  cardCompany: '[data-testid="company-name"]',
  cardLocation: '[data-testid="text-location"]',
} as const;

const VIEW_JOB_PATH = /^\/(?:m\/)?viewjob\/?$/;
const JOB_KEY = /^[0-9a-f]{16}$/i;

export function indeedJobKey(url: URL): string | null {
  const key = VIEW_JOB_PATH.test(url.pathname) ? url.searchParams.get('jk') : url.searchParams.get('vjk');
  return key && JOB_KEY.test(key) ? key : null;
}

/** Indeed appends " - job post" to the pane title for screen readers. */
function titleText(element: Element): string {
  return cleanText(element).replace(/\s*-\s*job post$/i, '');
}

function cardFor(document: Document, jobKey: string): Element | null {
  return document.querySelector(`${SELECTORS.cardJobLink}[data-jk="${jobKey}"]`)?.closest(SELECTORS.card) ?? null;
}

function indeedPosting(document: Document, url: URL, jobId: string, heading: { titleElement: Element; title: string; card: Element | null }, descriptionElement: Element): PostingOnPage {
  const { titleElement, title, card } = heading;
  const extract = () => ({
    title,
    company: textOf(document, SELECTORS.company) || (card ? cleanText(card.querySelector(SELECTORS.cardCompany)) : ''),
    location: textOf(document, SELECTORS.location) || (card ? cleanText(card.querySelector(SELECTORS.cardLocation)) : ''),
    description: descriptionHtml(descriptionElement),
    jobId,
    site: 'indeed',
    url: `${url.origin}/viewjob?jk=${jobId}`,
  });
  const withNewDescription = () => {
    const again = firstMatch(document, SELECTORS.description);
    return again ? indeedPosting(document, url, jobId, heading, again) : null;
  };
  return { site: 'indeed', jobId, titleElement, descriptionElement, extract, withNewDescription };
}

export const indeed: SiteAdapter = {
  site: 'indeed',
  matchesHost: (hostname) => /(^|\.)indeed\.com$/.test(hostname),
  isJobPage: (url) => indeedJobKey(url) !== null,
  jobIdFrom: indeedJobKey,
  readPosting(document: Document, url: URL): PostingOnPage | null {
    const jobId = indeedJobKey(url);
    if (!jobId) return null;
    const titleElement = firstMatch(document, SELECTORS.title);
    const descriptionElement = firstMatch(document, SELECTORS.description);
    if (!titleElement || !descriptionElement) return null;
    const title = titleText(titleElement);
    const card = cardFor(document, jobId);
    const cardTitle = card ? cleanText(card.querySelector(SELECTORS.cardTitle)) : '';
    // Right after a card click the pane still shows the previous job.
    if (cardTitle && !sameTitle(cardTitle, title)) return null;
    return indeedPosting(document, url, jobId, { titleElement, title, card }, descriptionElement);
  },
  urlFromDocument(document) {
    if (!firstMatch(document, SELECTORS.description)) return null;
    const jobKey = document.querySelector(`${SELECTORS.selectedCard} ${SELECTORS.cardJobLink}`)?.getAttribute('data-jk')
      ?? document.querySelector(SELECTORS.jobKeyInput)?.getAttribute('value');
    return jobKey && JOB_KEY.test(jobKey) ? new URL(`https://www.indeed.com/viewjob?jk=${jobKey}`) : null;
  },
  listCard(document, jobId) {
    const element = cardFor(document, jobId);
    return element ? { jobId, element, title: () => element.querySelector('.jobTitle') } : null;
  },
  listCards(document) {
    const cards: ListCard[] = [];
    for (const element of Array.from(document.querySelectorAll(SELECTORS.card))) {
      const jobId = element.querySelector(SELECTORS.cardJobLink)?.getAttribute('data-jk');
      if (jobId) cards.push({ jobId, element, title: () => element.querySelector('.jobTitle') });
    }
    return cards;
  },
};

// Test URLs:
// https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718
// https://www.indeed.com/jobs?q=marketing+manager&l=Remote&vjk=1a2b3c4d5e6f7081
// https://uk.indeed.com/jobs?q=marketing&l=London&vjk=9f8e7d6c5b4a3921
