/**
 * Line-level building blocks for quick-fix edits: where lines start and end, their indentation,
 * deleting and inserting whole lines in the text's own line-break style.
 */
import type { FzTextEdit } from '../../edit/types';
import type { FzAstLane, FzAstStatement } from '../../fz/ast';
import { lineOfOffset } from '../../fz/lineIndex';
import type { FzLangDocument } from '../document';

/** The text's line break: CRLF when it has any, else LF. */
export function lineBreak(doc: FzLangDocument): string {
  return doc.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The content of 0-based line `line` (no line break). */
export function lineText(doc: FzLangDocument, line: number): string {
  return doc.text.slice(doc.lines.starts[line]!, doc.lines.ends[line]!);
}

/** The leading blanks of 0-based line `line`. */
export function indentOf(doc: FzLangDocument, line: number): string {
  return /^[ \t]*/.exec(lineText(doc, line))![0];
}

/** 0-based line of an offset. */
export function lineAt(doc: FzLangDocument, offset: number): number {
  return lineOfOffset(doc.lines, offset);
}

/**
 * An edit deleting 0-based line `line` with the line break after it. The last line has none: its
 * content goes and the break before it stays, so a file that ended with a line break still does.
 */
export function deleteLine(doc: FzLangDocument, line: number): FzTextEdit {
  const { starts, ends } = doc.lines;
  if (line + 1 < starts.length) return { start: starts[line]!, end: starts[line + 1]!, insert: '' };
  return { start: starts[line]!, end: ends[line]!, insert: '' };
}

/** An edit inserting `content` as a new line before 0-based line `line`. */
export function insertLineBefore(doc: FzLangDocument, line: number, content: string): FzTextEdit {
  const at = doc.lines.starts[line]!;
  return { start: at, end: at, insert: content + lineBreak(doc) };
}

/** An edit inserting `content` as a new line after 0-based line `line`. */
export function insertLineAfter(doc: FzLangDocument, line: number, content: string): FzTextEdit {
  const at = doc.lines.ends[line]!;
  return { start: at, end: at, insert: lineBreak(doc) + content };
}

/** The indentation of a lane's statements: its first statement's, else two spaces more than its header's. */
export function bodyIndent(doc: FzLangDocument, lane: FzAstLane): string {
  const first = lane.body[0];
  if (first) return indentOf(doc, first.line - 1);
  return `${indentOf(doc, lane.line - 1)}  `;
}

/**
 * An edit adding `content` (one statement, unindented) as the last line of `lane`'s block: before
 * its `}`, or after its last line when it is never closed.
 */
export function appendToLane(doc: FzLangDocument, lane: FzAstLane, content: string): FzTextEdit {
  const line = bodyIndent(doc, lane) + content;
  if (lane.closeStart >= 0) return insertLineBefore(doc, lineAt(doc, lane.closeStart), line);
  const last = lane.body[lane.body.length - 1];
  return insertLineAfter(doc, last ? last.line - 1 : lane.line - 1, line);
}

/** Moves the one-line `statement` to the end of `lane`'s block (re-indented). */
export function moveIntoLane(
  doc: FzLangDocument,
  statement: FzAstStatement,
  lane: FzAstLane,
): FzTextEdit[] {
  const content = doc.text.slice(statement.start, statement.end);
  return sortEdits([deleteLine(doc, statement.line - 1), appendToLane(doc, lane, content)]);
}

/** Sorts a batch by start (insertions before a replacement starting at the same offset). */
export function sortEdits(edits: FzTextEdit[]): FzTextEdit[] {
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The lane block (and the statement) of the statement whose span holds `offset`. */
export function statementAt(
  doc: FzLangDocument,
  offset: number,
): { statement: FzAstStatement; lane: FzAstLane | null } | null {
  for (const item of doc.ast.items) {
    if (item.kind !== 'lane') {
      if (item.start <= offset && offset <= item.end) return { statement: item, lane: null };
      continue;
    }
    for (const statement of item.body) {
      if (statement.start <= offset && offset <= statement.end) return { statement, lane: item };
    }
  }
  return null;
}
