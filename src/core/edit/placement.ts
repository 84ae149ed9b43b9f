/**
 * Where new statements go in a lane block, and how they are indented. FlowZap's canonical layout
 * (flowzap-language.md §13) is nodes first, then edges, then loops; new lines keep it: a new node
 * goes after the block's last node line, a new edge after its last edge line (else after the
 * nodes), so comments and blank lines around them stay where they are.
 */
import type { FzAstLane, FzAstStatement } from '../fz/ast';
import type { EditBatch } from './editBatch';
import type { EditDoc } from './editDoc';

/** FlowZap's usual indentation inside a lane (§13), used when the file shows none to copy. */
export const DEFAULT_INDENT = '  ';

/** The blanks before a statement on its line. */
export function indentOf(doc: EditDoc, statement: { line: number; start: number }): string {
  return doc.text.slice(doc.lines.starts[statement.line - 1]!, statement.start);
}

/**
 * The indentation for new lines in `lane`: that of its first statement; else that of the first
 * statement of any lane block in the file; else two spaces.
 */
export function blockIndent(doc: EditDoc, lane: FzAstLane): string {
  const own = lane.body[0] ?? lane.legacyLabel;
  if (own) return indentOf(doc, own);
  for (const other of doc.allLanes) {
    const first = other.body[0];
    if (first) return indentOf(doc, first);
  }
  return DEFAULT_INDENT;
}

/** The last statement of the block whose kind is one of `kinds`, or null. */
function lastOf(lane: FzAstLane, kinds: readonly FzAstStatement['kind'][]): FzAstStatement | null {
  for (let i = lane.body.length - 1; i >= 0; i--) {
    const statement = lane.body[i]!;
    if (kinds.includes(statement.kind)) return statement;
  }
  return null;
}

/** True when the block is written `Id {}` on one line. */
export function closedOnHeaderLine(doc: EditDoc, lane: FzAstLane): boolean {
  return lane.closeStart >= 0 && lane.closeStart < doc.lines.ends[lane.line - 1]!;
}

/**
 * The 0-based line after which new lines of `group` go in `lane`, or null when the block is a
 * one-line `Id {}` (then they go inside the braces). Nodes: after the last node; edges: after the
 * last edge, else the last node; else after the header (and its legacy label line, which must
 * stay first to stay the label).
 */
export function anchorLine(doc: EditDoc, lane: FzAstLane, group: 'node' | 'edge'): number | null {
  const kinds: FzAstStatement['kind'][] = group === 'node' ? ['node'] : ['edge'];
  const last = lastOf(lane, kinds) ?? (group === 'edge' ? lastOf(lane, ['node']) : null);
  if (last) return last.line - 1;
  if (closedOnHeaderLine(doc, lane)) return null;
  return (lane.legacyLabel ?? lane).line - 1;
}

/** The text offset at which lines inserted at {@link anchorLine} land (to number new edges). */
export function anchorOffset(doc: EditDoc, lane: FzAstLane, group: 'node' | 'edge'): number {
  const line = anchorLine(doc, lane, group);
  if (line === null) return lane.closeStart;
  return doc.lines.starts[line + 1] ?? doc.lines.ends[line]!;
}

/** Inserts `lines` (unindented statements) into `lane` at the place of `group`, indented. */
export function insertIntoLane(
  batch: EditBatch,
  doc: EditDoc,
  lane: FzAstLane,
  group: 'node' | 'edge',
  lines: readonly string[],
): void {
  const indent = blockIndent(doc, lane);
  const indented = lines.map((l) => indent + l);
  const line = anchorLine(doc, lane, group);
  if (line === null) batch.insertLinesInside(lane.closeStart, indented);
  else batch.insertLinesAfter(line, indented);
}

/** The statement's text from its start to the end of its line, trailing blanks dropped. */
export function statementText(doc: EditDoc, statement: { line: number; start: number }): string {
  const end = doc.lines.ends[statement.line - 1]!;
  return doc.text.slice(statement.start, end).replace(/[ \t]+$/, '');
}

/** The offset where the run of spaces and tabs that ends at `offset` starts. */
export function blanksBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return at;
}
