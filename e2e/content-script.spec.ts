import { expect, test } from './fixtures';
import { fixture, readBadges, waitForVerdict } from './harness';

test('runs on a LinkedIn job page and badges its title', async ({ context }) => {
  const page = await context.newPage();
  const view = fixture('linkedin-job-view');
  const posting = view.postings[0]!;
  await page.goto(view.url);
  const badge = await waitForVerdict(page, posting.jobId);
  expect(badge.count).toBe(1);
  expect(badge.verdict).toBe(posting.expectedVerdict);
  // The badge sits right beside the title, and never inside a link.
  const placement = await page.evaluate(() => {
    const host = document.querySelector('[data-truetitle="badge"]')!;
    const title = document.querySelector('.job-details-jobs-unified-top-card__job-title h1')!;
    return { beside: title.contains(host) || title.closest('a')?.nextElementSibling === host, inLink: !!host.closest('a') };
  });
  expect(placement).toEqual({ beside: true, inLink: false });
});

test('runs after client-side navigation from the LinkedIn feed to a job', async ({ context }) => {
  const page = await context.newPage();
  const feed = fixture('linkedin-feed');
  const job = fixture('linkedin-job-view').postings[0]!;
  await page.goto(feed.url);
  await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
  expect((await readBadges(page)).count).toBe(0);
  await page.getByRole('link', { name: /jobs/i }).first().click();
  await expect(page).toHaveURL(new RegExp(`/jobs/view/${job.jobId}`));
  const badge = await waitForVerdict(page, job.jobId);
  expect(badge.count).toBe(1);
  // Proof that no page load happened: the marker set on the feed is still there.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('runs on an Indeed job page', async ({ context }) => {
  const page = await context.newPage();
  const view = fixture('indeed-viewjob');
  const posting = view.postings[0]!;
  await page.goto(view.url);
  const badge = await waitForVerdict(page, posting.jobId);
  expect(badge.count).toBe(1);
  expect(badge.verdict).toBe(posting.expectedVerdict);
});

test('opens the popup', async ({ popup }) => {
  await expect(popup.getByRole('heading', { name: 'TrueTitle' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Flagged postings' })).toBeVisible();
});
