/// <reference lib="webworker" />
/**
 * The simulation Web Worker: runs one simulation off the main thread (see `runInProcess`) and posts
 * progress, then the result (with its `stringifySimResult` text) or the errors.
 */
// msw needs a localStorage when it loads; src/mocks installs an in-memory one in workers itself.
import { runInProcess } from './runInProcess';
import type { SimWorkerMessage, SimWorkerRunMessage } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: SimWorkerMessage): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<SimWorkerRunMessage>) => {
  const { diagram, scenario } = event.data;
  const outcome = await runInProcess({ diagram, scenario }, (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post(
    outcome.ok
      ? { type: 'result', result: outcome.result, json: outcome.json }
      : { type: 'failed', errors: outcome.errors },
  );
};
