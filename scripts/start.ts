// npm start: builds the extension, then launches Chromium with it loaded.
//   npm start            demo postings (team-written LinkedIn and Indeed pages) served at
//                        their real URLs, offline. Headless when there is no display: it
//                        prints what the badge said and saves screenshots.
//   npm start -- --live  the real sites, in a persistent profile (.profile/), with a display.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fixturePages, launchWithExtension, readBadges, ROOT, serveFixtures, waitForVerdict } from '../e2e/harness';

const live = process.argv.includes('--live');
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const DEMO_KINDS = ['linkedin-job-view', 'indeed-viewjob', 'linkedin-search-2023', 'indeed-search-2026'];

execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });

async function runLive(): Promise<void> {
  if (!hasDisplay) {
    console.error('npm start -- --live opens the real LinkedIn and Indeed in a visible browser, and needs a display (DISPLAY is not set).');
    process.exit(1);
  }
  const profile = resolve(ROOT, '.profile');
  // Chromium keeps an unpacked extension's registered service worker across restarts, even
  // when the build changed: drop that cache so the live profile runs what was just built.
  // (Flags, notes and settings live elsewhere in the profile and are kept.)
  rmSync(resolve(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  const { context } = await launchWithExtension({ userDataDir: profile, headless: false });
  const first = context.pages()[0] ?? await context.newPage();
  await first.goto('https://www.linkedin.com/jobs/');
  await (await context.newPage()).goto('https://www.indeed.com/');
  console.log('Browse as usual; the profile is kept in .profile/. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
}

async function runDemo(): Promise<void> {
  // A new profile each time: the demo shows what was just built, from a clean state.
  const profile = mkdtempSync(resolve(tmpdir(), 'truetitle-demo-'));
  const { context } = await launchWithExtension({ userDataDir: profile, headless: !hasDisplay });
  const removeProfile = () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a temporary folder; the system cleans it up anyway
    }
  };
  await serveFixtures(context);
  const demos = fixturePages().filter((p) => DEMO_KINDS.includes(p.kind));
  const shots = resolve(ROOT, 'out', `demo-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  if (!hasDisplay) mkdirSync(shots, { recursive: true });
  for (const demo of demos) {
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? await context.newPage();
    await page.goto(demo.url);
    const jobId = demo.currentJobId ?? demo.postings[0]?.jobId ?? '';
    try {
      await waitForVerdict(page, jobId);
    } catch {
      // Reported below with whatever the badge shows.
    }
    const badge = await readBadges(page);
    const title = demo.postings.find((p) => p.jobId === jobId)?.title ?? '';
    console.log(`${demo.kind.padEnd(22)} ${title.padEnd(40)} → ${badge.verdict ?? 'no badge'}${badge.label ? ` (${badge.label})` : ''}`);
    if (!hasDisplay) {
      await page.locator('[data-truetitle="badge"]').first().hover().catch(() => undefined);
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(shots, `${demo.kind}.png`) });
    }
  }
  if (hasDisplay) {
    console.log('Hover a badge to see why. Close the browser to stop.');
    await new Promise((done) => context.on('close', done));
  } else {
    console.log(`Screenshots written to ${shots}`);
    await context.close();
  }
  removeProfile();
}

await (live ? runLive() : runDemo());
