import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Benchmarks only (`npx playwright test -c playwright.bench.config.ts`): never part of the normal run,
// which matches `e2e/**/*.spec.ts` and so never picks up these `*.bench.ts` files.
// FZ_BENCH_PORT / FZ_BENCH_OUTDIR serve another build on another port, so a benchmark can run
// while the main e2e suite holds port 4173 and dist-e2e.
const port = process.env.FZ_BENCH_PORT;
const outDir = process.env.FZ_BENCH_OUTDIR ?? 'dist-e2e';
const baseURL = port ? `http://127.0.0.1:${port}/` : base.use?.baseURL;

export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
  // No Playwright trace: capturing DOM snapshots of a 1,000-node page around every keystroke runs
  // in the page's main thread and would be timed as if it were the studio's own work.
  use: { ...base.use, baseURL, trace: 'off' },
  webServer: port
    ? {
        command: `./node_modules/.bin/vite preview --outDir ${outDir} --port ${port} --strictPort`,
        url: baseURL!,
        reuseExistingServer: false,
        timeout: 60_000,
      }
    : base.webServer,
});
