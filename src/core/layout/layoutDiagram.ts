import type { ElkNode } from 'elkjs/lib/elk-api';
import type { FzDiagram } from '../model/types';
import { toElkGraph } from './elkGraph';
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
 * them into one band per lane in file order. Same diagram → same layout (fixed seed, model order).
 * Resolves, never rejects: if ELK fails, nodes fall back to file order inside their lanes.
 *
 * @example
 *   const layout = await layoutDiagram(diagram, new ELK());
 *   layout.nodes['n1']; // { x, y, width, height }
 */
export async function layoutDiagram(diagram: FzDiagram, elk: FzElkEngine): Promise<FzLayout> {
  if (diagram.nodes.length === 0) return placeInLanes(diagram, {});
  let flow: Record<string, FzNodeBox>;
  try {
    flow = flowFromElk(await elk.layout(toElkGraph(diagram)));
  } catch {
    flow = fallbackFlow(diagram);
  }
  return placeInLanes(diagram, flow);
}
