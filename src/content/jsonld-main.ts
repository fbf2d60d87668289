// Injected on request (the user clicked the toolbar button: activeTab) into a page that is
// not LinkedIn or Indeed: a career site, Greenhouse, Lever, Workday… It reads the page's
// schema.org JobPosting, badges its title and returns what it found to the popup.
import { readGenericPosting } from './adapters/jsonld';
import { requestReport } from './analyze';
import { PostingBadge } from '../ui/badge/mount';
import { postingRef } from '../shared/messages';
import { postingActions } from './posting-actions';
import { pageTheme } from './theme';

export interface JsonLdCheckResult {
  found: boolean;
  title?: string;
  verdict?: string;
  reason?: string;
  error?: string;
}

async function checkThisPage(): Promise<JsonLdCheckResult> {
  const found = readGenericPosting(document, new URL(location.href));
  if (!found) return { found: false };
  const state = window as unknown as { truetitleJsonLdBadge?: PostingBadge };
  const badge = state.truetitleJsonLdBadge ?? new PostingBadge();
  state.truetitleJsonLdBadge = badge;
  badge.showJob(found.jobId);
  badge.attach(found.titleElement);
  const posting = found.extract();
  try {
    const report = await requestReport(posting, new AbortController().signal);
    badge.setTheme(pageTheme(found.titleElement));
    badge.showReport(report, postingActions(badge, postingRef(posting), report, found.descriptionElement));
    return { found: true, title: report.title, verdict: report.verdict, reason: report.reason };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    badge.showError(message, () => void checkThisPage());
    return { found: true, title: posting.title, error: message };
  }
}

// The popup calls this through scripting.executeScript({ func }) right after injecting the
// file (same isolated world), and gets the promise's value back.
(globalThis as unknown as { truetitleCheckThisPage: typeof checkThisPage }).truetitleCheckThisPage = checkThisPage;
