// The posting on screen changes without page loads on both sites: after every kind of
// navigation there must be exactly one badge, on the right posting, with its verdict.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixture, openOptions, readBadges, waitForVerdict, type FixturePage } from './harness';
import { recordVerdictsInPage, seenVerdictsInPage } from './in-page';
import { describePageChanges, measurePageChanges } from './page-change';

/** The part of the worker's extension API the tests below reach into. */
declare const chrome: { runtime: { onConnect: { addListener(listener: (port: { onMessage: { addListener(listener: (message: unknown) => void): void } }) => void): void } } };

const expectedFor = (page: FixturePage, jobId: string) => page.postings.find((p) => p.jobId === jobId)!;


test.describe('LinkedIn search, semantic DOM (2023-2025)', () => {
  const search = fixture('linkedin-search-2023');
  const card = (page: Page, jobId: string) => page.locator(`li[data-occludable-job-id="${jobId}"] .artdeco-entity-lockup__title a`);

  test('a card click moves the badge to the new job, never showing a verdict from the old text', async ({ context }) => {
    const page = await context.newPage();
    await page.addInitScript(recordVerdictsInPage);
    await page.goto(search.url);
    await waitForVerdict(page, search.currentJobId!);
    const target = search.postings[2]!;
    await card(page, target.jobId).click();
    const badge = await waitForVerdict(page, target.jobId);
    expect(badge.verdict).toBe(target.expectedVerdict);
    // The pane showed a placeholder first; no verdict was ever shown for it.
    const afterClick = (await page.evaluate(seenVerdictsInPage)).filter((s) => s.jobId === target.jobId && s.verdict !== 'pending');
    expect(afterClick.map((s) => s.verdict)).toEqual([target.expectedVerdict]);
  });

  test('back and forward put the badge on the posting in the URL', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    const [first, second, third] = [search.postings[0]!, search.postings[1]!, search.postings[3]!];
    await waitForVerdict(page, first.jobId);
    await card(page, second.jobId).click();
    await waitForVerdict(page, second.jobId);
    await card(page, third.jobId).click();
    await waitForVerdict(page, third.jobId);
    await page.goBack();
    expect((await waitForVerdict(page, second.jobId)).verdict).toBe(second.expectedVerdict);
    await page.goBack();
    expect((await waitForVerdict(page, first.jobId)).verdict).toBe(first.expectedVerdict);
    await page.goForward();
    expect((await waitForVerdict(page, second.jobId)).verdict).toBe(second.expectedVerdict);
  });

  test('rapid clicking through 20 cards ends with one badge on the last job', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    await waitForVerdict(page, search.currentJobId!);
    const order = Array.from({ length: 20 }, (_, i) => search.postings[(i * 3 + 1) % search.postings.length]!);
    for (const posting of order) {
      await card(page, posting.jobId).click();
      await page.waitForTimeout(40);
    }
    const last = order[order.length - 1]!;
    const badge = await waitForVerdict(page, last.jobId);
    expect(badge.count).toBe(1);
    expect(badge.verdict).toBe(last.expectedVerdict);
    await page.waitForTimeout(800); // nothing late from an abandoned job may replace it
    expect(await readBadges(page)).toMatchObject({ count: 1, jobId: last.jobId, verdict: last.expectedVerdict });
  });

  test('pane text edited in place for another job gets a new verdict', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    const first = search.postings[0]!;
    await waitForVerdict(page, first.jobId);
    // The site reuses the pane's nodes: URL, title and description text change in place.
    await page.evaluate(() => {
      history.pushState({}, '', location.href.replace(/currentJobId=\d+/, 'currentJobId=4012345999'));
      const title = document.querySelector('.jobs-unified-top-card__job-title')!;
      title.firstChild!.textContent = 'Inside Sales Representative';
      title.closest('a')?.setAttribute('href', '/jobs/view/4012345999/');
      for (const item of Array.from(document.querySelectorAll('#job-details li, #job-details p'))) {
        item.textContent = 'Make 80 cold calls a day to small businesses in your territory and close new accounts for commission.';
      }
    });
    const badge = await waitForVerdict(page, '4012345999');
    expect(badge.count).toBe(1);
    expect(badge.verdict).toBe('honest');
    expect(badge.label).toMatch(/Sales role/);
  });

  test('a description too short to tell from a placeholder still gets a verdict, after a wait', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    await waitForVerdict(page, search.currentJobId!);
    // The site shows the next job's title first, then puts in a description of two short lines.
    await page.evaluate(() => {
      history.pushState({}, '', location.href.replace(/currentJobId=\d+/, 'currentJobId=4012345888'));
      const title = document.querySelector('.jobs-unified-top-card__job-title')!;
      title.firstChild!.textContent = 'Field Sales Representative';
      title.closest('a')?.setAttribute('href', '/jobs/view/4012345888/');
    });
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      const old = document.getElementById('job-details')!;
      const short = old.cloneNode(false) as HTMLElement;
      short.innerHTML = '<ul><li>Cold call 60 prospects a day.</li><li>Close deals in your territory.</li></ul>';
      old.replaceWith(short);
    });
    const badge = await waitForVerdict(page, '4012345888', 6000);
    expect(badge.count).toBe(1);
    expect(badge.verdict).not.toBe('pending');
  });

  test('going back to a posting shows its verdict without asking again, until the settings change', async ({ context, serviceWorker, extensionId }) => {
    // Records what content scripts ask for, on ports opened from now on.
    await serviceWorker.evaluate(() => {
      const asked: string[] = [];
      Object.assign(globalThis, { truetitleAsked: asked });
      chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener((request) => {
        const { message } = request as { message?: { type?: string; posting?: { jobId?: string } } };
        asked.push(message?.type === 'truetitle/analyze' ? message.posting?.jobId ?? '' : message?.type ?? '');
      }));
    });
    const asked = (what: string) => serviceWorker.evaluate((x) => (globalThis as unknown as { truetitleAsked: string[] }).truetitleAsked.filter((y) => y === x).length, what);
    const page = await context.newPage();
    await page.goto(search.url);
    await waitForVerdict(page, search.currentJobId!);
    // Two postings opened by clicks (the one shown on load was read from the server's markup, not the client's).
    const salesJob = search.postings.find((p) => p.expectedVerdict === 'mislabeled')!;
    const other = search.postings.find((p) => p.jobId !== salesJob.jobId && p.jobId !== search.currentJobId)!;
    for (const posting of [salesJob, other, salesJob, other]) {
      await card(page, posting.jobId).click();
      expect((await waitForVerdict(page, posting.jobId)).verdict).toBe(posting.expectedVerdict);
    }
    expect([await asked(salesJob.jobId), await asked(other.jobId)]).toEqual([1, 1]);

    // Thresholds that read no posting as a sales job: the verdict shown before is out of date.
    const options = await openOptions(context, extensionId);
    for (const [label, value] of [['Red-flag score that marks a sales job whatever the rest says', '10'], ['Selling share (of selling + marketing) that makes it a sales job', '0.99']] as const) {
      await options.getByLabel(label).fill(value);
      await options.getByLabel(label).blur();
    }
    await expect(options.getByRole('status')).toContainText('Saved');
    await options.close();
    // The tab heard of the change when it asks for its settings again.
    await expect.poll(() => asked('truetitle/content-settings')).toBeGreaterThan(1);
    await card(page, salesJob.jobId).click();
    expect((await waitForVerdict(page, salesJob.jobId)).verdict).not.toBe('mislabeled');
    expect(await asked(salesJob.jobId)).toBe(2);
  });

  test('list cards of analysed postings carry a compact mark, also after a page load', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    const target = search.postings[2]!;
    await waitForVerdict(page, search.currentJobId!);
    await card(page, target.jobId).click();
    await waitForVerdict(page, target.jobId);
    const mark = page.locator(`li[data-occludable-job-id="${target.jobId}"] [data-truetitle="list-mark"]`);
    await expect(mark).toHaveAttribute('data-verdict', target.expectedVerdict);
    await page.reload();
    await expect(mark).toHaveAttribute('data-verdict', target.expectedVerdict);
    await expect(page.locator(`li[data-occludable-job-id="${search.currentJobId}"] [data-truetitle="list-mark"]`)).toHaveCount(1);
    // A card never carries the badge's hook.
    await expect(page.locator('li [data-truetitle="badge"]')).toHaveCount(0);
  });
});

