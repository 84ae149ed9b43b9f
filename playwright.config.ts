import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (Playwright cannot download its own here); otherwise Playwright's.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
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
      command: './node_modules/.bin/vite preview --outDir dist-e2e',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same studio built and served under a sub-path (known-pitfalls BR-13: MSW's worker URL
      // and scope must follow Vite's `base`); see e2e/subpath.spec.ts.
      command:
        './node_modules/.bin/vite preview --outDir dist-e2e-sub --base /tools/fz/ --port 4174',
      url: 'http://127.0.0.1:4174/tools/fz/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
