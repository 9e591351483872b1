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
