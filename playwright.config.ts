import { defineConfig } from '@playwright/test';

// Each test gets its own browser profile with the extension loaded; the machine has two
// cores, so two workers at most.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
