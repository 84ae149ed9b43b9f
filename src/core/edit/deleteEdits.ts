/**
 * `deleteElements`, and what every deletion of nodes shares: a deleted node takes with it every
 * edge statement that names it (anywhere in the file, broken ones included: a line left pointing
 * at a deleted node would be a new error, the fault of flowzap-mcp's patcher, known pitfall
 * BR-06) and its references in loops; a loop left with no node goes too.
 */
import type { FzAstLoop } from '../fz/ast';
import type { EditBatch } from './editBatch';
import type { EditDoc } from './editDoc';
import { fail, findEdge, findNode, finish, newBatch } from './lookup';
import type { FzChangeOf, FzEditResult } from './types';

/**
 * Removes the references to `ids` from one loop line: the line goes when no reference is left;
 * else each removed id goes with the blanks before it (or, for leading ones, up to the first kept
 * id), so the remaining list keeps its spacing.
 */
function removeLoopRefs(batch: EditBatch, loop: FzAstLoop, ids: ReadonlySet<string>): void {
  const refs = loop.nodes;
  const kept = refs.map((ref) => !ids.has(ref.id));
  const first = kept.indexOf(true);
  if (first < 0) {
    batch.deleteLine(loop.line - 1);
    return;
  }
  if (first > 0) batch.replace(refs[0]!.start, refs[first]!.start, '');
  for (let i = first + 1; i < refs.length; i++) {
    if (!kept[i]) batch.replace(refs[i - 1]!.end, refs[i]!.end, '');
  }
}

/**
 * Deletes every edge statement that names one of `ids` and removes `ids` from every loop, except
 * on lines the batch already deletes. Returns nothing; edits go into `batch`.
 */
export function removeNodeReferences(
  batch: EditBatch,
  doc: EditDoc,
  ids: ReadonlySet<string>,
): void {
  for (const { ast } of doc.edgeStatements) {
    if (ids.has(ast.from.node) || ids.has(ast.to.node)) batch.deleteLine(ast.line - 1);
  }
  for (const { ast } of doc.loops) {
    if (batch.isDeleted(ast.line - 1)) continue;
    if (ast.nodes.some((ref) => ids.has(ref.id))) removeLoopRefs(batch, ast, ids);
  }
}

/**
 * Deletes the node lines (every declaration of each id) and the edge lines named, plus what the
 * nodes take with them (see the file comment). Unknown ids refuse the whole change.
 */
export function deleteElements(doc: EditDoc, change: FzChangeOf<'deleteElements'>): FzEditResult {
  const batch = newBatch(doc);
  for (const id of change.nodes) {
    const placed = findNode(doc, id);
    if (typeof placed === 'string') return fail(placed);
  }
  for (const id of change.edges) {
    const edge = findEdge(doc, id);
    if (typeof edge === 'string') return fail(edge);
    batch.deleteLine(edge.ast.line - 1);
  }
  const ids = new Set(change.nodes);
  for (const { ast } of doc.declarations) if (ids.has(ast.id)) batch.deleteLine(ast.line - 1);
  removeNodeReferences(batch, doc, ids);
  return finish(batch);
}