test.describe('LinkedIn search, 2026 DOM with hashed classes', () => {
  const search = fixture('linkedin-search-2026');

  test('the selected job and each card click get the right badge', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(search.url);
    const first = expectedFor(search, search.currentJobId!);
    expect((await waitForVerdict(page, first.jobId)).verdict).toBe(first.expectedVerdict);
    for (const target of search.postings.slice(1)) {
      await page.locator(`div[role="button"][componentkey]:has(> * button[aria-label="Dismiss ${target.title} job"]), div[role="button"][componentkey]:has(button[aria-label="Dismiss ${target.title} job"])`)
        .first().locator('p').first().click();
      expect((await waitForVerdict(page, target.jobId)).verdict).toBe(target.expectedVerdict);
    }
  });
});

test('LinkedIn signed-out job page', async ({ context }) => {
  const guest = fixture('linkedin-guest');
  const page = await context.newPage();
  await page.goto(guest.url);
  const posting = guest.postings[0]!;
  expect((await waitForVerdict(page, posting.jobId)).verdict).toBe(posting.expectedVerdict);
});

for (const kind of ['indeed-search-2026', 'indeed-search-2025']) {
  test(`Indeed search with the right-hand pane (${kind})`, async ({ context }) => {
    const search = fixture(kind);
    const page = await context.newPage();
    await page.goto(search.url);
    const first = expectedFor(search, search.currentJobId!);
    expect((await waitForVerdict(page, first.jobId)).verdict).toBe(first.expectedVerdict);
    for (const target of search.postings.filter((p) => p.jobId !== first.jobId)) {
      await page.locator(`a.jcs-JobTitle[data-jk="${target.jobId}"]`).click();
      await expect(page).toHaveURL(new RegExp(`vjk=${target.jobId}`));
      expect((await waitForVerdict(page, target.jobId)).verdict).toBe(target.expectedVerdict);
    }
  });
}

// Speed is measured and printed, not asserted: timings on a shared CI machine are noise.
test('measures the content script\'s main-thread work per page change', async ({ context }) => {
  const figures = await measurePageChanges(await context.newPage());
  console.log(describePageChanges(figures));
  expect(figures.n).toBe(14);
  expect(figures.median).toBeGreaterThan(0); // the measures were taken
});
