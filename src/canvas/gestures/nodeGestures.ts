/**
 * Node gestures on the canvas as `FzChange`s: add from the palette, drop after a drag, rename in
 * place, change shape, delete the selection. Pure: they read plain data (ids, lanes, positions)
 * and return the change to apply, or null when the gesture changes nothing in the text.
 */
import type { FzChange } from '../../core/edit/types';
import { estimateNodeSize } from '../../core/layout/nodeSize';
import type { FzDiagram, FzShape } from '../../core/model/types';
import { nearestLaneAtY, type FzLaneSpan } from './laneHit';

/** A point in flow pixels. */
export interface FzFlowPoint {
  x: number;
  y: number;
}

/** A node as a drag left it: its id, the lane the text puts it in, and its box (flow pixels). */
export interface FzDroppedNode {
  id: string;
  lane: string;
  position: FzFlowPoint;
  height: number;
}

/** What a finished drag means: lane moves for the text, and places to remember beside it. */
export interface FzDropOutcome {
  /** One `moveNodeToLane` per node whose centre ended in another lane, in drag order. */
  moves: FzChange[];
  /** Where every dropped node was let go (top-left corner): layout only, never text. */
  pins: Record<string, FzFlowPoint>;
  /** The lane each dropped node is in after the drop (its new lane for a move). */
  laneOf: Record<string, string>;
}

/**
 * Reads a finished node drag (`onNodeDragStop` / `onSelectionDragStop`). A node whose vertical
 * centre now lies in another lane's band moves there (a drop past the first or last band counts
 * as that band, see `nearestLaneAtY`); a node that stayed in its lane changes no text. Either way
 * its drop place is returned as a pin in the lane it ends in, so that it stays where it was put.
 * No lanes → no moves.
 */
export function dropOutcome(
  dropped: readonly FzDroppedNode[],
  lanes: readonly FzLaneSpan[],
): FzDropOutcome {
  const moves: FzChange[] = [];
  const pins: Record<string, FzFlowPoint> = {};
  const laneOf: Record<string, string> = {};
  for (const node of dropped) {
    const hit = nearestLaneAtY(lanes, node.position.y + node.height / 2);
    const lane = hit ?? node.lane;
    if (lane !== node.lane) moves.push({ kind: 'moveNodeToLane', node: node.id, lane });
    pins[node.id] = { x: node.position.x, y: node.position.y };
    laneOf[node.id] = lane;
  }
  return { moves, pins, laneOf };
}

/** A palette click or drop, or a double-click on a lane: a new node of `shape` in `lane` (next free id). */
export function addNodeChange(lane: string, shape: FzShape): FzChange {
  return { kind: 'addNode', lane, shape };
}

/**
 * Where a node added at flow point `at` (a double-click, a palette drop) should sit: its top-left
 * corner such that its estimated box (a new node shows its id as label) is centred on `at`.
 */
export function newNodeCorner(at: FzFlowPoint, id: string, shape: FzShape): FzFlowPoint {
  const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const size = estimateNodeSize({ id, lane: '', shape, label: id, range });
  return { x: at.x - size.width / 2, y: at.y - size.height / 2 };
}

/**
 * The lane a palette click or a paste goes to: the lane of the first selected node that the
 * diagram knows, else the lane the person last pointed at (`activeLane`, if it still exists),
 * else the first lane. Null when the diagram has no lanes.
 */
export function targetLane(
  diagram: Pick<FzDiagram, 'lanes' | 'nodes'>,
  selectedNodes: readonly string[],
  activeLane: string | null,
): string | null {
  for (const id of selectedNodes) {
    const node = diagram.nodes.find((n) => n.id === id);
    if (node) return node.lane;
  }
  if (activeLane !== null && diagram.lanes.some((lane) => lane.id === activeLane)) {
    return activeLane;
  }
  return diagram.lanes[0]?.id ?? null;
}

/**
 * The inline label editor's answer as a `setNodeLabel`, or null when the text is what the node
 * already says (nothing to write). An empty label is a change: it removes the attribute, and
 * FlowZap then shows the id. The text is kept as typed (quotes and backslashes are escaped by the
 * edit, never here).
 */
export function nodeLabelChange(
  node: { id: string; label: string },
  text: string,
): FzChange | null {
  if (text === node.label) return null;
  return { kind: 'setNodeLabel', node: node.id, label: text };
}

/** The context menu's shape choice as a `setNodeShape`, or null when the node already has it. */
export function nodeShapeChange(
  node: { id: string; shape: FzShape },
  shape: FzShape,
): FzChange | null {
  return shape === node.shape ? null : { kind: 'setNodeShape', node: node.id, shape };
}

/**
 * Delete/Backspace on a selection as one `deleteElements` (ids de-duplicated, order kept), or
 * null when nothing is selected. Edges touching a deleted node need not be listed: the edit
 * takes them with the node.
 */
export function deleteChange(nodes: readonly string[], edges: readonly string[]): FzChange | null {
  if (nodes.length === 0 && edges.length === 0) return null;
  return { kind: 'deleteElements', nodes: [...new Set(nodes)], edges: [...new Set(edges)] };
}

/**
 * Whether the node ids left after deleting `deleted` from `ids` are no longer `n1 … nN` without
 * gaps, i.e. whether "Renumber ids" (`renumberNodes`) would change anything. Ids that are not
 * `n<integer>` count as gaps (renumbering would rewrite them too).
 */
export function leavesIdGaps(ids: readonly string[], deleted: readonly string[]): boolean {
  const gone = new Set(deleted);
  const numbers: number[] = [];
  for (const id of ids) {
    if (gone.has(id)) continue;
    const match = /^n(\d+)$/.exec(id);
    if (!match) return true;
    numbers.push(Number(match[1]));
  }
  numbers.sort((a, b) => a - b);
  return numbers.some((n, index) => n !== index + 1);
}
