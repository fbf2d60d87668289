// Compares two built extensions' main-thread work per page change in alternating runs, so
// both see the same machine: its speed drifts by a third within an hour here, more than
// most changes to the content script move the figure. The fixture pages are served
// cross-origin isolated, which gives the page 5 µs timers instead of 100 µs ones.
// Usage: npx tsx scripts/page-change-ab.ts DIST_A DIST_B [runs, default 6]
//   (DIST_*: a copy of dist/chrome from each build)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePages, launchWithExtension, serveFixtures } from '../e2e/harness';
import { measurePageChanges, type PageChangeFigures } from '../e2e/page-change';

const [dirA, dirB, runs = '6'] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: npx tsx scripts/page-change-ab.ts DIST_A DIST_B [runs]');
const CROSS_ORIGIN_ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

async function measure(extensionDir: string): Promise<PageChangeFigures> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'truetitle-ab-'));
  const { context } = await launchWithExtension({ userDataDir, headless: true, extensionDir });
  try {
    await serveFixtures(context, fixturePages(), CROSS_ORIGIN_ISOLATED);
    return await measurePageChanges(await context.newPage());
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const results: Record<'A' | 'B', PageChangeFigures[]> = { A: [], B: [] };
for (let run = 0; run < Number(runs); run++) {
  const order: Array<['A' | 'B', string]> = run % 2 ? [['B', dirB], ['A', dirA]] : [['A', dirA], ['B', dirB]];
  for (const [name, dir] of order) results[name].push(await measure(dir));
}
const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
for (const [name, figures] of Object.entries(results)) {
  const column = (label: string, pick: (f: PageChangeFigures) => number) => `${label} ${mean(figures.map(pick)).toFixed(3)}`;
  console.log(name, [
    column('median', (f) => f.median), column('first visits', (f) => f.firstVisits), column('revisits', (f) => f.revisits),
    ...[0, 1, 2].map((i) => column(`check ${i + 1}`, (f) => f.checkByOrder[i] ?? 0)), column('show', (f) => f.steps.show),
  ].join('  '), '| per run', figures.map((f) => f.median.toFixed(2)).join(' '));
}
