/**
 * Refitting one edge statement after a change moved one of its ends to another node or lane:
 * token rewrites of its ends, lane prefixes re-checked (rules in `endpoints.ts`), and, when its
 * source now lives in another lane, its move to that lane's block.
 */
import type { FzAstEdge, FzAstLane } from '../fz/ast';
import type { EditBatch } from './editBatch';
import type { EditDoc, Placed } from './editDoc';
import { edgeEdits, rewriteSpan, sourcePrefix, targetPrefix, type EndpointWant } from './endpoints';
import { statementText } from './placement';

/**
 * Rewrites (in place) or moves (to `moveTo`'s block) one edge statement: `from`/`to` tokens as
 * asked, and lane prefixes that fit `laneOf` (node id → lane id after the change). The target's
 * prefix is always re-checked (the change touched this edge's lanes); the source's only with
 * `checkSource` (its lane or its block changed). Returns the new statement text when the edge
 * moves (the caller inserts it), else null.
 */
export function refitEdge(
  batch: EditBatch,
  doc: EditDoc,
  edge: Placed<FzAstEdge>,
  laneOf: (node: string) => string | null,
  want: { from?: EndpointWant; to?: EndpointWant; moveTo?: FzAstLane | null; checkSource: boolean },
): string | null {
  const { ast } = edge;
  const moveTo = want.moveTo ?? null;
  const block = moveTo ?? edge.block;
  const fromNode = want.from?.node ?? ast.from.node;
  const toNode = want.to?.node ?? ast.to.node;
  const sourceLane = laneOf(fromNode);
  const from: EndpointWant = { ...want.from };
  if (want.checkSource) from.lane = sourcePrefix(ast.from, sourceLane, block);
  const to: EndpointWant = { ...want.to, lane: targetPrefix(sourceLane, laneOf(toNode)) };
  const edits = edgeEdits(ast, from, to);
  if (moveTo) {
    batch.deleteLine(ast.line - 1);
    const end = ast.start + statementText(doc, ast).length;
    return rewriteSpan(doc.text, ast.start, end, edits);
  }
  for (const e of edits) batch.replace(e.start, e.end, e.insert);
  return null;
}
