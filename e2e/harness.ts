// Launches the system's Chromium with the built extension and serves the team's fixture
// pages at their real job-board URLs, so the real content-script matching runs offline.
// Shared by the e2e suite (e2e/fixtures.ts) and `npm start` (scripts/start.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { badgeSettledInPage, readBadgesInPage, type BadgeSnapshot } from './in-page';

export type { BadgeSnapshot };

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = resolve(ROOT, 'dist/chrome');
export const FIREFOX_BUILD = resolve(ROOT, 'dist/firefox');
export const FIXTURE_DIR = resolve(import.meta.dirname, 'fixtures/pages');

export interface FixturePosting {
  jobId: string;
  title: string;
  company: string;
  location: string;
  expectedTitleFamily: string;
  expectedVerdict: string;
  descriptionStartsWith: string;
}

export interface FixturePage {
  file: string;
  url: string;
  kind: string;
  postings: FixturePosting[];
  currentJobId?: string;
}

export function fixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, 'index.json'), 'utf8')) as FixturePage[];
}

export function fixture(kind: string): FixturePage {
  const page = fixturePages().find((p) => p.kind === kind);
  if (!page) throw new Error(`no fixture page of kind ${kind}`);
  return page;
}

export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!path) throw new Error('Chromium not found: run `npm test` (it installs chromium) or set CHROMIUM_PATH.');
  return path;
}

// Chromium's own background traffic is refused on a closed network; these keep it quiet.
const QUIET_FLAGS = [
  '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-features=Translate,OptimizationHints,MediaRouter', '--disable-gpu', '--no-sandbox',
];

/**
 * A copy of the build that may script the given hosts without a click on the toolbar
 * button: activeTab is granted only by a real user gesture, which automation cannot make.
 */
export function buildWithHostAccess(hosts: string[]): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'truetitle-hosts-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = hosts;
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export async function launchWithExtension(options: { userDataDir: string; headless: boolean; extensionDir?: string; extraArgs?: string[] }): Promise<Launched> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm run build`);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [...QUIET_FLAGS, ...(options.extraArgs ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}

/**
 * Stops the extension's service worker, as Chrome does when it is idle or misbehaving;
 * false if none was running.
 */
export async function stopWorker(cdp: CDPSession): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: Array<{ type: string; targetId: string; url: string }> };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) return false;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  return true;
}

/** The fixture file served at each real URL (ignoring the query string, as the sites do). */
function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname.replace(/\/$/, '')}`;
}

/** The fixture page served at this address, if any (the Chromium and Firefox suites both ask). */
export function fixtureAt(url: string, pages: FixturePage[] = fixturePages()): FixturePage | undefined {
  const key = routeKey(url);
  return pages.find((p) => routeKey(p.url) === key);
}

export function fixtureHtml(page: FixturePage): Buffer {
  return readFileSync(resolve(FIXTURE_DIR, page.file));
}

/**
 * Serves every fixture page at its real URL; any other request from a page gets an empty
 * 404, so nothing leaves the machine and no test depends on the network.
 */
export async function serveFixtures(context: BrowserContext, pages: FixturePage[] = fixturePages(), headers: Record<string, string> = {}): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const page = fixtureAt(route.request().url(), pages);
    if (page && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: fixtureHtml(page) });
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
  });
}

/** The extension's settings page, opened in a tab of its own. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/ui/options/options.html`);
  return page;
}

/** Reads the badge(s) the extension placed, through their open shadow roots. */
export async function readBadges(page: Page): Promise<BadgeSnapshot> {
  return page.evaluate(readBadgesInPage);
}

/** Waits for exactly one badge on the given job with a final (non-pending) verdict. */
export async function waitForVerdict(page: Page, jobId: string, timeout = 10_000): Promise<BadgeSnapshot> {
  await page.waitForFunction(badgeSettledInPage, jobId, { timeout });
  return readBadges(page);
}
