import type { FzDiagram, FzEdge, FzHandle, FzNode } from '../model/types';
import { estimateTextWidth } from './nodeSize';

const VERTICAL: ReadonlySet<FzHandle> = new Set<FzHandle>(['top', 'bottom']);
const SIDE: ReadonlySet<FzHandle> = new Set<FzHandle>(['left', 'right']);

/** Smallest horizontal gap between two columns: room for an arrowhead and a short bend. */
export const MIN_COLUMN_GAP = 44;
/** Largest gap a side-to-side edge label may ask for (longer labels wrap). */
const MAX_COLUMN_GAP = 150;

/**
 * Whether `edge` is drawn as a vertical line between two lanes (a bottom or top handle at both
 * ends, different lanes). Such an edge needs no horizontal room, so its target may share its
 * source's column: this is what lets a flow that hops between lanes stay narrow.
 */
export function isVerticalHop(edge: FzEdge, laneOf: ReadonlyMap<string, string>): boolean {
  return (
    VERTICAL.has(edge.fromHandle) &&
    VERTICAL.has(edge.toHandle) &&
    laneOf.get(edge.from) !== laneOf.get(edge.to)
  );
}

/**
 * Re-numbers the flow's columns as tightly as the edges allow. `column` is the flow's column of
 * each node (ELK's layers: every edge it kept forward goes to a higher column). A node then goes
 * to the first column that is right of every forward predecessor, or at the same column for a
 * vertical hop between lanes (`isVerticalHop`), and right of the previous column of its own lane,
 * so the order inside each lane is exactly the flow's. Edges pointing back (cycles ELK broke) add
 * no constraint. Deterministic; every node keeps a column.
 */
export function compactColumns(
  diagram: FzDiagram,
  nodes: readonly FzNode[],
  column: ReadonlyMap<string, number>,
): Map<string, number> {
  const laneOf = new Map(nodes.map((node) => [node.id, node.lane]));
  // Constraints `to ≥ from + weight`, only along the flow's forward direction (so: acyclic).
  const preds = new Map<string, { from: string; weight: number }[]>();
  const add = (from: string, to: string, weight: number) => {
    const list = preds.get(to) ?? [];
    list.push({ from, weight });
    preds.set(to, list);
  };
  for (const edge of diagram.edges) {
    const a = column.get(edge.from);
    const b = column.get(edge.to);
    if (a === undefined || b === undefined || b <= a) continue;
    add(edge.from, edge.to, isVerticalHop(edge, laneOf) ? 0 : 1);
  }
  // Within a lane, nodes of a later flow column stay in a later column (rows keep their sense):
  // each node follows every node of its lane's previous flow column.
  const order = [...nodes].sort((x, y) => column.get(x.id)! - column.get(y.id)!);
  const laneGroups = new Map<string, { column: number; previous: string[]; current: string[] }>();
  for (const node of order) {
    const c = column.get(node.id)!;
    let group = laneGroups.get(node.lane);
    if (!group) {
      group = { column: c, previous: [], current: [] };
      laneGroups.set(node.lane, group);
    } else if (group.column !== c) {
      group.previous = group.current;
      group.current = [];
      group.column = c;
    }
    for (const id of group.previous) add(id, node.id, 1);
    group.current.push(node.id);
  }
  const compact = new Map<string, number>();
  for (const node of order) {
    let c = 0;
    for (const { from, weight } of preds.get(node.id) ?? []) {
      const before = compact.get(from);
      if (before !== undefined) c = Math.max(c, before + weight);
    }
    compact.set(node.id, c);
  }
  return compact;
}

/**
 * Gap after each of `count` columns: `MIN_COLUMN_GAP`, or more where a labelled side-to-side edge
 * joins a column to the next one (its label sits on that gap). Clamped to 150 px.
 */
export function columnGaps(
  diagram: FzDiagram,
  column: ReadonlyMap<string, number>,
  count: number,
): number[] {
  const gaps = Array.from({ length: count }, () => MIN_COLUMN_GAP);
  for (const edge of diagram.edges) {
    if (!edge.label || !SIDE.has(edge.fromHandle) || !SIDE.has(edge.toHandle)) continue;
    const a = column.get(edge.from);
    const b = column.get(edge.to);
    if (a === undefined || b === undefined || Math.abs(b - a) !== 1) continue;
    const left = Math.min(a, b);
    // Edge labels use an 11px font, about 0.85 of the node label's advance, plus a margin.
    const want = Math.min(estimateTextWidth(edge.label) * 0.85 + 30, MAX_COLUMN_GAP);
    gaps[left] = Math.max(gaps[left]!, Math.round(want));
  }
  return gaps;
}
