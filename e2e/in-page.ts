// Functions run inside a job page, shared by the Chromium (Playwright) and Firefox
// (puppeteer) suites: both serialise a plain function into the page, so each must be
// self-contained (no imports, no outside variables).

export interface BadgeSnapshot {
  count: number;
  verdict: string | null;
  jobId: string | null;
  label: string;
}

/** Reads the badge(s) the extension placed, through their open shadow roots. */
export function readBadgesInPage(): BadgeSnapshot {
  const hosts = Array.from(document.querySelectorAll('[data-truetitle="badge"]'));
  const first = hosts[0] as HTMLElement | undefined;
  return {
    count: hosts.length,
    verdict: first?.dataset.verdict ?? null,
    jobId: first?.dataset.jobId ?? null,
    label: first?.shadowRoot?.querySelector('.label')?.textContent ?? '',
  };
}

/** Exactly one badge, on the given job, with a final (non-pending) verdict. */
export function badgeSettledInPage(jobId: string): boolean {
  const hosts = document.querySelectorAll('[data-truetitle="badge"]');
  const host = hosts[0] as HTMLElement | undefined;
  return hosts.length === 1 && host?.dataset.jobId === jobId && host.dataset.verdict !== 'pending';
}

export interface SeenVerdict {
  jobId: string;
  verdict: string;
}

/**
 * Installed before the page's own scripts: records every (job, verdict) any badge shows,
 * so a test can prove that no verdict was ever shown on the wrong job.
 */
export function recordVerdictsInPage(): void {
  const seen: SeenVerdict[] = [];
  (window as unknown as { truetitleSeen: SeenVerdict[] }).truetitleSeen = seen;
  new MutationObserver(() => {
    for (const host of Array.from(document.querySelectorAll<HTMLElement>('[data-truetitle="badge"]'))) {
      const entry = { jobId: host.dataset.jobId ?? '', verdict: host.dataset.verdict ?? '' };
      const last = seen[seen.length - 1];
      if (!last || last.jobId !== entry.jobId || last.verdict !== entry.verdict) seen.push(entry);
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-verdict', 'data-job-id'] });
}

export function seenVerdictsInPage(): SeenVerdict[] {
  return (window as unknown as { truetitleSeen: SeenVerdict[] }).truetitleSeen;
}

/** What the open card says, read through the badge's shadow root. */
export interface CardSnapshot {
  verdict: string;
  shares: string;
  dutyLabels: string[];
  redFlagKinds: string[];
}

export function readCardInPage(): CardSnapshot | null {
  const card = document.querySelector('truetitle-badge')?.shadowRoot?.querySelector('[data-truetitle="card"]');
  if (!card) return null;
  return {
    verdict: card.querySelector('.verdict')?.textContent ?? '',
    shares: card.querySelector('.bar')?.getAttribute('aria-label') ?? '',
    dutyLabels: Array.from(card.querySelectorAll('[data-label]')).map((d) => d.getAttribute('data-label') ?? ''),
    redFlagKinds: Array.from(card.querySelectorAll('.flags [data-kind]')).map((f) => f.getAttribute('data-kind') ?? ''),
  };
}

/** Whether the page's own script sees a way to message an extension (chrome.runtime or browser.runtime). */
export function extensionMessagingInPage(): boolean {
  const scope = globalThis as unknown as Record<string, { runtime?: { sendMessage?: unknown; connect?: unknown } } | undefined>;
  return ['chrome', 'browser'].some((name) => {
    const runtime = scope[name]?.runtime;
    return typeof runtime?.sendMessage === 'function' || typeof runtime?.connect === 'function';
  });
}

/**
 * The duty highlights inside a container, and what removing them must restore: the markup,
 * and the text nodes (which markup alone cannot show: a split text node serialises the same).
 */
export function readHighlightsInPage(container: string): { count: number; labels: string[]; html: string; textNodes: string[] } {
  const root = document.querySelector(container);
  const marks = Array.from(root?.querySelectorAll('mark[data-truetitle="highlight"]') ?? []);
  const textNodes: string[] = [];
  if (root) for (let walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); walker.nextNode();) textNodes.push((walker.currentNode as Text).data);
  return { count: marks.length, labels: [...new Set(marks.map((m) => m.getAttribute('data-label') ?? ''))].sort(), html: root?.outerHTML ?? '', textNodes };
}
