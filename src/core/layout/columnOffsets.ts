import type { FzDiagram, FzNode } from '../model/types';
import { isVerticalHop } from './compactColumns';
import type { FzNodeBox } from './types';

/** How far a stacked node is shifted right past the middle of the node above it, in pixels. */
const STAGGER_GAP = 16;

/**
 * Each node's x inside its column: centred on the column's widest node, then pushed right as the
 * lines require (all pushes only increase offsets, repeated until nothing moves): a node stacked
 * under one with a line leaving its bottom starts right of that line; a node whose top line goes
 * up past the node above starts so that line clears it; and the target of a vertical hop that
 * shares its source's column starts right of the source (the flow still reads left to right).
 * `stacks` lists, per lane and column, the node ids top row first.
 */
export function columnOffsets(
  diagram: FzDiagram,
  nodes: readonly FzNode[],
  boxOf: Record<string, FzNodeBox>,
  column: ReadonlyMap<string, number>,
  stacks: readonly string[][],
): Map<string, number> {
  // Nodes with a line leaving or entering their bottom (top) side: a node stacked below (above)
  // them must step aside, or that line would cross it.
  const bottomUsed = new Set<string>();
  const topUsed = new Set<string>();
  for (const edge of diagram.edges) {
    if (edge.fromHandle === 'bottom') bottomUsed.add(edge.from);
    if (edge.toHandle === 'bottom') bottomUsed.add(edge.to);
    if (edge.fromHandle === 'top') topUsed.add(edge.from);
    if (edge.toHandle === 'top') topUsed.add(edge.to);
  }
  const width = (id: string) => boxOf[id]!.width;
  // Difference constraints `offset(to) ≥ offset(from) + gap`.
  const rules: { from: string; to: string; gap: number }[] = [];
  for (const stack of stacks) {
    for (let i = 1; i < stack.length; i++) {
      const above = stack[i - 1]!;
      const below = stack[i]!;
      if (bottomUsed.has(above))
        rules.push({ from: above, to: below, gap: width(above) / 2 + STAGGER_GAP });
      if (topUsed.has(below)) {
        rules.push({ from: above, to: below, gap: width(above) + STAGGER_GAP - width(below) / 2 });
      }
    }
  }
  const laneOf = new Map(nodes.map((node) => [node.id, node.lane]));
  for (const edge of diagram.edges) {
    if (!isVerticalHop(edge, laneOf) || edge.from === edge.to) continue;
    if (column.get(edge.from) === undefined || column.get(edge.from) !== column.get(edge.to))
      continue;
    rules.push({ from: edge.from, to: edge.to, gap: 1 });
  }
  const widest = new Map<number, number>();
  for (const node of nodes) {
    const c = column.get(node.id)!;
    widest.set(c, Math.max(widest.get(c) ?? 0, width(node.id)));
  }
  const offsetOf = new Map<string, number>();
  for (const node of nodes) {
    offsetOf.set(node.id, (widest.get(column.get(node.id)!)! - width(node.id)) / 2);
  }
  // Longest-path relaxation; bounded, since a contrived cycle of rules must not loop forever
  // (rows and bands already keep nodes apart, so an unfinished push costs looks, not overlaps).
  for (let pass = 0; pass <= rules.length; pass++) {
    let moved = false;
    for (const { from, to, gap } of rules) {
      const want = offsetOf.get(from)! + gap;
      if (want > offsetOf.get(to)! + 0.01) {
        offsetOf.set(to, want);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return offsetOf;
}
