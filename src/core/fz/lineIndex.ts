/**
 * Offsets ↔ 1-based line/column, built once per text (jsonc-parser style), so nothing downstream
 * ever searches the text again. LF, CRLF and lone CR all end a line; a UTF-8 BOM (U+FEFF at offset
 * 0) is skipped, so it never shifts columns on line 1. Columns count UTF-16 code units, a tab is one.
 */
import type { FzSourceRange } from '../model/types';

/** Where each line starts and where its content ends (before its line break), as text offsets. */
export interface FzLineIndex {
  /** Offset of the first character of each line (line 1 starts after the BOM, if any). */
  starts: Int32Array;
  /** Offset just past the last content character of each line (its line break excluded). */
  ends: Int32Array;
  /** 1 when the text starts with a BOM, else 0. */
  bomLength: number;
}

const LF = 10;
const CR = 13;

/** Appends to a growable Int32Array pair without `Array.push` (cheap for 100k+ lines). */
class Offsets {
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  add(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/**
 * Splits `text` into lines in one pass. An empty text has one empty line; a final line break is
 * followed by one more (empty) line, as editors count them. Offsets fit in 32 bits (texts are far
 * below 2 GB).
 */
export function createLineIndex(text: string): FzLineIndex {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  const out = new Offsets(Math.max(16, length >> 5));
  let start = bomLength;
  if (text.indexOf('\r') < 0) {
    // Fast path for LF-only text: `indexOf` is far faster than a char loop on big files.
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      out.add(start, nl);
      start = nl + 1;
    }
  } else {
    for (let i = bomLength; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        out.add(start, i);
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        start = i + 1;
      }
    }
  }
  out.add(start, length);
  return {
    starts: out.starts.subarray(0, out.count),
    ends: out.ends.subarray(0, out.count),
    bomLength,
  };
}

/** Number of lines (at least 1). */
export function lineCount(index: FzLineIndex): number {
  return index.starts.length;
}

/** 0-based line index containing `offset` (binary search; offsets past the end clamp to the last line). */
export function lineOfOffset(index: FzLineIndex, offset: number): number {
  const starts = index.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based `{ line, column }` of an offset; offsets inside the BOM map to column 1. */
export function positionAt(index: FzLineIndex, offset: number): { line: number; column: number } {
  const line = lineOfOffset(index, offset);
  const column = Math.max(1, offset - index.starts[line]! + 1);
  return { line: line + 1, column };
}

/**
 * The 1-based, end-exclusive source range of `[start, end)`. One binary search when both ends are
 * on the same line (always, for statements). An empty range stays empty.
 */
export function rangeOf(index: FzLineIndex, start: number, end: number): FzSourceRange {
  const line = lineOfOffset(index, start);
  const lineStart = index.starts[line]!;
  const startColumn = Math.max(1, start - lineStart + 1);
  if (end <= start) {
    return { startLine: line + 1, startColumn, endLine: line + 1, endColumn: startColumn };
  }
  const next = index.starts[line + 1];
  if (next === undefined || end < next) {
    return { startLine: line + 1, startColumn, endLine: line + 1, endColumn: end - lineStart + 1 };
  }
  const endPos = positionAt(index, end);
  return { startLine: line + 1, startColumn, endLine: endPos.line, endColumn: endPos.column };
}

/**
 * The range of `[start, end)` on a known 1-based `line` (what the parser records per statement):
 * no search at all. `end` must be on the same line.
 */
export function rangeInLine(
  index: FzLineIndex,
  line: number,
  start: number,
  end: number,
): FzSourceRange {
  const lineStart = index.starts[line - 1] ?? 0;
  const startColumn = Math.max(1, start - lineStart + 1);
  return {
    startLine: line,
    startColumn,
    endLine: line,
    endColumn: end > start ? end - lineStart + 1 : startColumn,
  };
}
