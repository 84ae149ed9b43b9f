import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (Playwright cannot download its own here); otherwise Playwright's.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Ports and folders can be moved (FZ_E2E_PORT, FZ_E2E_DIST, FZ_E2E_SUB_PORT, FZ_E2E_SUB_DIST,
// FZ_E2E_OUTPUT) so that two checkouts or two people can run the suite on one machine at once.
const port = Number(process.env.FZ_E2E_PORT ?? 4173);
const dist = process.env.FZ_E2E_DIST ?? 'dist-e2e';
const subPort = Number(process.env.FZ_E2E_SUB_PORT ?? 4174);
const subDist = process.env.FZ_E2E_SUB_DIST ?? 'dist-e2e-sub';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder at start: concurrent runs each need their own.
  outputDir: process.env.FZ_E2E_OUTPUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } },
    },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/vite preview --outDir ${dist} --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same studio built and served under a sub-path (known-pitfalls BR-13: MSW's worker URL
      // and scope must follow Vite's `base`); see e2e/subpath.spec.ts.
      command: `./node_modules/.bin/vite preview --outDir ${subDist} --base /tools/fz/ --port ${subPort} --strictPort`,
      url: `http://127.0.0.1:${subPort}/tools/fz/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
