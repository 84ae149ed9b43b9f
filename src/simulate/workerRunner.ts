import type { SimRunner } from '../store/types';
import type { SimWorkerMessage, SimWorkerRunMessage } from './protocol';

/**
 * A `SimRunner` that runs each simulation in a fresh module Web Worker (`sim.worker.ts`) and
 * terminates it afterwards, so that no run inherits another's state. Never rejects: a worker that
 * fails to load or crashes becomes `{ ok: false, errors }`.
 */
export function createWorkerRunner(): SimRunner {
  return (request, onProgress) =>
    new Promise((resolve) => {
      const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
      const finish: typeof resolve = (outcome) => {
        worker.terminate();
        resolve(outcome);
      };
      worker.onmessage = (event: MessageEvent<SimWorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'result')
          finish({ ok: true, result: message.result, json: message.json });
        else finish({ ok: false, errors: message.errors });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        finish({
          ok: false,
          errors: [`Simulation worker failed: ${event.message || 'could not start'}`],
        });
      };
      const message: SimWorkerRunMessage = { type: 'run', ...request };
      worker.postMessage(message);
    });
}
