// What the end-to-end scenarios share whichever browser runs them: which fixture pages show
// a posting, and how a user opens each posting of a list (CSS selectors, which Playwright
// and puppeteer both take). The checks run inside pages are in e2e/in-page.ts.
import { fixturePages, type FixturePage, type FixturePosting } from './harness';

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
