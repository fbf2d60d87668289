// A hostile page: markup and spreadsheet formulas in the title stay inert everywhere, and
// the page has no way to talk to the extension.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/storage/csv';
import { expect, test } from './fixtures';
import { waitForVerdict } from './harness';
import { extensionMessagingInPage } from './in-page';
import { HOSTILE_JOB_ID, HOSTILE_TITLE, HOSTILE_URL as URL, hostilePageHtml } from './scenarios';

test('a title crafted as markup and formula stays inert in badge, card, popup and export', async ({ context, extensionId }) => {
  await context.route(URL, (route) => route.fulfill({ contentType: 'text/html', body: hostilePageHtml() }));
  const page = await context.newPage();
  await page.goto(URL);
  await waitForVerdict(page, HOSTILE_JOB_ID);
  await page.locator('truetitle-badge button.badge').hover();
  // A mislabeled posting is flagged automatically; flag it by hand otherwise.
  const flag = page.getByRole('button', { name: 'Flag posting', exact: true });
  if (await flag.count()) await flag.click();
  await expect(page.getByRole('button', { name: 'Unflag posting', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('truetitle-badge').evaluate((host) => host.shadowRoot!.querySelectorAll('img, script, a[href^="javascript"]').length)).toBe(0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html`);
  const row = popup.locator('[data-truetitle="flagged-row"]');
  await expect(row).toContainText(HOSTILE_TITLE);
  expect(await row.locator('img').count()).toBe(0);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  const [, record] = parseCsv(readFileSync((await download.path())!, 'utf8'));
  expect(record![0]).toBe(`'${HOSTILE_TITLE}`);
});

test('the page cannot reach the extension', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/jobs/view/4012345678/');
  await waitForVerdict(page, '4012345678');
  const reachable = await page.evaluate(extensionMessagingInPage);
  expect(reachable).toBe(false);
  // A page posting look-alike messages changes nothing.
  await page.evaluate(() => window.postMessage({ type: 'truetitle/delete-all' }, '*'));
  await page.waitForTimeout(300);
  expect(await page.locator('[data-truetitle="badge"]').count()).toBe(1);
});

test('50 job switches 30 ms apart leave one badge, on the last job, with its verdict', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4012345001&keywords=marketing');
  await waitForVerdict(page, '4012345001');
  const ids = ['4012345002', '4012345003', '4012345004', '4012345005', '4012345001'];
  // Clicked from inside the page, so the pace is the page's own, however loaded the machine
  // running the test is: each switch lands while the last one's analysis may be in flight.
  await page.evaluate(async (jobIds) => {
    for (let i = 0; i < 50; i++) {
      document.querySelector<HTMLElement>(`li[data-occludable-job-id="${jobIds[i % jobIds.length]}"] .artdeco-entity-lockup__title a`)!.click();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }, ids);
  const badge = await waitForVerdict(page, '4012345001');
  expect(badge).toMatchObject({ count: 1, verdict: 'honest' });
  expect(await page.locator('truetitle-badge').count()).toBe(1);
  expect(await page.locator('[data-truetitle="list-mark"]').count()).toBeLessThanOrEqual(ids.length);
});
