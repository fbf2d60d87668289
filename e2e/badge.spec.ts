// The badge and its card in a real page: keyboard use, highlighting, flagging, and a
// screenshot of each verdict in light and dark (saved for the README).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixture, ROOT, waitForVerdict } from './harness';
import { cardLink } from './scenarios';

// Outside Playwright's output folder, which each run empties.
const SHOTS = resolve(ROOT, 'out/screenshots');
const badgeButton = (page: Page) => page.locator('truetitle-badge button.badge');
const card = (page: Page) => page.locator('[data-truetitle="card"]');

/** LinkedIn's dark mode: a class on <html> and dark page colours. */
async function darkMode(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.classList.add('theme--dark');
      const style = document.createElement('style');
      style.textContent = 'html.theme--dark, html.theme--dark body, html.theme--dark main, html.theme--dark section, html.theme--dark div { background-color: #1b1f23 !important; color: #e9edf0 !important; } html.theme--dark a { color: #71b7fb !important; }';
      document.head.append(style);
    });
  });
}

test('keyboard: focus opens the card, Tab reaches its actions, Enter flags, Escape closes', async ({ context }) => {
  const view = fixture('indeed-viewjob'); // honest, so not flagged automatically
  const page = await context.newPage();
  await page.goto(view.url);
  await waitForVerdict(page, view.postings[0]!.jobId);
  // Screen readers hear the product's name and the verdict's words, not the icon.
  await expect(badgeButton(page)).toHaveAccessibleName(/^TrueTitle: Marketing role · \d+% of duties$/);
  await badgeButton(page).focus();
  await expect(card(page)).toBeVisible();
  await expect(badgeButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const flag = page.getByRole('button', { name: 'Flag posting', exact: true });
  await expect(flag).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Unflag posting', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(badgeButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
});

test('highlight duties on the page, then remove them: the posting DOM is restored exactly', async ({ context }) => {
  const view = fixture('linkedin-job-view');
  const page = await context.newPage();
  await page.goto(view.url);
  await waitForVerdict(page, view.postings[0]!.jobId);
  const description = page.locator('#job-details');
  const before = await description.evaluate((el) => el.outerHTML);
  await badgeButton(page).hover();
  await page.getByRole('button', { name: 'Highlight duties on page' }).click();
  const marks = page.locator('#job-details mark[data-truetitle="highlight"]');
  expect(await marks.count()).toBeGreaterThan(5);
  expect(new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-label'))))).toEqual(new Set(['sales', 'marketing', 'other']));
  await page.getByRole('button', { name: 'Remove highlights' }).click();
  await expect(marks).toHaveCount(0);
  expect(await description.evaluate((el) => el.outerHTML)).toBe(before);
});

test('the card stays inside the viewport and does not move the page', async ({ context }) => {
  const view = fixture('indeed-viewjob');
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(view.url);
  await waitForVerdict(page, view.postings[0]!.jobId);
  const layout = () => page.evaluate(() => Array.from(document.querySelectorAll('p, li, h1, h2')).slice(0, 30).map((el) => el.getBoundingClientRect().top));
  const before = await layout();
  await badgeButton(page).hover();
  const box = (await card(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(800);
  expect(box.y + box.height).toBeLessThanOrEqual(600);
  expect(await layout()).toEqual(before);
});

const STATES = [
  { kind: 'linkedin-job-view', jobId: '4012345678', name: 'mislabeled-linkedin' },
  { kind: 'indeed-viewjob', jobId: 'a1b2c3d4e5f60718', name: 'honest-indeed' },
  { kind: 'linkedin-search-2026', jobId: '4098765003', name: 'hybrid-linkedin' },
  { kind: 'linkedin-search-2026', jobId: '4098765004', name: 'unclear-linkedin' },
];

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of each verdict, ${theme}`, async ({ context }) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const state of STATES) {
      const page = await context.newPage();
      if (theme === 'dark') await darkMode(page);
      const source = fixture(state.kind);
      await page.goto(source.url);
      if (source.currentJobId !== state.jobId) {
        await page.locator(cardLink(source.kind, source.postings.find((p) => p.jobId === state.jobId)!)!).first().click();
      }
      const badge = await waitForVerdict(page, state.jobId);
      expect(await page.locator('truetitle-badge').getAttribute('data-theme')).toBe(theme);
      await badgeButton(page).hover();
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(200);
      await page.screenshot({ path: resolve(SHOTS, `${state.name}-${theme}.png`) });
      expect(badge.verdict).toBe(state.name.split('-')[0]);
      await page.close();
    }
  });
}
