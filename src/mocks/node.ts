/**
 * MSW in Node (Vitest, scripts): the same handlers behind a `setupServer`, intercepting real
 * `fetch` calls. The simulator itself does not need this (it uses the in-process transport).
 */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** A server with the mocked services; call `listen()` before use and `close()` after. */
export const server = setupServer(...handlers);
