// What the end-to-end scenarios share whichever browser runs them: which fixture pages show
// a posting, and how a user opens each posting of a list (CSS selectors, which Playwright
// and puppeteer both take). The checks run inside pages are in e2e/in-page.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURE_DIR, fixturePages, type FixturePage, type FixturePosting } from './harness';

/** Every fixture page kind that shows a posting on load (the JSON-LD page only on request). */
export function badgedFixtures(): FixturePage[] {
  return fixturePages().filter((p) => p.currentJobId && p.kind !== 'jsonld');
}

export function postingOnLoad(page: FixturePage): FixturePosting {
  return page.postings.find((p) => p.jobId === page.currentJobId)!;
}

/**
 * The element a user clicks to open a posting of a result list, per fixture kind; pages
 * without a list have none.
 */
const CARD_LINKS: Record<string, (posting: FixturePosting) => string> = {
  'linkedin-search-2023': (p) => `li[data-occludable-job-id="${p.jobId}"] .artdeco-entity-lockup__title a`,
  // 2026: hashed classes; a card is known by its "Dismiss … job" button.
  'linkedin-search-2026': (p) => `div[role="button"][componentkey]:has(button[aria-label="Dismiss ${p.title} job"]) p`,
  'indeed-search-2026': (p) => `a.jcs-JobTitle[data-jk="${p.jobId}"]`,
  'indeed-search-2025': (p) => `a.jcs-JobTitle[data-jk="${p.jobId}"]`,
};

export function cardLink(kind: string, posting: FixturePosting): string | null {
  return CARD_LINKS[kind]?.(posting) ?? null;
}

/** The card's heading for each verdict (src/ui/badge/Card.tsx). */
export const CARD_VERDICT_NAMES: Record<string, string> = { honest: 'Honest title', mislabeled: 'Mislabeled', hybrid: 'Hybrid role', unclear: 'Unclear' };

/** A title crafted as markup and as a spreadsheet formula: it must stay inert text everywhere. */
export const HOSTILE_TITLE = '=HYPERLINK("http://evil.example","Marketing Director") <img src=x onerror="window.pwned=1">';
export const HOSTILE_JOB_ID = '4099999999';
export const HOSTILE_URL = `https://www.linkedin.com/jobs/view/${HOSTILE_JOB_ID}/`;

/** The LinkedIn job page with the hostile title (escaped in the page's own HTML, as a site would). */
export function hostilePageHtml(): string {
  const escaped = HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return readFileSync(resolve(FIXTURE_DIR, 'linkedin-job-view.html'), 'utf8')
    .replace(/4012345678/g, HOSTILE_JOB_ID)
    .replace(/(<h1[^>]*>)\s*Marketing Director\s*(<\/h1>)/, `$1${escaped}$2`);
}
