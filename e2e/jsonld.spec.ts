// Any other site with a schema.org JobPosting: checked when the user asks from the popup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildWithHostAccess, fixture, launchWithExtension, readBadges, serveFixtures, waitForVerdict } from './harness';

test('"Check this page" badges a career page from its JSON-LD, and only when asked', async () => {
  const career = fixture('jsonld');
  const extensionDir = buildWithHostAccess([`${new URL(career.url).origin}/*`]);
  const profile = mkdtempSync(join(tmpdir(), 'truetitle-jsonld-'));
  const { context, extensionId } = await launchWithExtension({ userDataDir: profile, headless: true, extensionDir });
  try {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(career.url);
    await page.waitForTimeout(800);
    expect((await readBadges(page)).count).toBe(0); // no content script runs here on its own

    const tabId = await (context.serviceWorkers()[0]!).evaluate(async (url) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } } }).chrome.tabs;
      const [tab] = await tabs.query({ url });
      return tab!.id!;
    }, career.url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    const posting = career.postings[0]!;
    await expect(popup.locator('.check')).toContainText('Honest');
    const badge = await waitForVerdict(page, posting.jobId);
    expect(badge.verdict).toBe(posting.expectedVerdict);
    expect(await page.locator('truetitle-badge').evaluate((host) => host.closest('h1, h2') !== null || host.previousElementSibling?.matches('h1, h2, a'))).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  }
});
