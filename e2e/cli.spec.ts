// The built command-line tool, run as users run it (after npm run build).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_DIR, fixturePages, ROOT } from './harness';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [resolve(ROOT, 'bin/truetitle.js'), ...args], { cwd: ROOT, input, encoding: 'utf8' });

test('analyze reads every saved fixture page kind and prints one JSON line each', () => {
  const pages = fixturePages().filter((p) => p.currentJobId);
  const result = cli(['analyze', '--format', 'json', ...pages.map((p) => resolve(FIXTURE_DIR, p.file))]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const reports = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(reports.map((r) => r.title)).toEqual(pages.map((p) => p.postings.find((x) => x.jobId === p.currentJobId)!.title));
});

test('classify reads standard input, and a missing file fails with a message', () => {
  const ok = cli(['classify', '--format', 'text', '-'], 'Negotiate and close enterprise deals\n');
  expect(ok.status).toBe(0);
  expect(ok.stdout).toMatch(/^sales/);
  const missing = cli(['analyze', 'no-such-file.html']);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('no-such-file.html: no such file');
});
