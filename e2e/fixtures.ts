// The one Playwright fixture: a persistent Chromium context with the built extension,
// its service worker and id, and the fixture pages served at real job-board URLs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, serveFixtures } from './harness';

interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The extension's popup, opened as a page. */
  popup: Page;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'truetitle-e2e-'));
    const { context } = await launchWithExtension({ userDataDir, headless: true });
    await serveFixtures(context);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker'));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  popup: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/ui/popup/popup.html`);
    await use(page);
  },
});

export { expect } from '@playwright/test';
