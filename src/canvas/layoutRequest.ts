/**
 * What the layout worker does with one request, apart from the worker plumbing (so it can be
 * tested in Node): run the auto layout with progress, and when it fails (a bug, a stack overflow
 * on a huge diagram) answer with the file-order placement instead, so the canvas never waits for
 * an answer that will not come. Only when that fails too does the returned promise reject.
 */
import { fallbackFlow, placeInLanes } from '../core/layout/placeInLanes';
import type { FzLayoutPhase } from '../core/layout/layoutDiagram';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import type { FzLayoutRequest, FzLayoutResponse } from './layoutProtocol';

/** The auto layout: `layoutDiagram` with an ELK instance, in the worker. */
export type FzRunLayout = (
  diagram: FzDiagram,
  onPhase: (phase: FzLayoutPhase) => void,
) => Promise<FzLayout>;

/** Answers `request` through `post`: progress messages, then exactly one layout message. */
export async function answerLayoutRequest(
  request: FzLayoutRequest,
  run: FzRunLayout,
  post: (message: FzLayoutResponse) => void,
): Promise<void> {
  const { seq, diagram } = request;
  const nodes = diagram.nodes.length;
  let layout: FzLayout;
  try {
    layout = await run(diagram, (phase) => post({ seq, progress: { phase, nodes } }));
  } catch {
    layout = placeInLanes(diagram, fallbackFlow(diagram));
  }
  post({ seq, layout });
}
