/**
 * The model-side meaning of the node changes (see `diagramHelpers.ts` for the shared rules).
 * Each returns a new diagram, or the same one when the change does not apply.
 */
import type { FzDiagram, FzEdge, FzNode } from '../model/types';
import {
  NO_RANGE,
  indexAfterLane,
  insertAt,
  laneOrder,
  numberEdges,
  rawLabel,
  withLabel,
  withoutNodes,
} from './diagramHelpers';
import type { FzChangeOf } from './types';

/** `count` fresh ids: one more than the highest `n<number>` the diagram mentions, and on. */
export function nextNodeIds(diagram: FzDiagram, count: number): string[] {
  let max = 0n;
  const see = (id: string) => {
    if (/^n[1-9][0-9]*$/.test(id) && BigInt(id.slice(1)) > max) max = BigInt(id.slice(1));
  };
  for (const node of diagram.nodes) see(node.id);
  for (const edge of diagram.edges) {
    see(edge.from);
    see(edge.to);
  }
  for (const loop of diagram.loops) loop.nodes.forEach(see);
  return Array.from({ length: count }, (_, i) => `n${max + BigInt(i + 1)}`);
}

/** A node as a new declaration makes it. */
function newNode(
  id: string,
  lane: string,
  shape: FzNode['shape'],
  fields: Partial<FzNode>,
  raw: string | undefined,
): FzNode {
  const base: FzNode = { id, lane, shape, label: id, range: NO_RANGE };
  for (const key of ['owner', 'description', 'system'] as const) {
    if (fields[key] !== undefined) base[key] = fields[key];
  }
  return withLabel(base, raw);
}

/** Inserts nodes at the end of `lane`'s nodes (or after `after`). */
function placeNodes(diagram: FzDiagram, lane: string, nodes: FzNode[], after?: string): FzNode[] {
  const anchor = after === undefined ? -1 : diagram.nodes.findIndex((n) => n.id === after);
  const index =
    anchor >= 0
      ? anchor + 1
      : indexAfterLane(diagram.nodes, laneOrder(diagram), (n) => n.lane, lane);
  return insertAt(diagram.nodes, index, nodes);
}

/** A new node at the end of `lane`'s nodes (or after `after`), with `id` or the next free id. */
export function addNodeToDiagram(d: FzDiagram, c: FzChangeOf<'addNode'>): FzDiagram {
  if (!d.lanes.some((l) => l.id === c.lane)) return d;
  if (c.id !== undefined && d.nodes.some((n) => n.id === c.id)) return d;
  if (c.after !== undefined && !d.nodes.some((n) => n.id === c.after && n.lane === c.lane))
    return d;
  const id = c.id ?? nextNodeIds(d, 1)[0]!;
  const node = newNode(id, c.lane, c.shape, {}, c.label === '' ? undefined : c.label);
  return { ...d, nodes: placeNodes(d, c.lane, [node], c.after) };
}

function mapNode(d: FzDiagram, id: string, f: (node: FzNode) => FzNode): FzDiagram {
  if (!d.nodes.some((n) => n.id === id)) return d;
  return { ...d, nodes: d.nodes.map((n) => (n.id === id ? f(n) : n)) };
}

/** The node shows the new label (`''`: its description or id); taskbox sub-items follow. */
export function setNodeLabelInDiagram(d: FzDiagram, c: FzChangeOf<'setNodeLabel'>): FzDiagram {
  return mapNode(d, c.node, (n) => withLabel(n, c.label === '' ? undefined : c.label));
}

/** The node takes the shape; its label is re-read (a taskbox splits `|` sub-items). */
export function setNodeShapeInDiagram(d: FzDiagram, c: FzChangeOf<'setNodeShape'>): FzDiagram {
  return mapNode(d, c.node, (n) => withLabel(n, rawLabel(n), c.shape));
}

/** The edges named go, then the nodes named with what touches them (`withoutNodes`). */
export function deleteFromDiagram(d: FzDiagram, c: FzChangeOf<'deleteElements'>): FzDiagram {
  const edges = new Set(c.edges);
  const kept = { ...d, edges: numberEdges(d.edges.filter((e) => !edges.has(e.id))) };
  return withoutNodes(kept, new Set(c.nodes));
}

