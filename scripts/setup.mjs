#!/usr/bin/env node
// Runs before `npm start` and `npm test` (plain Node, no dependencies): makes a fresh clone
// ready. Installs the npm packages when package-lock.json changed since the last install,
// and finds Chromium, installing Debian's package when running as root.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const stamp = resolve(root, 'node_modules/.truetitle-install');
const lockHash = createHash('sha256').update(readFileSync(resolve(root, 'package-lock.json'))).digest('hex');

function run(command, args, extraEnv = {}) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
}

function ensurePackages() {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  console.log('setup: installing npm packages (npm ci)…');
  // Playwright drives the system's Chromium; its own browser download is not reachable.
  run('npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  writeFileSync(stamp, lockHash);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs a Debian package when running as root; returns whether the command exists after. */
function aptInstall(pkg, binary) {
  if (existsSync(binary)) return true;
  if (!isRoot) return false;
  console.log(`setup: installing Debian's ${pkg} package…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { DEBIAN_FRONTEND: 'noninteractive' });
  return existsSync(binary);
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

function ensureChromium() {
  if (chromiumPath()) return;
  if (!isRoot) {
    console.error([
      'setup: Chromium was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium).',
      'Install it, then run the command again:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'));
    process.exit(1);
  }
  if (!aptInstall('chromium', '/usr/bin/chromium')) {
    console.error('setup: apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
}

// Firefox runs the end-to-end scenarios on the Firefox build (e2e/firefox.spec.ts);
// without it (not root, no package) those tests are skipped with a message saying what
// to install.
function ensureFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return;
  if (!aptInstall('firefox-esr', '/usr/bin/firefox-esr')) {
    console.log('setup: Firefox not found; the Firefox test will be skipped (install it with: sudo apt-get install -y firefox-esr).');
  }
}

ensurePackages();
ensureChromium();
if (process.argv.includes('--with-firefox')) ensureFirefox();
