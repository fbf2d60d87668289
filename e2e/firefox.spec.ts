// The Firefox build in a real Firefox: Playwright cannot load extensions into Firefox, so
// puppeteer-core drives Debian's firefox-esr over WebDriver BiDi and installs dist/firefox.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIXTURE_DIR, fixture, ROOT } from './harness';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));

test.describe('Firefox', () => {
  test.skip(!FIREFOX, 'Firefox is not installed (sudo apt-get install -y firefox-esr); npm test installs it when run as root');
  let browser: Browser;

  test.beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX!, headless: true, protocol: 'webDriverBiDi' });
    await browser.installExtension(resolve(ROOT, 'dist/firefox'));
  });
  test.afterAll(async () => browser?.close());

  for (const kind of ['linkedin-job-view', 'indeed-viewjob']) {
    test(`badges the ${kind} fixture with its verdict`, async () => {
      const source = fixture(kind);
      const posting = source.postings[0]!;
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      const html = readFileSync(resolve(FIXTURE_DIR, source.file), 'utf8');
      page.on('request', (request) => {
        const sameDocument = request.url().split('?')[0] === source.url.split('?')[0];
        void request.respond(sameDocument ? { status: 200, contentType: 'text/html', body: html } : { status: 404, body: '' });
      });
      await page.goto(source.url);
      await page.waitForFunction((id) => {
        const host = document.querySelector<HTMLElement>('[data-truetitle="badge"]');
        return host?.dataset.jobId === id && host.dataset.verdict !== 'pending';
      }, { timeout: 20_000 }, posting.jobId);
      const badge = await page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('[data-truetitle="badge"]')!;
        return { verdict: host.dataset.verdict, label: host.shadowRoot?.querySelector('.label')?.textContent, count: document.querySelectorAll('[data-truetitle="badge"]').length };
      });
      expect(badge).toMatchObject({ verdict: posting.expectedVerdict, count: 1 });
      expect(badge.label).toMatch(/role/);
      await page.close();
    });
  }
});
