#!/usr/bin/env node
// TrueTitle's command-line tool. Built by `npm run build` into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/truetitle.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('truetitle: the CLI is not built yet; run `npm ci && npm run build` first.\n');
  process.exit(2);
}
await import(built.href);
