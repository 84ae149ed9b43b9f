/**
 * Rename (F2) of a node id or a lane id everywhere it is written, through the edit core
 * (`computeEdits` `renameNode` / `renameLane`), so the code pane and the canvas rename alike.
 * The new name is checked here first, to say clearly why it cannot be used.
 */
import { computeEdits } from '../edit';
import type { FzTextEdit } from '../edit/types';
import { isFzNodeId } from '../fz/parseNode';
import type { FzLangDocument } from './document';
import { positionOf } from './positions';
import { allSymbols, symbolAt } from './symbols';

/** What can be renamed at the caret: the name over `[start, end)`, or why nothing can. */
export type FzRenameTarget =
  | { ok: true; kind: 'node' | 'lane'; id: string; start: number; end: number }
  | { ok: false; message: string };

/** The edits of a rename, or why it is refused (nothing changes then). */
export type FzRenameResult = { ok: true; edits: FzTextEdit[] } | { ok: false; message: string };

/**
 * What F2 at `offset` would rename. Only declared names can be renamed (an undeclared reference
 * is a typo to fix, not a name to spread).
 */
export function prepareRename(doc: FzLangDocument, offset: number): FzRenameTarget {
  const symbol = symbolAt(doc, offset);
  if (!symbol)
    return { ok: false, message: 'Place the caret on a node id (n5) or a lane id to rename it.' };
  const declared = symbol.kind === 'node' ? doc.nodes.has(symbol.id) : doc.lanes.has(symbol.id);
  if (!declared) {
    const what = symbol.kind === 'node' ? 'Node' : 'Lane';
    return {
      ok: false,
      message: `${what} ${symbol.id} is not declared, so there is nothing to rename.`,
    };
  }
  return { ok: true, kind: symbol.kind, id: symbol.id, start: symbol.start, end: symbol.end };
}

/** Why `to` cannot be the new id of node `from`, or null. */
export function nodeRenameProblem(doc: FzLangDocument, from: string, to: string): string | null {
  if (!isFzNodeId(to)) {
    return `"${to}" is not a node id: FlowZap node ids are n followed by a number without leading zeros (n1, n2, …).`;
  }
  if (to === from) return null;
  const taken = doc.nodes.get(to);
  if (taken) {
    const lane = taken.lane ? ` in lane ${taken.lane.id}` : '';
    return `${to} is already the id of "${taken.display}"${lane}. Choose a free id.`;
  }
  const reference = allSymbols(doc).find((s) => s.kind === 'node' && s.id === to);
  if (reference) {
    const { line } = positionOf(doc.lines, reference.start);
    return `${to} is already referenced on line ${line} (though not declared); renaming onto it would connect that reference. Choose another id.`;
  }
  return null;
}

/** Renames the node or lane at `offset` to `to`. Never throws. */
export function renameAt(doc: FzLangDocument, offset: number, to: string): FzRenameResult {
  const target = prepareRename(doc, offset);
  if (!target.ok) return target;
  const name = to.trim();
  if (target.kind === 'node') {
    const problem = nodeRenameProblem(doc, target.id, name);
    if (problem) return { ok: false, message: problem };
    return fromEditResult(
      computeEdits(doc.text, { kind: 'renameNode', from: target.id, to: name }),
    );
  }
  if (name !== target.id && doc.lanes.has(name)) {
    return { ok: false, message: `Lane ${name} already exists. Choose another lane id.` };
  }
  return fromEditResult(computeEdits(doc.text, { kind: 'renameLane', from: target.id, to: name }));
}

function fromEditResult(result: ReturnType<typeof computeEdits>): FzRenameResult {
  return result.ok ? { ok: true, edits: result.edits } : { ok: false, message: result.message };
}
