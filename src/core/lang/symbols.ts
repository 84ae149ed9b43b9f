/**
 * The names a `.fz` text mentions, with their places: node ids (declarations, edge ends, loop
 * members) and lane ids (headers, edge prefixes). Hover, go-to-definition and rename start from
 * the symbol under the caret.
 */
import type { FzAstLane, FzAstStatement } from '../fz/ast';
import type { FzLangDocument } from './document';

/** Where a node id is written. */
export type FzNodeRole = 'declaration' | 'edge-source' | 'edge-target' | 'loop';

/** Where a lane id is written. */
export type FzLaneRole = 'header' | 'prefix';

/** One mention of a name, over offsets `[start, end)` of the text. */
export type FzSymbol =
  | { kind: 'node'; id: string; role: FzNodeRole; start: number; end: number }
  | { kind: 'lane'; id: string; role: FzLaneRole; start: number; end: number };

function statementSymbols(statement: FzAstStatement, out: FzSymbol[]): void {
  if (statement.kind === 'node') {
    const { id, idStart: start, idEnd: end } = statement;
    out.push({ kind: 'node', id, role: 'declaration', start, end });
  } else if (statement.kind === 'edge') {
    for (const [end, role] of [
      [statement.from, 'edge-source'],
      [statement.to, 'edge-target'],
    ] as const) {
      if (end.lane !== null) {
        out.push({
          kind: 'lane',
          id: end.lane,
          role: 'prefix',
          start: end.laneStart,
          end: end.laneEnd,
        });
      }
      out.push({ kind: 'node', id: end.node, role, start: end.nodeStart, end: end.nodeEnd });
    }
  } else if (statement.kind === 'loop') {
    for (const ref of statement.nodes) {
      out.push({ kind: 'node', id: ref.id, role: 'loop', start: ref.start, end: ref.end });
    }
  }
}

function laneSymbol(lane: FzAstLane): FzSymbol {
  return { kind: 'lane', id: lane.id, role: 'header', start: lane.idStart, end: lane.idEnd };
}

/** Every symbol of the text, in file order. */
export function allSymbols(doc: FzLangDocument): FzSymbol[] {
  const out: FzSymbol[] = [];
  for (const item of doc.ast.items) {
    if (item.kind === 'lane') {
      out.push(laneSymbol(item));
      for (const statement of item.body) statementSymbols(statement, out);
    } else statementSymbols(item, out);
  }
  return out;
}

/**
 * The symbol at `offset`: one whose range contains it, else one that ends right at it (a caret
 * just after a word still means that word, as in every editor). Null when there is none.
 */
export function symbolAt(doc: FzLangDocument, offset: number): FzSymbol | null {
  // Only the statements of the caret's line can match: find them without walking the file.
  let touching: FzSymbol | null = null;
  for (const symbol of symbolsOnLineOf(doc, offset)) {
    if (symbol.start <= offset && offset < symbol.end) return symbol;
    if (symbol.end === offset) touching = symbol;
  }
  return touching;
}

/** The symbols of the statement or header on the line of `offset`. */
function symbolsOnLineOf(doc: FzLangDocument, offset: number): FzSymbol[] {
  const out: FzSymbol[] = [];
  for (const item of doc.ast.items) {
    if (item.kind === 'lane') {
      if (item.start <= offset && offset <= item.end) out.push(laneSymbol(item));
      if (item.body.length === 0) continue;
      const first = item.body[0]!;
      const last = item.body[item.body.length - 1]!;
      if (offset < first.start || offset > last.end) continue;
      for (const statement of item.body) {
        if (statement.start <= offset && offset <= statement.end) statementSymbols(statement, out);
      }
    } else if (item.start <= offset && offset <= item.end) statementSymbols(item, out);
  }
  return out;
}

/** Every mention of node `id` (declarations, edge ends, loop members), in file order. */
export function nodeReferences(doc: FzLangDocument, id: string): FzSymbol[] {
  return allSymbols(doc).filter((s) => s.kind === 'node' && s.id === id);
}
