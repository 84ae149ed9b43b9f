import type { FzLayoutPhase } from '../core/layout/layoutDiagram';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';

/** Main thread → layout worker: lay this diagram out; `seq` numbers the request. */
export interface FzLayoutRequest {
  seq: number;
  diagram: FzDiagram;
}

/** How far the worker is with request `seq`: the step it started and how many nodes it lays out. */
export interface FzLayoutProgress {
  phase: FzLayoutPhase;
  nodes: number;
}

/**
 * Layout worker → main thread, for request `seq`: progress messages (zero or more, in order),
 * then exactly one message with the layout (the worker never fails a request).
 */
export type FzLayoutResponse =
  { seq: number; progress: FzLayoutProgress } | { seq: number; layout: FzLayout };
