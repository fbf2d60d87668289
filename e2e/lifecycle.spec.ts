// The MV3 worker is stopped when idle and can be killed at any moment; users open many
// tabs and click through many jobs. None of that may cost a verdict or leak memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixture, fixturePages, launchWithExtension, serveFixtures, stopWorker, waitForVerdict } from './harness';

const cardLink = (page: Page, jobId: string) => page.locator(`li[data-occludable-job-id="${jobId}"] .artdeco-entity-lockup__title a`);

test('a worker killed while postings load is restarted, and each posting gets its verdict', async ({ context }) => {
  test.setTimeout(75_000); // four restarts, each of which Chrome may hold off for several seconds
  const search = fixture('linkedin-search-2023');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(search.url);
  expect(await stopWorker(cdp)).toBe(true);
  // Chrome can keep a worker stopped this way out of reach for 7 s or more; the script keeps asking.
  expect((await waitForVerdict(page, search.currentJobId!, 15_000)).verdict).toBe(search.postings[0]!.expectedVerdict);
  for (const posting of search.postings.slice(1, 4)) {
    await cardLink(page, posting.jobId).click();
    await page.waitForTimeout(300); // about when the text settles and the request goes out
    await stopWorker(cdp);
    expect((await waitForVerdict(page, posting.jobId, 15_000)).verdict).toBe(posting.expectedVerdict);
  }
});

test('many tabs at once each get their own verdict', async ({ context }) => {
  const pages = fixturePages().filter((p) => p.currentJobId && p.kind !== 'jsonld');
  const tabs = await Promise.all(pages.map(async (source) => {
    const page = await context.newPage();
    await page.goto(source.url);
    return { page, source };
  }));
  await Promise.all(tabs.map(async ({ page, source }) => {
    const expected = source.postings.find((p) => p.jobId === source.currentJobId)!;
    expect((await waitForVerdict(page, expected.jobId, 20_000)).verdict).toBe(expected.expectedVerdict);
  }));
});

test('the worker reports stored data it cannot use, and the popup shows it', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } })
    .chrome.storage.local.set({ store: { schemaVersion: 99, flagged: {} } }));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html`);
  await expect(popup.getByRole('status')).toContainText('stored by a newer TrueTitle (schema 99): not read, not overwritten');
});

test('50 job switches leave no growth in memory', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'truetitle-memory-'));
  const { context } = await launchWithExtension({ userDataDir: profile, headless: true, extraArgs: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
  try {
    await serveFixtures(context);
    const search = fixture('linkedin-search-2023');
    const page = await context.newPage();
    await page.goto(search.url);
    await waitForVerdict(page, search.currentJobId!);
    const switchJobs = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const posting = search.postings[(i + 1) % search.postings.length]!;
        await cardLink(page, posting.jobId).click();
        await waitForVerdict(page, posting.jobId);
      }
    };
    // The page's heap holds the content script's too: both run in the page's V8 isolate.
    const heap = () => page.evaluate(() => {
      (globalThis as unknown as { gc(): void }).gc();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
    await switchJobs(10); // warm up: caches, compiled code
    const before = await heap();
    await switchJobs(50);
    const after = await heap();
    console.log(`JS heap after 10 switches ${(before / 1e6).toFixed(2)} MB, after 50 more ${(after / 1e6).toFixed(2)} MB`);
    expect(after - before).toBeLessThan(1_000_000);
    await expect(page.locator('truetitle-badge')).toHaveCount(1);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
