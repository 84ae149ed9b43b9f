/**
 * `moveNodeToLane`. The node's line (as written) moves after the last node line of the new lane.
 *
 * Where its edges go: FlowZap writes an edge inside the block of its source node's lane
 * (flowzap-language.md §6.2, warning FZ105 otherwise), so the node's outgoing edges that were
 * written in its old block move with it, after the last edge line of the new block, in their
 * order. Edges written elsewhere stay. This changes the global edge order (the sequence view's
 * message order) only for those edges, which now start in another lane anyway. Then every edge
 * touching the node gets the lane prefixes its ends now need (see `endpoints.ts`).
 */
import { laneOfNode, type EditDoc } from './editDoc';
import { fail, findLane, findNodeInLane, finish, newBatch, unchanged } from './lookup';
import { insertIntoLane, statementText } from './placement';
import { refitEdge } from './refitEdge';
import type { FzChangeOf, FzEditResult } from './types';

/** See the file comment. Moving a node to its own lane changes nothing. */
export function moveNodeToLane(doc: EditDoc, change: FzChangeOf<'moveNodeToLane'>): FzEditResult {
  const node = findNodeInLane(doc, change.node);
  if (typeof node === 'string') return fail(node);
  const target = findLane(doc, change.lane);
  if (typeof target === 'string') return fail(target);
  const id = change.node;
  if (node.block.id === target.id) return unchanged();
  const batch = newBatch(doc);
  batch.deleteLine(node.ast.line - 1);
  const laneOf = (n: string) => (n === id ? target.id : laneOfNode(doc, n));
  const moved: string[] = [];
  for (const edge of doc.edgeStatements) {
    const { from, to } = edge.ast;
    if (from.node !== id && to.node !== id) continue;
    const moves = from.node === id && edge.block === node.block;
    const checkSource = from.node === id || moves;
    const text = refitEdge(batch, doc, edge, laneOf, {
      moveTo: moves ? target : null,
      checkSource,
    });
    if (text !== null) moved.push(text);
  }
  insertIntoLane(batch, doc, target, 'node', [statementText(doc, node.ast)]);
  insertIntoLane(batch, doc, target, 'edge', moved);
  return finish(batch);
}
