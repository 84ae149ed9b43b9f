import type { FzDiagram, FzEdge, FzNode } from '../model/types';
import { uniqueNodes } from './elkGraph';
import { LANE_METRICS } from './metrics';
import { columnOffsets } from './columnOffsets';
import { columnGaps, compactColumns } from './compactColumns';
import { estimateNodeSize } from './nodeSize';
import type { FzLaneBand, FzLayout, FzNodeBox } from './types';

/** Grid pitch of the file-order placement: wider than any node, so columns line up across lanes. */
const FALLBACK_PITCH = 300;
/** Branches step down at most this many rows; deeper ones stay on it, so lanes stay compact. */
const MAX_WANTED_ROW = 3;

/**
 * Ids of the lanes in band order: the declared lanes in file order, then any lane that a node
 * names but the diagram does not declare (first mention first), so no node is ever left out.
 */
export function laneOrder(diagram: FzDiagram): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  for (const lane of diagram.lanes) add(lane.id);
  for (const node of diagram.nodes) add(node.lane);
  return order;
}

/**
 * A flow with no ELK: each lane's nodes left to right in file order, on a grid shared by all lanes.
 * Used when ELK fails and before the first ELK answer; the bands applied afterwards are the same.
 */
export function fallbackFlow(diagram: FzDiagram): Record<string, FzNodeBox> {
  const count = new Map<string, number>();
  const flow: Record<string, FzNodeBox> = {};
  for (const node of uniqueNodes(diagram)) {
    const index = count.get(node.lane) ?? 0;
    flow[node.id] = { x: index * FALLBACK_PITCH, y: 0, ...estimateNodeSize(node) };
    count.set(node.lane, index + 1);
  }
  return flow;
}

/**
 * The row a node would like, from the first same-lane edge that enters it from a node already
 * placed (to its left): the same row when drawn side to side, one row lower when the edge leaves a
 * bottom handle or enters a top one (`n6.handle(bottom) -> n8.handle(top)` goes down), one row
 * higher for the reverse. Without such an edge, the lane's main row 0.
 */
function wantedRow(
  node: FzNode,
  incoming: FzEdge[],
  laneOf: Map<string, string>,
  rowOf: Map<string, number>,
): number {
  for (const edge of incoming) {
    const from = rowOf.get(edge.from);
    if (from === undefined || laneOf.get(edge.from) !== node.lane) continue;
    if (edge.fromHandle === 'bottom' || edge.toHandle === 'top') {
      return Math.min(from + 1, Math.max(from, MAX_WANTED_ROW));
    }
    if (edge.fromHandle === 'top' || edge.toHandle === 'bottom') return Math.max(from - 1, 0);
    return from;
  }
  return 0;
}

/**
 * Global columns: boxes whose x-ranges overlap share a column (ELK layers never overlap each
 * other). Returns each node's column index, and each column's left edge in flow coordinates.
 */
function columnsOf(flow: Record<string, FzNodeBox>, ids: string[]) {
  const sorted = [...ids].sort((a, b) => flow[a]!.x - flow[b]!.x);
  const column = new Map<string, number>();
  const lefts: number[] = [];
  let right = -Infinity;
  for (const id of sorted) {
    const box = flow[id]!;
    if (lefts.length === 0 || box.x >= right - 0.5) {
      lefts.push(box.x);
      right = box.x + box.width;
    } else {
      right = Math.max(right, box.x + box.width);
    }
    column.set(id, lefts.length - 1);
  }
  return { column, lefts };
}

/** Fills in boxes for nodes missing from `flow` (estimated size, after everything else). */
function completeFlow(nodes: FzNode[], flow: Record<string, FzNodeBox>) {
  const complete: Record<string, FzNodeBox> = {};
  let right = -Infinity;
  for (const node of nodes) {
    const box = flow[node.id];
    if (!box || ![box.x, box.y, box.width, box.height].every(Number.isFinite)) continue;
    complete[node.id] = box;
    right = Math.max(right, box.x + box.width);
  }
  if (!Number.isFinite(right)) right = -FALLBACK_PITCH;
  for (const node of nodes) {
    if (complete[node.id]) continue;
    right += FALLBACK_PITCH;
    complete[node.id] = { x: right, y: 0, ...estimateNodeSize(node) };
  }
  return complete;
}

/**
 * Turns a flow placement (x by flow order, y by ELK's in-layer order, any origin) into the final
 * swimlane layout: lanes become stacked horizontal bands in `laneOrder`, and each node is snapped
 * into its lane's band. The flow's columns are first compacted (`compactColumns`: a vertical hop
 * to another lane shares its source's column). A node follows the row of the same-lane node it
 * comes from (one lower for a bottom→top edge, see `wantedRow`); nodes of one lane that share a
 * column are stacked in rows (wanted row, then flow y, then file order). Nodes are centred in their
 * column, then shifted right where needed (`columnOffsets`). Nodes missing from `flow` go after the
 * rest. Deterministic, integer coordinates, never throws; bands never overlap and every node lies
 * inside its band.
 */
