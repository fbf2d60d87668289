// Builds dist/chrome and dist/firefox from one source tree and one manifest.json.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { configFor, SCRIPT_ENTRIES, STAGE_DIR, type BuildTarget } from '../vite.config';
import { manifestFor, type Browser } from './manifest';

const root = resolve(import.meta.dirname, '..');
const BROWSERS: Browser[] = ['chrome', 'firefox'];

async function buildStage(): Promise<void> {
  rmSync(STAGE_DIR, { recursive: true, force: true });
  mkdirSync(STAGE_DIR, { recursive: true });
  const targets: BuildTarget[] = ['pages', ...(Object.keys(SCRIPT_ENTRIES) as BuildTarget[])];
  for (const target of targets) await build(configFor(target));
}

function assemble(browser: Browser): string {
  const out = resolve(root, 'dist', browser);
  rmSync(out, { recursive: true, force: true });
  cpSync(STAGE_DIR, out, { recursive: true });
  const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  writeFileSync(resolve(out, 'manifest.json'), JSON.stringify(manifestFor(source, browser, version), null, 2));
  return out;
}

const started = performance.now();
await buildStage();
for (const browser of BROWSERS) console.log(`built ${assemble(browser)}`);
await build(configFor('cli'));
console.log('built dist/cli/truetitle.mjs');
rmSync(STAGE_DIR, { recursive: true, force: true });
console.log(`build finished in ${Math.round(performance.now() - started)} ms`);
