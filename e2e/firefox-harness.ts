// The Firefox build in a real Firefox. Playwright cannot load extensions into Firefox, so
// puppeteer-core drives Debian's firefox-esr over WebDriver BiDi and installs dist/firefox
// as a temporary add-on. Fixture pages are served at their real URLs by request
// interception, as in the Chromium suite (e2e/harness.ts), and every request that gets
// past the interception, from any page, the extension or Firefox itself, reaches a local
// proxy that records it and answers nothing.
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { FIREFOX_BUILD, fixtureAt, fixtureHtml } from './harness';
import { badgeSettledInPage, readBadgesInPage, type BadgeSnapshot } from './in-page';

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
}

export interface PageRequest {
  url: string;
  navigation: boolean;
  /** answered with a fixture page (else with an empty 404) */
  served: boolean;
}

export interface FirefoxSession {
  browser: Browser;
  /** Where the exports land. */
  downloads: string;
  /** Every request that reached the network layer: host:port or URL, as the proxy saw it. */
  network: string[];
  /** Every http(s) request the job pages made, answered by the interception. */
  pageRequests: PageRequest[];
  /** A new tab that serves the fixture pages at their real URLs. */
  newPage(): Promise<Page>;
  /** Serves this page at this address too (a variant of a fixture), in every tab. */
  serve(url: string, html: string): void;
  close(): Promise<void>;
}

/** A proxy that lets nothing through and remembers what was asked of it. */
async function recordingProxy(log: string[]): Promise<Server> {
  const proxy = createServer((request, response) => {
    log.push(request.url ?? '');
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket) => {
    log.push(request.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  return proxy;
}

export async function launchFirefox(executablePath: string): Promise<FirefoxSession> {
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no built extension at ${FIREFOX_BUILD}: run npm run build`);
  const network: string[] = [];
  const pageRequests: PageRequest[] = [];
  const extraPages = new Map<string, string>();
  const proxy = await recordingProxy(network);
  const { port } = proxy.address() as AddressInfo;
  const downloads = mkdtempSync(join(tmpdir(), 'truetitle-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    // Release builds ignore services.settings.server unless this is set; without it Firefox
    // polls firefox.settings.services.mozilla.com, which would drown the proxy's record.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      const fixture = request.isNavigationRequest() ? fixtureAt(url) : undefined;
      const body = request.isNavigationRequest() ? extraPages.get(url) ?? (fixture && fixtureHtml(fixture).toString('utf8')) : undefined;
      pageRequests.push({ url, navigation: request.isNavigationRequest(), served: body !== undefined });
      // no-store: every visit is a fresh load of the fixture, seen here, never Firefox's cache.
      const headers = { 'cache-control': 'no-store' };
      void request.respond(body !== undefined
        ? { status: 200, headers, contentType: 'text/html; charset=utf-8', body }
        : { status: 404, headers, contentType: 'text/plain', body: '' });
    });
    return page;
  };

  return {
    browser, downloads, network, pageRequests, newPage,
    serve: (url, html) => void extraPages.set(url, html),
    close: async () => {
      await browser.close();
      proxy.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

// Interval polling: a tab in the background gets no animation frames in Firefox.
const POLL = { polling: 100 } as const;

export async function readBadges(page: Page): Promise<BadgeSnapshot> {
  return page.evaluate(readBadgesInPage);
}

/** Waits for exactly one badge on the given job with a final (non-pending) verdict. */
export async function waitForVerdict(page: Page, jobId: string, timeout = 15_000): Promise<BadgeSnapshot> {
  await page.waitForFunction(badgeSettledInPage, { ...POLL, timeout }, jobId);
  return readBadges(page);
}

/**
 * Runs an action that makes the extension open one of its pages in a new tab, and returns
 * that tab once the page is there. (A test cannot navigate to moz-extension:// itself over
 * BiDi; puppeteer reports such a tab as about:blank, so the page's own address is checked.)
 */
export async function followNewTab(browser: Browser, action: () => Promise<unknown>, path: string, timeout = 10_000): Promise<Page> {
  const created = new Promise<Target>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no tab opened within ${timeout} ms`)), timeout);
    browser.on('targetcreated', function onTarget(target: Target) {
      if (target.type() !== 'page') return;
      browser.off('targetcreated', onTarget);
      clearTimeout(timer);
      resolve(target);
    });
  });
  await action();
  const page = (await (await created).page())!;
  await page.waitForFunction((wanted) => location.protocol === 'moz-extension:' && location.pathname + location.search === wanted
    && document.readyState === 'complete', { ...POLL, timeout }, path);
  return page;
}

/** Waits for a finished download matching the pattern (Firefox writes to a .part file first). */
export async function waitForDownload(dir: string, pattern: RegExp, known: Set<string>, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const names = readdirSync(dir);
    const done = names.find((name) => pattern.test(name) && !known.has(name) && !names.includes(`${name}.part`) && statSync(join(dir, name)).size > 0);
    if (done) {
      known.add(done);
      return join(dir, done);
    }
    if (Date.now() > until) throw new Error(`no download matching ${pattern} in ${dir} (found: ${names.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { POLL };
