/**
 * Shared pieces of `applyChangeToDiagram`, the model-side meaning of each change: where a new node
 * or edge lands in the model's file-ordered lists, FlowZap's display-label rule, edge numbering.
 * These work on the model alone (never on text), so that they are a second, independent statement
 * of what each change means. They assume FlowZap's layout: lanes are contiguous blocks, and every
 * edge is written in its source node's lane block (flowzap-language.md §6.2).
 */
import type { FzDiagram, FzEdge, FzNode, FzShape, FzSourceRange } from '../model/types';

/** The range given to elements a change creates (the model's ranges describe the old text). */
export const NO_RANGE: FzSourceRange = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };

/** Lane id → position in the diagram's lane order. */
export function laneOrder(diagram: FzDiagram): Map<string, number> {
  return new Map(diagram.lanes.map((lane, i) => [lane.id, i]));
}

/**
 * Where an element of `lane` goes in a list ordered by lane block: after the last item whose
 * lane (by `laneOf`) is `lane` or an earlier lane; 0 when there is none.
 */
export function indexAfterLane<T>(
  items: readonly T[],
  order: ReadonlyMap<string, number>,
  laneOf: (item: T) => string | null,
  lane: string,
): number {
  const target = order.get(lane) ?? Number.MAX_SAFE_INTEGER;
  for (let i = items.length - 1; i >= 0; i--) {
    const l = laneOf(items[i]!);
    const at = l === null ? undefined : order.get(l);
    if (at !== undefined && at <= target) return i + 1;
  }
  return 0;
}

/** `e1…eN` in list order (model edge ids are file positions). */
export function numberEdges(edges: readonly FzEdge[]): FzEdge[] {
  return edges.map((edge, i) => (edge.id === `e${i + 1}` ? edge : { ...edge, id: `e${i + 1}` }));
}

/**
 * The `label` attribute a model node was read from, or undefined when it had none. The model keeps
 * only the display text, so a label equal to the id (or, without sub-items, to the description)
 * is taken as "no label": the display rule gives the same text either way.
 */
export function rawLabel(node: FzNode): string | undefined {
  if (node.subItems && node.subItems.length > 0) return [node.label, ...node.subItems].join('|');
  if (node.label === node.id) return undefined;
  if (node.description !== undefined && node.label === node.description) return undefined;
  return node.label;
}

/**
 * `node` with display text from label attribute `raw` under FlowZap's rule (label, else
 * description, else id; a taskbox label's `|` parts after the first are sub-items), as the
 * model builder derives it. `shape` and `id` default to the node's.
 */
export function withLabel(
  node: FzNode,
  raw: string | undefined,
  shape: FzShape = node.shape,
  id: string = node.id,
): FzNode {
  const out: FzNode = { ...node, id, shape, label: raw ?? node.description ?? id };
  delete out.subItems;
  if (shape === 'taskbox' && raw?.includes('|')) {
    const parts = raw.split('|');
    out.label = parts[0]!;
    out.subItems = parts.slice(1);
  }
  return out;
}

/**
 * The diagram without the nodes `ids`, the edges that touch them and their loop references; a
 * loop that loses its last node goes.
 */
export function withoutNodes(diagram: FzDiagram, ids: ReadonlySet<string>): FzDiagram {
  const loops = [];
  for (const loop of diagram.loops) {
    if (!loop.nodes.some((n) => ids.has(n))) loops.push(loop);
    else {
      const nodes = loop.nodes.filter((n) => !ids.has(n));
      if (nodes.length > 0) loops.push({ ...loop, nodes });
    }
  }
  return {
    lanes: diagram.lanes,
    nodes: diagram.nodes.filter((n) => !ids.has(n.id)),
    edges: numberEdges(diagram.edges.filter((e) => !ids.has(e.from) && !ids.has(e.to))),
    loops,
  };
}

/** Inserts `items` into a copy of `list` at `index`. */
export function insertAt<T>(list: readonly T[], index: number, items: readonly T[]): T[] {
  return [...list.slice(0, index), ...items, ...list.slice(index)];
}
