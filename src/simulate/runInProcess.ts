import { simulate, stringifySimResult } from '../core/sim';
import { createMswTransport } from '../mocks/transport';
import { handlers } from '../mocks/handlers';
import type { SimRunner } from '../store/types';
import { progressFraction } from './progress';

/**
 * Runs a simulation in the current thread with the MSW handlers answering service calls
 * in-process (what `sim.worker.ts` does inside the worker, and what `fz simulate` does in Node).
 * Never rejects: a crash becomes `{ ok: false, errors: [message] }`.
 */
export const runInProcess: SimRunner = async ({ diagram, scenario }, onProgress) => {
  try {
    const outcome = await simulate(diagram, scenario, {
      transport: createMswTransport(handlers, { reuseAnswers: true }),
      includeResults: false,
      onProgress: (done, total) => onProgress(progressFraction(done, total)),
    });
    return outcome.ok
      ? { ok: true, result: outcome.result, json: stringifySimResult(outcome.result) }
      : { ok: false, errors: outcome.errors };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
};
