/**
 * `moveLane` and `deleteLane`: whole blocks (with the comments directly above them and one
 * separating run of blank lines, see `laneRegion.ts`) move or go as they are written.
 */
import { removeNodeReferences } from './deleteEdits';
import type { EditDoc } from './editDoc';
import { laneRegion, lineText, separatorLines } from './laneRegion';
import { fail, findLane, finish, newBatch, unchanged } from './lookup';
import type { FzChangeOf, FzEditResult } from './types';

function notClosed(id: string): string {
  return `Lane ${id} is never closed: add its "}" first.`;
}

/**
 * The block (and its separator) moves so that it becomes lane number `toIndex` (0-based, among
 * the diagram's lanes): before the block it displaces when moving up, after it when moving down.
 * Its edges and loops move with it, so the global edge order follows the new lane order.
 */
export function moveLane(doc: EditDoc, change: FzChangeOf<'moveLane'>): FzEditResult {
  const lane = findLane(doc, change.lane);
  if (typeof lane === 'string') return fail(lane);
  const { toIndex } = change;
  const count = doc.lanes.length;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= count) {
    return fail(
      `Cannot move lane ${lane.id} to position ${toIndex}: there are ${count} lanes (0 to ${count - 1}).`,
    );
  }
  const fromIndex = doc.lanes.indexOf(lane);
  if (fromIndex === toIndex) return unchanged();
  const other = doc.lanes[toIndex]!;
  const region = laneRegion(doc, lane);
  if (!region) return fail(notClosed(lane.id));
  const otherRegion = laneRegion(doc, other);
  if (!otherRegion) return fail(notClosed(other.id));
  const separator = separatorLines(doc, region);
  const batch = newBatch(doc);
  const lines: string[] = [];
  for (let i = region.first; i <= region.last; i++) {
    batch.deleteLine(i);
    lines.push(lineText(doc, i));
  }
  for (const i of separator) batch.deleteLine(i);
  const gap = separator.map((i) => lineText(doc, i));
  if (toIndex < fromIndex) batch.insertLinesBefore(otherRegion.first, [...lines, ...gap]);
  else batch.insertLinesAfter(otherRegion.last, [...gap, ...lines]);
  return finish(batch);
}

/**
 * The block goes (with its comments and separator), and so do the edges written elsewhere that
 * touch its nodes, and those nodes' references in loops elsewhere (a loop left empty goes too).
 */
export function deleteLane(doc: EditDoc, change: FzChangeOf<'deleteLane'>): FzEditResult {
  const lane = findLane(doc, change.lane);
  if (typeof lane === 'string') return fail(lane);
  const region = laneRegion(doc, lane);
  if (!region) return fail(notClosed(lane.id));
  const batch = newBatch(doc);
  for (let i = region.first; i <= region.last; i++) batch.deleteLine(i);
  for (const i of separatorLines(doc, region)) batch.deleteLine(i);
  const ids = new Set<string>();
  for (const statement of lane.body) if (statement.kind === 'node') ids.add(statement.id);
  removeNodeReferences(batch, doc, ids);
  return finish(batch);
}
