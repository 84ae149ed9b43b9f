import type { ElkNode } from 'elkjs/lib/elk-api';
import type { FzDiagram } from '../model/types';
import { toElkGraph, uniqueNodes } from './elkGraph';
import { layeredFlow } from './layeredFlow';
import { fallbackFlow, placeInLanes } from './placeInLanes';
import type { FzLayout, FzNodeBox } from './types';

/**
 * The one method of an ELK instance that the layout needs (`new ELK()` from
 * `elkjs/lib/elk.bundled.js` or `elkjs/lib/elk-api.js` fits). Injected so this module stays free
 * of workers and globals.
 */
export interface FzElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * What a layout is doing now, for a progress indicator (ELK itself reports no progress):
 * `flow` orders the nodes left to right (ELK, or `layeredFlow` for big diagrams), `lanes` snaps
 * them into their lane bands. Reported when each step starts.
 */
export type FzLayoutPhase = 'flow' | 'lanes';

/**
 * Above this many nodes the flow pass skips ELK and uses `layeredFlow` (linear time): ELK took
 * 2.9 s at 1,000 generated nodes, 7 s and ~1 GB at 2,000, and ran out of memory at 5,000.
 */
export const ELK_MAX_NODES = 1000;

/** Reads ELK's node positions (top-left corners, sizes) from a laid-out graph. */
export function flowFromElk(result: ElkNode): Record<string, FzNodeBox> {
  const flow: Record<string, FzNodeBox> = {};
  for (const child of result.children ?? []) {
    const { x, y, width, height } = child;
    if (x === undefined || y === undefined || width === undefined || height === undefined) continue;
    flow[child.id] = { x, y, width, height };
  }
  return flow;
}

/**
 * Lays a diagram out as swimlanes: ELK's layered algorithm orders the nodes left to right by flow
 * (all lanes together, so cross-lane sequences read left to right too), then `placeInLanes` snaps
 * them into one band per lane in file order. Diagrams of more than `ELK_MAX_NODES` nodes are
 * ordered by `layeredFlow` instead. Same diagram → same layout (fixed seed, model order).
 * `onPhase` hears each step as it starts. Resolves, never rejects: if ELK fails, nodes fall back
 * to file order inside their lanes.
 *
 * @example
 *   const layout = await layoutDiagram(diagram, new ELK());
 *   layout.nodes['n1']; // { x, y, width, height }
 */
export async function layoutDiagram(
  diagram: FzDiagram,
  elk: FzElkEngine,
  onPhase?: (phase: FzLayoutPhase) => void,
): Promise<FzLayout> {
  if (diagram.nodes.length === 0) return placeInLanes(diagram, {});
  onPhase?.('flow');
  let flow: Record<string, FzNodeBox>;
  if (uniqueNodes(diagram).length > ELK_MAX_NODES) {
    flow = layeredFlow(diagram);
  } else {
    try {
      flow = flowFromElk(await elk.layout(toElkGraph(diagram)));
    } catch {
      flow = fallbackFlow(diagram);
    }
  }
  onPhase?.('lanes');
  return placeInLanes(diagram, flow);
}
