import type { FzDiagram } from '../core/model/types';
import type { SimResult, SimScenario } from '../core/sim/types';

/** Main thread → simulation worker: run this scenario on this diagram. */
export interface SimWorkerRunMessage {
  type: 'run';
  diagram: FzDiagram;
  scenario: SimScenario;
}

/**
 * Simulation worker → main thread. `progress.fraction` is in [0, 1]; `result.json` is
 * `stringifySimResult(result)`, the bytes `fz simulate --json` prints; `failed.errors` are
 * human-readable messages (scenario problems as `key: message`, or a crash).
 */
export type SimWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: SimResult; json: string }
  | { type: 'failed'; errors: string[] };
