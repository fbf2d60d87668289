// Proof that nothing leaves the machine: a full session with the extension records every
// request the browser makes, and the built code holds no network API at all.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHROME_BUILD, fixture, FIREFOX_BUILD, waitForVerdict } from './harness';
import { cardLink } from './scenarios';

test('a full session (browse, flag, export, settings) makes no network request of its own', async ({ context, extensionId }) => {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const navigations = new Set<string>();
  const page = await context.newPage();
  const visit = async (url: string) => {
    navigations.add(url);
    await page.goto(url);
  };

  const view = fixture('linkedin-job-view');
  await visit(view.url);
  await waitForVerdict(page, view.postings[0]!.jobId);
  await page.locator('truetitle-badge button.badge').hover();
  await page.getByRole('button', { name: 'Highlight duties on page' }).click();
  await page.getByRole('button', { name: /^(Flag|Unflag) posting$/ }).first().focus();

  const search = fixture('linkedin-search-2023');
  await visit(search.url);
  for (const posting of search.postings) {
    await page.locator(cardLink(search.kind, posting)!).click();
    await waitForVerdict(page, posting.jobId);
  }
  const indeed = fixture('indeed-search-2026');
  await visit(indeed.url);
  await waitForVerdict(page, indeed.currentJobId!);
  await page.locator('truetitle-badge button.badge').hover();
  await page.getByRole('button', { name: /^(Flag|Unflag) posting$/ }).click();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html`);
  await expect(popup.locator('[data-truetitle="flagged-row"]').first()).toBeVisible();
  await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/ui/options/options.html`);
  await expect(options.locator('[data-example="0"]')).toContainText('Mislabeled');

  const web = requests.filter((r) => /^https?:/.test(r.url()));
  const unexpected = web.filter((r) => !(r.isNavigationRequest() && navigations.has(r.url())));
  expect(unexpected.map((r) => `${r.resourceType()} ${r.url()}`)).toEqual([]);
  expect(web.length).toBe(navigations.size); // only the pages the test itself opened
});

for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
  test(`the built extension contains no network API (${basename(build)})`, () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.(js|html)$/.test(entry.name)) files.push(join(dir, entry.name));
      }
    };
    walk(build);
    const offenders = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return [/\bfetch\s*\(/, /XMLHttpRequest/, /new WebSocket/, /sendBeacon/, /new EventSource/, /importScripts/, /<script[^>]+src=["']https?:/]
        .filter((pattern) => pattern.test(code)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
}
