/**
 * Text offsets ↔ editor positions for the language services. Positions are 1-based
 * `{ line, column }` with columns in UTF-16 code units (Monaco's and LSP's unit), lines ended by
 * LF, CRLF or a lone CR, and a BOM never counted (all as `fz/lineIndex.ts` defines them, so
 * positions agree with the diagnostics' positions).
 */
import { positionAt, type FzLineIndex } from '../fz/lineIndex';

/** A 1-based editor position (column in UTF-16 code units). */
export interface FzPosition {
  line: number;
  column: number;
}

/** A 1-based editor range, end exclusive. */
export interface FzRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/**
 * The offset of a 1-based position. Lines and columns outside the text are clamped: a line past
 * the end means the end of the text, a column past the line's end means the end of its content
 * (never inside its line break).
 */
export function offsetAt(lines: FzLineIndex, position: FzPosition): number {
  const count = lines.starts.length;
  if (position.line > count) return lines.ends[count - 1]!;
  const i = Math.max(0, position.line - 1);
  const start = lines.starts[i]!;
  const end = lines.ends[i]!;
  return Math.min(end, start + Math.max(0, position.column - 1));
}

/** The 1-based position of an offset (offsets inside a BOM or a line break clamp sensibly). */
export function positionOf(lines: FzLineIndex, offset: number): FzPosition {
  return positionAt(lines, offset);
}

/** The 1-based range of offsets `[start, end)`. */
export function rangeOfOffsets(lines: FzLineIndex, start: number, end: number): FzRange {
  const a = positionOf(lines, start);
  const b = end <= start ? a : positionOf(lines, end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}
