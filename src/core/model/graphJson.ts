/**
 * The `fz graph` JSON: the diagram without source ranges or derived fields, in file order, with
 * optional keys omitted when absent (architecture.md "Public interfaces").
 */
import type { FzDiagram, FzHandle, FzShape } from './types';

/** One lane of the graph JSON. */
export interface FzGraphLane {
  id: string;
  label: string;
}

/** One node of the graph JSON. */
export interface FzGraphNode {
  id: string;
  lane: string;
  shape: FzShape;
  label: string;
  owner?: string;
  description?: string;
  system?: string;
}

/** One edge of the graph JSON. */
export interface FzGraphEdge {
  from: string;
  to: string;
  fromLane: string;
  toLane: string;
  fromHandle: FzHandle;
  toHandle: FzHandle;
  label?: string;
}

/** One loop of the graph JSON. */
export interface FzGraphLoop {
  condition: string;
  nodes: string[];
}

/** The whole `fz graph` document. */
export interface FzGraphJson {
  lanes: FzGraphLane[];
  nodes: FzGraphNode[];
  edges: FzGraphEdge[];
  loops: FzGraphLoop[];
}

/**
 * Converts a diagram to the `fz graph` shape. Pure; key order is fixed (as listed above) so that
 * `JSON.stringify` output is stable. Node `label` is the resolved display text (taskbox sub-items
 * are not part of this shape).
 */
export function toGraphJson(diagram: FzDiagram): FzGraphJson {
  return {
    lanes: diagram.lanes.map((l) => ({ id: l.id, label: l.label })),
    nodes: diagram.nodes.map((n) => {
      const node: FzGraphNode = { id: n.id, lane: n.lane, shape: n.shape, label: n.label };
      if (n.owner !== undefined) node.owner = n.owner;
      if (n.description !== undefined) node.description = n.description;
      if (n.system !== undefined) node.system = n.system;
      return node;
    }),
    edges: diagram.edges.map((e) => {
      const edge: FzGraphEdge = {
        from: e.from,
        to: e.to,
        fromLane: e.fromLane,
        toLane: e.toLane,
        fromHandle: e.fromHandle,
        toHandle: e.toHandle,
      };
      if (e.label !== undefined) edge.label = e.label;
      return edge;
    }),
    loops: diagram.loops.map((l) => ({ condition: l.condition, nodes: [...l.nodes] })),
  };
}
