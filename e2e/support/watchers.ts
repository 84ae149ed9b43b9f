import type { BrowserContext, Page } from '@playwright/test';

/** Everything a page did that a test may want to forbid: console errors, dialogs, requests. */
export interface PageWatch {
  consoleErrors: string[];
  dialogs: string[];
  /** Every URL requested in the context: page, dedicated workers, service worker. */
  requests: string[];
  /** Requests that left the app's origin (data: and blob: URLs are local and allowed). */
  foreignRequests(origin: string): string[];
}

/**
 * Starts recording console errors, uncaught page errors, dialogs (auto-dismissed) and every request
 * of the browser context, including those of workers and the service worker. Call before `goto`.
 */
export function watchPage(context: BrowserContext, page: Page): PageWatch {
  const watch: PageWatch = {
    consoleErrors: [],
    dialogs: [],
    requests: [],
    foreignRequests: (origin) =>
      watch.requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => watch.requests.push(request.url()));
  page.on('worker', (worker) => watch.requests.push(worker.url()));
  context.on('serviceworker', (worker) => watch.requests.push(worker.url()));
  return watch;
}