export function placeInLanes(diagram: FzDiagram, flow: Record<string, FzNodeBox>): FzLayout {
  const nodes = uniqueNodes(diagram);
  const fileIndex = new Map(nodes.map((node, index) => [node.id, index]));
  const laneOf = new Map(nodes.map((node) => [node.id, node.lane]));
  const incoming = new Map<string, FzEdge[]>();
  for (const edge of diagram.edges) {
    const list = incoming.get(edge.to) ?? [];
    list.push(edge);
    incoming.set(edge.to, list);
  }
  const boxOf = completeFlow(nodes, flow);
  const flowColumn = columnsOf(
    boxOf,
    nodes.map((node) => node.id),
  ).column;
  const column = compactColumns(diagram, nodes, flowColumn);

  // Rows, lane by lane, columns left to right (so a node can follow its source's row); each
  // column's nodes of one lane top to bottom, for the stagger rules.
  const rowOf = new Map<string, number>();
  const stacks: string[][] = [];
  for (const laneId of laneOrder(diagram)) {
    const byColumn = new Map<number, string[]>();
    for (const node of nodes) {
      if (node.lane !== laneId) continue;
      const c = column.get(node.id)!;
      byColumn.set(c, [...(byColumn.get(c) ?? []), node.id]);
    }
    for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
      const entries = byColumn
        .get(c)!
        .map((id) => ({
          id,
          want: wantedRow(nodes[fileIndex.get(id)!]!, incoming.get(id) ?? [], laneOf, rowOf),
          y: boxOf[id]!.y,
          index: fileIndex.get(id)!,
        }))
        .sort((a, b) => a.want - b.want || a.y - b.y || a.index - b.index);
      let row = -1;
      for (const entry of entries) {
        row = Math.max(entry.want, row + 1);
        rowOf.set(entry.id, row);
      }
      stacks.push(entries.map((entry) => entry.id));
    }
  }

  const offsetOf = columnOffsets(diagram, nodes, boxOf, column, stacks);
  // A loop, not Math.max(...values): spreading 75,000 columns overflowed the layout worker's stack.
  let count = 0;
  for (const c of column.values()) count = Math.max(count, c + 1);
  const widths = Array.from({ length: count }, () => 0);
  for (const node of nodes) {
    const c = column.get(node.id)!;
    widths[c] = Math.max(widths[c]!, offsetOf.get(node.id)! + boxOf[node.id]!.width);
  }
  const gaps = columnGaps(diagram, column, count);
  const columnX: number[] = [];
  let cursor = LANE_METRICS.headerWidth + LANE_METRICS.padLeft;
  for (let c = 0; c < count; c++) {
    columnX[c] = cursor;
    cursor += widths[c]! + gaps[c]!;
  }

  return stackBands(
    diagram,
    nodes,
    boxOf,
    rowOf,
    (id) => columnX[column.get(id)!]! + offsetOf.get(id)!,
  );
}

/** Stacks the lane bands top to bottom and puts each node in its row, at the x it was given. */
function stackBands(
  diagram: FzDiagram,
  nodes: FzNode[],
  boxOf: Record<string, FzNodeBox>,
  rowOf: Map<string, number>,
  xOf: (id: string) => number,
): FzLayout {
  const { headerWidth, padLeft, padRight, padTop, padBottom, rowGap, minHeight } = LANE_METRICS;
  const lanes: Record<string, FzLaneBand> = {};
  const boxes: Record<string, FzNodeBox> = {};
  let top = 0;
  let right = 0;
  for (const laneId of laneOrder(diagram)) {
    const ids = nodes.filter((node) => node.lane === laneId).map((node) => node.id);
    const rowHeights: number[] = [];
    for (const id of ids) {
      const row = rowOf.get(id)!;
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, boxOf[id]!.height);
    }
    // Rows nobody uses (a lane of downward branches only) take no room.
    const rowTops: number[] = [];
    let cursor = top + padTop;
    rowHeights.forEach((height, row) => {
      rowTops[row] = cursor;
      cursor += height + rowGap;
    });
    const contentBottom = ids.length > 0 ? cursor - rowGap : top + padTop;
    const height = Math.max(minHeight, Math.round(contentBottom + padBottom - top));
    for (const id of ids) {
      const box = boxOf[id]!;
      const row = rowOf.get(id)!;
      const x = Math.round(xOf(id));
      const y = Math.round(rowTops[row]! + (rowHeights[row]! - box.height) / 2);
      boxes[id] = { x, y, width: Math.round(box.width), height: Math.round(box.height) };
      right = Math.max(right, x + Math.round(box.width));
    }
    lanes[laneId] = { y: top, height };
    top += height;
  }
  const width = Math.max(right + padRight, headerWidth + padLeft + 320);
  return { nodes: boxes, lanes, width, height: top };
}
