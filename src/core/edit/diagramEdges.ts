/**
 * The model-side meaning of the edge changes (see `diagramHelpers.ts` for the shared rules).
 * Each returns a new diagram, or the same one when the change does not apply.
 */
import type { FzDiagram, FzEdge } from '../model/types';
import { NO_RANGE, indexAfterLane, insertAt, laneOrder, numberEdges } from './diagramHelpers';
import type { FzChangeOf } from './types';

/** A new edge after the last edge whose source is in the source node's lane. */
export function connectInDiagram(d: FzDiagram, c: FzChangeOf<'connect'>): FzDiagram {
  const from = d.nodes.find((n) => n.id === c.from);
  const to = d.nodes.find((n) => n.id === c.to);
  if (!from || !to) return d;
  const edge: FzEdge = {
    id: '',
    from: c.from,
    to: c.to,
    fromLane: from.lane,
    toLane: to.lane,
    fromHandle: c.fromHandle,
    toHandle: c.toHandle,
    range: NO_RANGE,
  };
  if (c.label) edge.label = c.label;
  const at = indexAfterLane(d.edges, laneOrder(d), (e) => e.fromLane, from.lane);
  return { ...d, edges: numberEdges(insertAt(d.edges, at, [edge])) };
}

/**
 * One end names another node and handle. A source that changes lane takes the edge to the end of
 * its new lane's edges (it is written in its source's lane block).
 */
export function reconnectInDiagram(d: FzDiagram, c: FzChangeOf<'reconnect'>): FzDiagram {
  const index = d.edges.findIndex((e) => e.id === c.edge);
  const node = d.nodes.find((n) => n.id === c.node);
  if (index < 0 || !node) return d;
  const edge = d.edges[index]!;
  if (c.end === 'target') {
    const changed = { ...edge, to: node.id, toLane: node.lane, toHandle: c.handle };
    return { ...d, edges: d.edges.map((e, i) => (i === index ? changed : e)) };
  }
  const changed = { ...edge, from: node.id, fromLane: node.lane, fromHandle: c.handle };
  if (node.lane === edge.fromLane) {
    return { ...d, edges: d.edges.map((e, i) => (i === index ? changed : e)) };
  }
  const rest = d.edges.filter((_, i) => i !== index);
  const at = indexAfterLane(rest, laneOrder(d), (e) => e.fromLane, node.lane);
  return { ...d, edges: numberEdges(insertAt(rest, at, [changed])) };
}

/** The edge's label is set, or removed by `null` / `''`. */
export function setEdgeLabelInDiagram(d: FzDiagram, c: FzChangeOf<'setEdgeLabel'>): FzDiagram {
  if (!d.edges.some((e) => e.id === c.edge)) return d;
  const edges = d.edges.map((e) => {
    if (e.id !== c.edge) return e;
    const out = { ...e };
    if (c.label) out.label = c.label;
    else delete out.label;
    return out;
  });
  return { ...d, edges };
}
