import type { FzDiagram } from '../model/types';
import { estimateNodeSize } from './nodeSize';

/**
 * A string that changes exactly when the layout could change: lanes, node ids/lanes/shapes/texts
 * and edge ends. Source ranges are left out, so typing elsewhere in the file (which shifts every
 * range) does not trigger a new layout. Two diagrams with equal keys get equal layouts.
 */
export function layoutKey(diagram: FzDiagram): string {
  return JSON.stringify([
    diagram.lanes.map((lane) => lane.id),
    diagram.nodes.map((node) => [
      node.id,
      node.lane,
      node.shape,
      node.label,
      node.owner ?? '',
      node.description ?? '',
      node.system ?? '',
      node.subItems ?? [],
    ]),
    diagram.edges.map((edge) => [
      edge.from,
      edge.to,
      edge.fromHandle,
      edge.toHandle,
      edge.label ?? '',
    ]),
  ]);
}

/**
 * Like `layoutKey`, but with each node's estimated size in place of its texts: the layout reads
 * node texts only through `estimateNodeSize`, so two diagrams with equal geometry keys get equal
 * layouts. Typing inside a label rarely changes its box, so the canvas keys its layout requests on
 * this and a 1,000-node document is not laid out again on every keystroke.
 */
export function layoutGeometryKey(diagram: FzDiagram): string {
  return JSON.stringify([
    diagram.lanes.map((lane) => lane.id),
    diagram.nodes.map((node) => {
      const { width, height } = estimateNodeSize(node);
      return [node.id, node.lane, width, height];
    }),
    diagram.edges.map((edge) => [
      edge.from,
      edge.to,
      edge.fromHandle,
      edge.toHandle,
      edge.label ?? '',
    ]),
  ]);
}
