// Playwright for hague's browser tests (tests/browser/run.sh sets the environment).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  outputDir: `${process.env.HAGUE_ARTIFACTS || '/tmp/hague-artifacts'}/playwright`,
  // Two cores: one worker per core, and no retries (a flaky check is a bug to fix).
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  // Reviewed golden screenshots (charts.spec.mjs), one file per chart, language and width;
  // `tests/browser/run.sh HAGUE DIR charts.spec --update-snapshots` rewrites them.
  snapshotPathTemplate: '{testDir}/golden/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2, animations: 'disabled' } },
  use: {
    baseURL: process.env.HAGUE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.HAGUE_BROWSER || '/usr/lib/chromium/chromium',
      args: ['--disable-dev-shm-usage', '--no-sandbox', '--hide-scrollbars'],
    },
    trace: 'retain-on-failure',
  },
});
