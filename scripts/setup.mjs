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

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error([
      'setup: Chromium was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium).',
      'Install it, then run the command again:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'));
    process.exit(1);
  }
  console.log("setup: installing Debian's chromium package…");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  if (!chromiumPath()) {
    console.error('setup: apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
}

ensurePackages();
ensureChromium();
