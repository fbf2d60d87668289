// The settings page: its choices reach the job pages, and its data controls work.
import { expect, test } from './fixtures';
import { fixture, openOptions, readBadges, waitForVerdict } from './harness';

test('thresholds show their effect on examples live, and a site can be switched off', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const seedExample = options.locator('[data-example="0"]');
  await expect(seedExample).toContainText('Mislabeled');
  // Ignore red flags entirely and demand 95% selling: the same posting no longer reads as a sales job.
  await options.getByLabel('Red-flag score that marks a sales job whatever the rest says').fill('10');
  await options.getByLabel('Red-flag score that marks a sales job whatever the rest says').blur();
  await options.getByLabel('Selling share (of selling + marketing) that makes it a sales job').fill('0.95');
  await options.getByLabel('Selling share (of selling + marketing) that makes it a sales job').blur();
  await expect(seedExample).not.toContainText('Mislabeled');
  await options.getByRole('button', { name: 'Restore the measured defaults' }).click();
  await expect(seedExample).toContainText('Mislabeled');

  await options.getByLabel('LinkedIn').uncheck();
  await expect(options.getByRole('status')).toContainText('Saved');
  const page = await context.newPage();
  await page.goto(fixture('linkedin-job-view').url);
  await page.waitForTimeout(1500);
  expect((await readBadges(page)).count).toBe(0);
  // Indeed is still on.
  const indeed = fixture('indeed-viewjob');
  await page.goto(indeed.url);
  await waitForVerdict(page, indeed.postings[0]!.jobId);
});

test('switching a site off and on again reaches the tabs already open on it', async ({ context, extensionId }) => {
  const view = fixture('linkedin-job-view');
  const page = await context.newPage();
  await page.goto(view.url);
  const posting = view.postings[0]!;
  await waitForVerdict(page, posting.jobId);
  const options = await openOptions(context, extensionId);
  await options.getByLabel('LinkedIn').uncheck();
  await expect(options.getByRole('status')).toContainText('Saved');
  await expect.poll(async () => (await readBadges(page)).count).toBe(0);
  await options.getByLabel('LinkedIn').check();
  await expect(options.getByRole('status')).toContainText('Saved');
  expect((await waitForVerdict(page, posting.jobId)).verdict).toBe(posting.expectedVerdict);
});

test('delete all data empties the store after a confirmation', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const view = fixture('linkedin-job-view');
  await page.goto(view.url);
  await waitForVerdict(page, view.postings[0]!.jobId); // mislabeled: auto-flagged
  const options = await openOptions(context, extensionId);
  await expect(options.getByText('1 flagged posting')).toBeVisible();
  await options.getByRole('button', { name: 'Delete all data' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByRole('status')).toContainText('All TrueTitle data deleted.');
  await expect(options.getByText('0 flagged postings')).toBeVisible();
});