/**
 * The node joins the end of `lane`'s nodes; its outgoing edges leave their place and join the end
 * of `lane`'s edges, in order (they are written in their source's lane block); the lanes of the
 * ends of every edge touching it follow.
 */
export function moveNodeInDiagram(d: FzDiagram, c: FzChangeOf<'moveNodeToLane'>): FzDiagram {
  const node = d.nodes.find((n) => n.id === c.node);
  if (!node || node.lane === c.lane || !d.lanes.some((l) => l.id === c.lane)) return d;
  const others = d.nodes.filter((n) => n.id !== c.node);
  const nodes = placeNodes({ ...d, nodes: others }, c.lane, [{ ...node, lane: c.lane }]);
  const refit = (e: FzEdge): FzEdge => ({
    ...e,
    fromLane: e.from === c.node ? c.lane : e.fromLane,
    toLane: e.to === c.node ? c.lane : e.toLane,
  });
  const stay = d.edges.filter((e) => e.from !== c.node).map(refit);
  const moved = d.edges.filter((e) => e.from === c.node).map(refit);
  const at = indexAfterLane(stay, laneOrder(d), (e) => e.fromLane, c.lane);
  return { ...d, nodes, edges: numberEdges(insertAt(stay, at, moved)) };
}

/** Renames node ids by `map` in nodes, edges and loops (a label-less node shows its new id). */
export function renameInDiagram(d: FzDiagram, map: (id: string) => string): FzDiagram {
  return {
    lanes: d.lanes,
    nodes: d.nodes.map((n) => {
      const id = map(n.id);
      if (id === n.id) return n;
      return withLabel(n, rawLabel(n), n.shape, id);
    }),
    edges: d.edges.map((e) => ({ ...e, from: map(e.from), to: map(e.to) })),
    loops: d.loops.map((l) => ({ ...l, nodes: l.nodes.map(map) })),
  };
}

/** The node id `from` becomes `to` everywhere. */
export function renameNodeInDiagram(d: FzDiagram, c: FzChangeOf<'renameNode'>): FzDiagram {
  if (!d.nodes.some((n) => n.id === c.from) || d.nodes.some((n) => n.id === c.to)) return d;
  return renameInDiagram(d, (id) => (id === c.from ? c.to : id));
}

/** Node ids become `n1…nK` in node order, everywhere. */
export function renumberDiagram(d: FzDiagram): FzDiagram {
  const map = new Map(d.nodes.map((n, i) => [n.id, `n${i + 1}`]));
  return renameInDiagram(d, (id) => map.get(id) ?? id);
}

/** The clipboard's nodes (fresh ids) at the end of `lane`'s nodes, its edges at the end of its edges. */
export function pasteIntoDiagram(d: FzDiagram, c: FzChangeOf<'paste'>): FzDiagram {
  if (!d.lanes.some((l) => l.id === c.lane) || c.nodes.length === 0) return d;
  const ids = nextNodeIds(d, c.nodes.length);
  const idOf = new Map(c.nodes.map((n, i) => [n.id, ids[i]!]));
  const nodes = c.nodes.map((n) =>
    newNode(idOf.get(n.id)!, c.lane, n.shape, n, n.label === '' ? undefined : n.label),
  );
  const edges: FzEdge[] = [];
  for (const e of c.edges) {
    const from = idOf.get(e.from);
    const to = idOf.get(e.to);
    if (!from || !to) return d;
    const edge: FzEdge = {
      id: '',
      from,
      to,
      fromLane: c.lane,
      toLane: c.lane,
      fromHandle: e.fromHandle,
      toHandle: e.toHandle,
      range: NO_RANGE,
    };
    if (e.label) edge.label = e.label;
    edges.push(edge);
  }
  const at = indexAfterLane(d.edges, laneOrder(d), (e) => e.fromLane, c.lane);
  return {
    ...d,
    nodes: placeNodes(d, c.lane, nodes),
    edges: numberEdges(insertAt(d.edges, at, edges)),
  };
}
