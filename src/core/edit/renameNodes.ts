/**
 * `renameNode` and `renumberNodes`: node ids rewritten token by token in declarations, edge ends
 * and loop references, as one batch (one undo step). Nothing else on those lines changes.
 */
import { nodeIdProblem } from './checks';
import type { EditBatch } from './editBatch';
import type { EditDoc } from './editDoc';
import { fail, findNode, finish, newBatch, unchanged } from './lookup';
import type { FzChangeOf, FzEditResult } from './types';

/** Rewrites every occurrence of a node id that `rename` maps to another id. */
function renameEverywhere(batch: EditBatch, doc: EditDoc, rename: (id: string) => string): void {
  const token = (id: string, start: number, end: number): void => {
    const to = rename(id);
    if (to !== id) batch.replace(start, end, to);
  };
  for (const { ast } of doc.declarations) token(ast.id, ast.idStart, ast.idEnd);
  for (const { ast } of doc.edgeStatements) {
    token(ast.from.node, ast.from.nodeStart, ast.from.nodeEnd);
    token(ast.to.node, ast.to.nodeStart, ast.to.nodeEnd);
  }
  for (const { ast } of doc.loops) for (const ref of ast.nodes) token(ref.id, ref.start, ref.end);
}

/**
 * The id `from` becomes `to` everywhere. Refused when `to` is not `n<number>` or is already
 * mentioned anywhere in the text (declared, or referenced by an edge or loop: renaming onto a
 * dangling reference would silently connect it).
 */
export function renameNode(doc: EditDoc, change: FzChangeOf<'renameNode'>): FzEditResult {
  const placed = findNode(doc, change.from);
  if (typeof placed === 'string') return fail(placed);
  if (change.to === change.from) return unchanged();
  const bad = nodeIdProblem(change.to);
  if (bad) return fail(bad);
  if (doc.usedNodeIds.has(change.to))
    return fail(`Node id ${change.to} is already used in the diagram.`);
  const batch = newBatch(doc);
  renameEverywhere(batch, doc, (id) => (id === change.from ? change.to : id));
  return finish(batch);
}

/**
 * Declared ids become `n1…nK` in order of first declaration (the FZ101 quick-fix). Refused when
 * an undeclared id is referenced and would collide with a new id (it would silently connect).
 */
export function renumberNodes(doc: EditDoc): FzEditResult {
  const map = new Map<string, string>();
  for (const { ast } of doc.declarations) {
    if (!map.has(ast.id)) map.set(ast.id, `n${map.size + 1}`);
  }
  const taken = new Set(map.values());
  for (const id of doc.usedNodeIds) {
    if (!map.has(id) && taken.has(id)) {
      return fail(
        `Node ${id} is referenced but never declared; fix or remove that reference before renumbering.`,
      );
    }
  }
  const batch = newBatch(doc);
  renameEverywhere(batch, doc, (id) => map.get(id) ?? id);
  return finish(batch);
}
