// The content script's main-thread work per page change, from the user-timing measures it
// leaves (src/content/timing.ts): shared by the navigation suite, which prints it, and the
// benchmark (e2e/perf.spec.ts), which records it.
import type { Page } from '@playwright/test';
import { fixture, waitForVerdict } from './harness';

interface Measure { step: string; at: number; duration: number }

/** The content script's steps (src/content/timing.ts); none runs inside another. */
export const STEPS = ['check', 'show', 'observe'] as const;

export interface PageChangeFigures {
  median: number;
  /** median over the changes to a job not opened before in the tab */
  firstVisits: number;
  /** median over the changes back to a job opened before (its verdict may come from the tab's memory) */
  revisits: number;
  max: number;
  n: number;
  /** median per step */
  steps: Record<(typeof STEPS)[number], number>;
  checksPerChange: number;
  /** median time of the first, second, third and fourth check of a change (0 where there was none) */
  checkByOrder: number[];
  /** DOM-change callbacks that ran no check (too soon after a check, or only a placeholder while a job waited for its text) */
  callbacksPerChange: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Clicks through the LinkedIn search fixture's cards (three rounds) and sums each change's measures. */
export async function measurePageChanges(page: Page): Promise<PageChangeFigures> {
  const search = fixture('linkedin-search-2023');
  await page.addInitScript(() => {
    // The content script publishes its measures only where this is set (src/content/timing.ts).
    localStorage.setItem('truetitle:timing', '1');
    const measures: Array<{ step: string; at: number; duration: number }> = [];
    (window as unknown as { truetitleMeasures: typeof measures }).truetitleMeasures = measures;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name.startsWith('truetitle:')) measures.push({ step: entry.name.slice('truetitle:'.length), at: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'measure', buffered: true });
  });
  const measuresBetween = (from: number, to: number) => page.evaluate(([a, b]) => (window as unknown as { truetitleMeasures: Measure[] }).truetitleMeasures
    .filter((m) => m.at >= a! && m.at < b!), [from, to]);
  await page.goto(search.url);
  await waitForVerdict(page, search.currentJobId!);
  await page.waitForTimeout(1200);
  const changes: Measure[][] = [];
  // The first round opens each job for the first time; the two after it come back to them.
  const firstVisits = search.postings.length - 1;
  for (const posting of [...search.postings.slice(1), ...search.postings, ...search.postings]) {
    const from = await page.evaluate(() => performance.now());
    await page.locator(`li[data-occludable-job-id="${posting.jobId}"] .artdeco-entity-lockup__title a`).click();
    await waitForVerdict(page, posting.jobId);
    await page.waitForTimeout(300);
    changes.push(await measuresBetween(from, await page.evaluate(() => performance.now())));
  }
  const total = (measures: Measure[], steps: readonly string[]) => measures.filter((m) => steps.includes(m.step)).reduce((sum, m) => sum + m.duration, 0);
  const perChange = changes.map((measures) => total(measures, STEPS));
  return {
    median: median(perChange),
    firstVisits: median(perChange.slice(0, firstVisits)),
    revisits: median(perChange.slice(firstVisits)),
    max: Math.max(...perChange),
    n: changes.length,
    steps: Object.fromEntries(STEPS.map((step) => [step, median(changes.map((m) => total(m, [step])))])) as PageChangeFigures['steps'],
    checksPerChange: changes.flat().filter((m) => m.step === 'check').length / changes.length,
    checkByOrder: [0, 1, 2, 3].map((i) => median(changes.map((m) => m.filter((x) => x.step === 'check').sort((a, b) => a.at - b.at)[i]?.duration ?? 0))),
    callbacksPerChange: changes.flat().filter((m) => m.step === 'observe').length / changes.length,
  };
}

export function describePageChanges(figures: PageChangeFigures): string {
  const steps = STEPS.map((step) => `${step} ${figures.steps[step].toFixed(2)}`).join(', ');
  return `content script main-thread work per page change: median ${figures.median.toFixed(2)} ms (first visits ${figures.firstVisits.toFixed(2)} ms, revisits ${figures.revisits.toFixed(2)} ms), max ${figures.max.toFixed(2)} ms over ${figures.n} changes`
    + ` (median per step, ms: ${steps}; ${figures.checksPerChange.toFixed(1)} checks per change,`
    + ` in order ${figures.checkByOrder.map((ms) => ms.toFixed(2)).join(', ')} ms)`;
}
