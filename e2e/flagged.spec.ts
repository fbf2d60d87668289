// Flag from the card, review in the popup, export, survive a restart, import a backup.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { parseCsv } from '../src/storage/csv';
import { expect, test } from './fixtures';
import { fixture, launchWithExtension, serveFixtures, waitForVerdict } from './harness';

async function flagFromCard(page: Page, kind: string): Promise<string> {
  const source = fixture(kind);
  const jobId = source.currentJobId ?? source.postings[0]!.jobId;
  await page.goto(source.url);
  await waitForVerdict(page, jobId);
  await page.locator('truetitle-badge button.badge').hover();
  const button = page.getByRole('button', { name: /^(Flag|Unflag) posting$/ });
  if ((await button.textContent()) === 'Flag posting') await button.click();
  await expect(page.getByRole('button', { name: 'Unflag posting' })).toBeVisible();
  return source.postings.find((p) => p.jobId === jobId)!.title;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html`);
  return popup;
}

test('a posting flagged on LinkedIn and one on Indeed come out in the popup and in both exports', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const linkedInTitle = await flagFromCard(page, 'linkedin-guest');
  const indeedTitle = await flagFromCard(page, 'indeed-viewjob');
  const popup = await openPopup(context, extensionId);
  const rows = popup.locator('[data-truetitle="flagged-row"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(indeedTitle); // newest first
  await expect(rows.nth(1)).toContainText(linkedInTitle);

  const [csvDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^truetitle-flagged-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...records] = parseCsv(csv);
  expect(header![0]).toBe('title');
  expect(records.map((r) => r[0]).sort()).toEqual([indeedTitle, linkedInTitle].sort());
  expect(records.map((r) => r[header!.indexOf('site')])).toEqual(expect.arrayContaining(['linkedin', 'indeed']));

  const [jsonDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(exported.schemaVersion).toBe(1);
  expect(exported.flagged.map((p: { title: string }) => p.title).sort()).toEqual([indeedTitle, linkedInTitle].sort());
});

test('"View flagged postings" in the card opens the list in a new tab, where the posting is listed', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const title = await flagFromCard(page, 'indeed-viewjob');
  // From the keyboard: the action is a real button in the card's tab order.
  const view = page.getByRole('button', { name: 'View flagged postings' });
  await view.focus();
  const [list] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await expect(list).toHaveURL(`chrome-extension://${extensionId}/src/ui/popup/popup.html?view=tab`);
  await expect(list.locator('[data-truetitle="flagged-row"]')).toContainText([title]);
  await expect(list.locator('main')).toHaveClass('popup in-tab'); // laid out as a page, not a 400px popup
  expect(context.pages()).toHaveLength(3); // the blank first tab, the job, the list: one tab per click
});

test('flagged postings survive a browser restart, and a JSON backup restores them into an empty profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'truetitle-restart-'));
  const fresh = mkdtempSync(join(tmpdir(), 'truetitle-fresh-'));
  try {
    let first = await launchWithExtension({ userDataDir: profile, headless: true });
    await serveFixtures(first.context);
    const title = await flagFromCard(await first.context.newPage(), 'linkedin-job-view');
    await first.context.close();

    first = await launchWithExtension({ userDataDir: profile, headless: true });
    let popup = await openPopup(first.context, first.extensionId);
    await expect(popup.locator('[data-truetitle="flagged-row"]')).toContainText([title]);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
    const backup = join(fresh, 'backup.json');
    await download.saveAs(backup);
    await first.context.close();

    const second = await launchWithExtension({ userDataDir: join(fresh, 'profile'), headless: true });
    popup = await openPopup(second.context, second.extensionId);
    await expect(popup.getByText('Nothing flagged yet.')).toBeVisible();
    await popup.locator('input[type="file"]').setInputFiles(backup);
    await expect(popup.locator('[data-truetitle="flagged-row"]')).toContainText([title]);
    await expect(popup.getByRole('status')).toContainText('Imported 1 posting');
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  }
});
