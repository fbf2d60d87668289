// The Firefox build in a real Firefox: the Chromium suite's scenarios on the same fixture
// pages and expectations (e2e/fixtures/pages/index.json, e2e/scenarios.ts). One Firefox
// runs the whole file (starting it takes seconds); each test opens its own tabs. Storage
// is shared between the tests, so none relies on what another flagged (one deletes all data).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { parseCsv } from '../src/storage/csv';
import { followNewTab, firefoxPath, launchFirefox, POLL, readBadges, waitForDownload, waitForVerdict, type FirefoxSession } from './firefox-harness';
import { FIREFOX_BUILD, fixture } from './harness';
import { extensionMessagingInPage, readCardInPage, readHighlightsInPage, recordVerdictsInPage, seenVerdictsInPage } from './in-page';
import { badgedFixtures, CARD_VERDICT_NAMES, cardLink, HOSTILE_JOB_ID, HOSTILE_TITLE, HOSTILE_URL, hostilePageHtml, postingOnLoad } from './scenarios';

const FIREFOX = firefoxPath();
const MISSING = 'Firefox is not installed, so the Firefox tests are skipped: install it with `sudo apt-get install -y firefox-esr` (npm test does when run as root) or set FIREFOX_PATH';
const LIST_PAGE = '/src/ui/popup/popup.html?view=tab';
const OPTIONS_PAGE = '/src/ui/options/options.html';

const BADGE = 'truetitle-badge >>> button.badge';
const CARD = 'truetitle-badge >>> [data-truetitle="card"]';
/** A control in the badge's card (inside its shadow root), by accessible name. */
const inCard = (name: string) => `truetitle-badge >>> ::-p-aria(${name})`;
const byName = (name: string) => `::-p-aria(${name})`;
/** For waits that should fail with their own message before the test's 30 s run out. */
const WAIT = { ...POLL, timeout: 10_000 };

// The list reporter does not print why a test was skipped: this one says it in the run's
// output, and otherwise checks that this Firefox is one the build may be installed in.
test('Firefox is installed and new enough for the Firefox build', () => {
  if (!FIREFOX) console.warn(`\n${MISSING}.\n`);
  test.skip(!FIREFOX, MISSING);
  const version = execFileSync(FIREFOX!, ['--version'], { encoding: 'utf8' }).match(/(\d+)\.\d+/);
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const minimum = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
  expect(Number(version?.[1])).toBeGreaterThanOrEqual(minimum);
});

