/**
 * MSW in the browser: the same handlers behind the service worker, for "live" runs where the
 * studio really fetches. The worker script is served under Vite's `base` (BR-13).
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** What {@link startMockServiceWorker} resolves to: never rejects. */
export type MockWorkerStart = { ok: true } | { ok: false; message: string };

let started: Promise<MockWorkerStart> | undefined;

/**
 * Registers and starts the mock service worker once (later calls share the first start). Resolves
 * only when the worker is active, so the first simulated call is mocked (BR-15). A failure (no
 * secure context, worker script missing) resolves to `{ ok: false, message }`.
 */
export function startMockServiceWorker(): Promise<MockWorkerStart> {
  started ??= (async (): Promise<MockWorkerStart> => {
    try {
      const worker = setupWorker(...handlers);
      await worker.start({
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      return { ok: true };
    } catch (error) {
      started = undefined; // allow a retry after a failed start
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  })();
  return started;
}
