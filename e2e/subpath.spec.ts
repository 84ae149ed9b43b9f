// BR-13 (known-pitfalls.md): served under a sub-path, the studio must register MSW's worker from
// that sub-path, get its requests mocked, and run a simulation with no 404 in the console.
// The `dist-e2e-sub` build (base `/tools/fz/`) is served on FZ_E2E_SUB_PORT (default 4174) by
// playwright.config.ts.
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { watchPage } from './support/watchers';

const SUB_PATH_ORIGIN = `http://127.0.0.1:${process.env.FZ_E2E_SUB_PORT ?? 4174}`;
test.use({ baseURL: `${SUB_PATH_ORIGIN}/tools/fz/` });

test('under a sub-path the mock worker registers from it, intercepts requests and runs (BR-13)', async ({
  context,
  page,
}) => {
  const watch = watchPage(context, page);
  const studio = new StudioPage(page);
  await studio.open();
  expect(page.url()).toBe(`${SUB_PATH_ORIGIN}/tools/fz/`);
  await expect(page.getByTestId('msw-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 20_000,
  });

  const registration = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return { script: reg.active?.scriptURL, scope: reg.scope };
  });
  expect(registration).toEqual({
    script: `${SUB_PATH_ORIGIN}/tools/fz/mockServiceWorker.js`,
    scope: `${SUB_PATH_ORIGIN}/tools/fz/`,
  });

  // A page request to a mocked service is answered by the handlers behind the service worker,
  // not by the preview server (which would answer 404 for this path).
  const answer = await page.evaluate(async () => {
    const response = await fetch('/tools/fz/users/42');
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(answer).toEqual({ status: 200, body: { id: 42, name: 'User 42' } });

  await studio.choosePreset('burst');
  await studio.run();
  await expect(studio.status(200)).toContainText('10');
  await expect(studio.status(429)).toContainText('5');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests(SUB_PATH_ORIGIN)).toEqual([]);
});