test.describe('Firefox', () => {
  test.skip(!FIREFOX, MISSING);
  let ff: FirefoxSession;

  test.beforeAll(async () => {
    test.setTimeout(60_000); // starting Firefox takes 5-10 s, more while Chromium tests run alongside
    ff = await launchFirefox(FIREFOX!);
  });
  test.afterAll(async () => ff?.close());

  async function open(url: string, setUp?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await ff.newPage();
    await setUp?.(page);
    await page.goto(url);
    return page;
  }

  /** Hovers the badge and flags its posting from the card, unless it is flagged already. */
  async function flagFromCard(page: Page): Promise<void> {
    await page.locator(BADGE).hover();
    const name = await page.locator(`${CARD} .actions button.primary`).map((button) => button.textContent).wait();
    if (name === 'Flag posting') await page.locator(inCard('Flag posting')).click();
    await page.locator(inCard('Unflag posting')).wait();
  }

  for (const source of badgedFixtures()) {
    test(`${source.kind}: every posting gets one badge with its expected verdict`, async () => {
      const page = await open(source.url);
      const first = postingOnLoad(source);
      const badge = await waitForVerdict(page, first.jobId);
      expect(badge).toMatchObject({ count: 1, verdict: first.expectedVerdict });
      expect(badge.label).toMatch(/ role|Can't tell/);
      for (const posting of source.postings.filter((p) => p !== first)) {
        const link = cardLink(source.kind, posting);
        if (!link) throw new Error(`${source.kind} lists ${posting.jobId} but e2e/scenarios.ts has no card link for it`);
        await page.locator(link).click();
        expect(await waitForVerdict(page, posting.jobId), posting.title).toMatchObject({ count: 1, verdict: posting.expectedVerdict });
      }
      await page.close();
    });
  }

  test.describe('client-side navigation on LinkedIn search (2023 DOM)', () => {
    const search = fixture('linkedin-search-2023');
    const click = (page: Page, index: number) => page.locator(cardLink(search.kind, search.postings[index]!)!).click();

    test('a card click moves the badge; the placeholder pane never gets a verdict', async () => {
      const page = await open(search.url, (p) => p.evaluateOnNewDocument(recordVerdictsInPage));
      await waitForVerdict(page, search.currentJobId!);
      const target = search.postings[2]!;
      await click(page, 2);
      expect((await waitForVerdict(page, target.jobId)).verdict).toBe(target.expectedVerdict);
      // The fixture paints the new title, then an empty "About the job" pane, then the text.
      const seen = await page.evaluate(seenVerdictsInPage);
      expect(seen).toContainEqual({ jobId: search.currentJobId, verdict: postingOnLoad(search).expectedVerdict }); // the recorder works
      expect(seen.filter((s) => s.jobId === target.jobId && s.verdict !== 'pending').map((s) => s.verdict)).toEqual([target.expectedVerdict]);
      await page.close();
    });

    test('back and forward put the badge on the posting in the URL', async () => {
      const page = await open(search.url);
      const [first, second, third] = [search.postings[0]!, search.postings[1]!, search.postings[3]!];
      await waitForVerdict(page, first.jobId);
      await click(page, 1);
      await waitForVerdict(page, second.jobId);
      await click(page, 3);
      await waitForVerdict(page, third.jobId);
      await page.goBack();
      expect(page.url()).toContain(`currentJobId=${second.jobId}`);
      expect((await waitForVerdict(page, second.jobId)).verdict).toBe(second.expectedVerdict);
      await page.goBack();
      expect((await waitForVerdict(page, first.jobId)).verdict).toBe(first.expectedVerdict);
      await page.goForward();
      expect((await waitForVerdict(page, second.jobId)).verdict).toBe(second.expectedVerdict);
      await page.close();
    });

    test('rapid clicking through 20 cards ends with one badge on the last job', async () => {
      const page = await open(search.url);
      await waitForVerdict(page, search.currentJobId!);
      const order = Array.from({ length: 20 }, (_, i) => (i * 3 + 1) % search.postings.length);
      // Clicked from inside the page, 40 ms apart: a BiDi pointer click takes ~300 ms in
      // Firefox here, slow enough for each job to settle, which would not test a burst.
      const took = await page.evaluate(async (links) => {
        const started = performance.now();
        for (const link of links) {
          document.querySelector<HTMLElement>(link)!.click();
          await new Promise((r) => setTimeout(r, 40));
        }
        return performance.now() - started;
      }, order.map((index) => cardLink(search.kind, search.postings[index]!)!));
      expect(took).toBeLessThan(20 * 250); // faster than the content script waits for text to settle
      const last = search.postings[order[order.length - 1]!]!;
      expect(await waitForVerdict(page, last.jobId)).toMatchObject({ count: 1, verdict: last.expectedVerdict });
      await new Promise((r) => setTimeout(r, 800)); // nothing late from an abandoned job may replace it
      expect(await readBadges(page)).toMatchObject({ count: 1, jobId: last.jobId, verdict: last.expectedVerdict });
      await page.close();
    });

    test('from the feed to a job without a page load', async () => {
      const job = fixture('linkedin-job-view').postings[0]!;
      const page = await open(fixture('linkedin-feed').url);
      await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
      expect((await readBadges(page)).count).toBe(0);
      await page.locator(`a[href*="/jobs/view/${job.jobId}"]`).click();
      expect(await waitForVerdict(page, job.jobId)).toMatchObject({ count: 1, verdict: job.expectedVerdict });
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await page.close();
    });

    test('list cards of analysed postings carry a compact mark, also after a page load', async () => {
      const page = await open(search.url);
      const target = search.postings[2]!;
      await waitForVerdict(page, search.currentJobId!);
      await click(page, 2);
      await waitForVerdict(page, target.jobId);
      const markOn = (jobId: string) => `li[data-occludable-job-id="${jobId}"] [data-truetitle="list-mark"]`;
      const marked = (selector: string, verdict: string) => document.querySelectorAll(selector).length === 1
        && document.querySelector<HTMLElement>(selector)!.dataset.verdict === verdict;
      await page.waitForFunction(marked, WAIT, markOn(target.jobId), target.expectedVerdict);
      // After a load both marks come from the worker's memory of verdicts. (The static fixture
      // shows the first posting's pane under the target's URL, so that load gets no badge.)
      await page.reload();
      await page.waitForFunction(marked, WAIT, markOn(target.jobId), target.expectedVerdict);
      await page.waitForFunction(marked, WAIT, markOn(search.currentJobId!), postingOnLoad(search).expectedVerdict);
      // A card never carries the badge's hook. (Which other cards are marked depends on what
      // the earlier tests opened: the worker's memory of verdicts is shared by the whole run.)
      expect(await page.$$eval('li [data-truetitle="badge"]', (hooks) => hooks.length)).toBe(0);
      await page.close();
    });
  });

  test('the card opens on hover and on keyboard focus and shows the breakdown', async () => {
    const view = fixture('linkedin-job-view');
    const posting = view.postings[0]!; // the seed's disguised sales job
    const page = await open(view.url);
    await waitForVerdict(page, posting.jobId);
    await page.locator(BADGE).hover();
    await page.locator(CARD).wait();
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.verdict).toBe(CARD_VERDICT_NAMES[posting.expectedVerdict]);
    expect(card.shares).toMatch(/^Duties: Selling \d+%, Marketing \d+%, Other work \d+%$/);
    expect(card.dutyLabels.length).toBeGreaterThan(5);
    expect(new Set(card.dutyLabels)).toEqual(new Set(['sales', 'marketing', 'other']));
    expect(card.redFlagKinds).toContain('activity-quota');

    // Keyboard: focus opens the card, Tab reaches its first action, Escape closes it and
    // gives focus back to the badge.
    const cardShown = () => page.evaluate(() => !!document.querySelector('truetitle-badge')!.shadowRoot!.querySelector('[data-truetitle="card"]'));
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.querySelector('truetitle-badge')!.shadowRoot!.querySelector('[data-truetitle="card"]'), POLL);
    await page.focus(BADGE);
    await page.locator(CARD).wait();
    const focused = () => page.evaluate(() => {
      const active = document.querySelector('truetitle-badge')!.shadowRoot!.activeElement as HTMLElement | null;
      return { card: active?.dataset.truetitle === 'card', scrolls: !!active && active.scrollHeight > active.clientHeight, text: active?.textContent };
    });
    await page.keyboard.press('Tab');
    // Firefox makes a scrolling element a tab stop of its own even when it holds controls
    // (Chromium does not): this long card scrolls, so Tab reaches the card, then its actions.
    const first = await focused();
    if (first.card) {
      expect(first.scrolls).toBe(true);
      await page.keyboard.press('Tab');
    }
    expect((await focused()).text).toMatch(/^(Flag|Unflag) posting$/);
    await page.keyboard.press('Escape');
    expect(await cardShown()).toBe(false);
    expect(await page.evaluate(() => document.querySelector('truetitle-badge')!.shadowRoot!.activeElement?.matches('button.badge'))).toBe(true);
    await page.close();
  });

  test('highlighting duties from the card marks them in the posting; removing them restores its DOM exactly', async () => {
    const view = fixture('linkedin-job-view');
    const page = await open(view.url);
    await waitForVerdict(page, view.postings[0]!.jobId);
    const before = await page.evaluate(readHighlightsInPage, '#job-details');
    expect(before.count).toBe(0);
    await page.locator(BADGE).hover();
    await page.locator(inCard('Highlight duties on page')).click();
    await page.waitForFunction((container) => document.querySelectorAll(`${container} mark[data-truetitle="highlight"]`).length > 0, WAIT, '#job-details');
    const lit = await page.evaluate(readHighlightsInPage, '#job-details');
    expect(lit.count).toBeGreaterThan(5);
    expect(lit.labels).toEqual(['marketing', 'other', 'sales']);
    await page.locator(inCard('Remove highlights')).click();
    await page.waitForFunction((container) => !document.querySelector(`${container} mark[data-truetitle="highlight"]`), WAIT, '#job-details');
    const after = await page.evaluate(readHighlightsInPage, '#job-details');
    expect(after.html).toBe(before.html);
    expect(after.textNodes).toEqual(before.textNodes);
    await page.close();
  });

  /** Flags the Indeed job page's posting (honest, so not flagged automatically) from its card and follows "View flagged postings". */
  async function flagAndOpenList() {
    const view = fixture('indeed-viewjob');
    const posting = view.postings[0]!;
    const page = await open(view.url);
    await waitForVerdict(page, posting.jobId);
    await flagFromCard(page);
    const list = await followNewTab(ff.browser, () => page.locator(inCard('View flagged postings')).click(), LIST_PAGE);
    await list.locator(`[data-truetitle="flagged-row"] ::-p-text(${posting.title})`).wait();
    return { page, list, posting };
  }

  test('flag from the card, "View flagged postings" opens the list in a tab, and both exports hold the posting', async () => {
    const { page, list, posting } = await flagAndOpenList();
    expect(await list.$eval('main', (main) => main.className)).toBe('popup in-tab');

    const known = new Set<string>();
    await list.locator(byName('Export CSV')).click();
    const [header, ...records] = parseCsv(readFileSync(await waitForDownload(ff.downloads, /^truetitle-flagged-\d{4}-\d{2}-\d{2}.*\.csv$/, known), 'utf8'));
    expect(header![0]).toBe('title');
    const row = records.find((r) => r[0] === posting.title);
    expect(row?.[header!.indexOf('site')]).toBe('indeed');
    expect(row?.[header!.indexOf('company')]).toBe(posting.company);

    await list.locator(byName('Export JSON')).click();
    const exported = JSON.parse(readFileSync(await waitForDownload(ff.downloads, /^truetitle-flagged-.*\.json$/, known), 'utf8'));
    expect(exported.schemaVersion).toBe(1);
    expect(exported.flagged).toEqual(expect.arrayContaining([expect.objectContaining({ title: posting.title, jobId: posting.jobId, verdict: posting.expectedVerdict })]));
    await list.close();
    await page.close();
  });

  test('settings opened from the list reach the job pages', async () => {
    const linkedIn = fixture('linkedin-job-view');
    const indeed = fixture('indeed-viewjob');
    const page = await open(indeed.url);
    await waitForVerdict(page, indeed.postings[0]!.jobId);
    await page.locator(BADGE).hover();
    const list = await followNewTab(ff.browser, () => page.locator(inCard('View flagged postings')).click(), LIST_PAGE);
    const options = await followNewTab(ff.browser, () => list.locator(byName('Settings')).click(), OPTIONS_PAGE);
    // The page's live example runs the engine from an extension page.
    await options.waitForFunction(() => document.querySelector('[data-example="0"]')?.textContent?.includes('Mislabeled'), POLL);
    const linkedInSwitch = options.locator('::-p-aria(LinkedIn[role="checkbox"])');
    try {
      await linkedInSwitch.click();
      await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('Saved'), POLL);
      const off = await open(linkedIn.url);
      await new Promise((r) => setTimeout(r, 1500));
      expect((await readBadges(off)).count).toBe(0);
      await off.close();
    } finally {
      // Back on for the other tests, and stored before the next page loads.
      await linkedInSwitch.click();
      await options.waitForFunction(async () => {
        const storage = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, { settings?: { sites?: { linkedin?: boolean } } }>> } } } }).browser.storage.local;
        return (await storage.get('store')).store?.settings?.sites?.linkedin === true;
      }, POLL);
    }
    const on = await open(linkedIn.url);
    await waitForVerdict(on, linkedIn.postings[0]!.jobId);
    for (const tab of [on, options, list, page]) await tab.close();
  });

  test('a title crafted as markup and formula stays inert in badge, card, list and CSV export; the page cannot reach the extension', async () => {
    ff.serve(HOSTILE_URL, hostilePageHtml());
    const page = await open(HOSTILE_URL);
    await waitForVerdict(page, HOSTILE_JOB_ID);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(HOSTILE_TITLE); // the page shows it as text
    await flagFromCard(page); // the card is open
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector('truetitle-badge')!.shadowRoot!.querySelectorAll('img, script, a[href^="javascript"]').length)).toBe(0);
    // The page's own script has no extension messaging, and look-alike messages do nothing.
    expect(await page.evaluate(extensionMessagingInPage)).toBe(false);
    await page.evaluate(() => window.postMessage({ type: 'truetitle/delete-all' }, '*'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await readBadges(page)).count).toBe(1);

    const list = await followNewTab(ff.browser, () => page.locator(inCard('View flagged postings')).click(), LIST_PAGE);
    const rowShowing = (title: string) => Array.from(document.querySelectorAll('[data-truetitle="flagged-row"]')).some((row) => row.textContent?.includes(title));
    await list.waitForFunction(rowShowing, WAIT, HOSTILE_TITLE); // still flagged: the page's "delete-all" reached nothing
    expect(await list.$$eval('[data-truetitle="flagged-row"] img, [data-truetitle="flagged-row"] script', (found) => found.length)).toBe(0);
    const before = new Set(readdirSync(ff.downloads));
    await list.locator(byName('Export CSV')).click();
    const [, ...records] = parseCsv(readFileSync(await waitForDownload(ff.downloads, /\.csv$/, before), 'utf8'));
    expect(records.map((r) => r[0])).toContain(`'${HOSTILE_TITLE}`); // a formula no spreadsheet runs
    expect(records.filter((r) => /^[=+\-@]/.test(r[0] ?? ''))).toEqual([]);
    await list.close();
    await page.close();
  });

  test('deleting all data from the settings opened via the list empties the list', async () => {
    const { page, list, posting } = await flagAndOpenList();
    const options = await followNewTab(ff.browser, () => list.locator(byName('Settings')).click(), OPTIONS_PAGE);
    await options.waitForFunction(() => /\b[1-9]\d* flagged postings?\b/.test(document.body.textContent ?? ''), WAIT);
    await options.locator(byName('Delete all data')).click();
    await options.locator(byName('Yes, delete everything')).click();
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('All TrueTitle data deleted.'), WAIT);
    expect(await options.evaluate(() => document.body.textContent)).toContain('0 flagged postings');
    expect(await options.evaluate(async () => {
      const storage = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, { flagged?: object }>> } } } }).browser.storage.local;
      return Object.keys((await storage.get('store')).store?.flagged ?? {}).length;
    })).toBe(0);
    // The list shows the store as it was when it loaded: loaded again, it is empty. (From
    // inside: puppeteer's reload of a moz-extension:// tab never returns over BiDi.)
    await list.evaluate(() => location.reload());
    await list.waitForFunction(() => document.readyState === 'complete' && !!document.body.textContent?.includes('Nothing flagged yet.'), WAIT);
    expect(await list.$$eval('[data-truetitle="flagged-row"]', (rows) => rows.length)).toBe(0);
    for (const tab of [options, list, page]) await tab.close();
  });

  // Last: the record covers every test before it in this Firefox, and this test's session.
  test('nothing is requested from any host but the fixture pages the tests opened', async () => {
    const search = fixture('indeed-search-2026');
    const page = await open(search.url);
    await waitForVerdict(page, search.currentJobId!);
    const other = search.postings[1]!;
    await page.locator(cardLink(search.kind, other)!).click();
    await waitForVerdict(page, other.jobId);
    await flagFromCard(page);
    await page.locator(inCard('Highlight duties on page')).click();
    const list = await followNewTab(ff.browser, () => page.locator(inCard('View flagged postings')).click(), LIST_PAGE);
    await list.locator(`[data-truetitle="flagged-row"] ::-p-text(${other.title})`).wait();
    const before = new Set(readdirSync(ff.downloads));
    await list.locator(byName('Export JSON')).click();
    await waitForDownload(ff.downloads, /\.json$/, before);

    expect(ff.network).toEqual([]); // the proxy: the extension's worker and pages, and Firefox itself
    const pageRequests = ff.pageRequests;
    expect(pageRequests).toContainEqual({ url: search.url, navigation: true, served: true }); // the record works
    expect(pageRequests.filter((r) => !r.served).map((r) => r.url)).toEqual([]); // pages asked for nothing but fixture documents
    await list.close();
    await page.close();
  });
});
