/**
 * The fast path for edge statements in their common, well-formed shape
 * (`n1.handle(right) -> Lane.n2.handle(left) [label="Yes"]`), as `fastNode.ts` is for nodes: local
 * offsets only, nothing reported and no object made until the whole line is known to be clean;
 * null sends the line to the careful `parseEdge`, which builds the same edge or reports the
 * problem. As for nodes, {@link scanEdge} only records offsets and {@link edgeFrom} builds the
 * objects from them (see `columns.ts`).
 */
import type { FzAstAttribute, FzAstEdge, FzAstEndpoint } from './ast';
import { cleanStringEnd, nodeIdNumber, skipBlanks, wordAt, wordSet } from './fastNode';
import { nodeIdString } from './idCache';
import type { ParseContext } from './parseContext';
import { FZ_HANDLES } from './parseEdge';
import type { StatementFactory } from './statementFactory';

const HANDLES = wordSet(FZ_HANDLES);
const LABEL = wordSet(['label']);

/** `[A-Za-z_]`. */
function identStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** End of the identifier at `p` (which must start one), at most `end`. */
function identEnd(text: string, p: number, end: number): number {
  p++;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
    p++;
  }
  return p;
}

/** True when `text[p, p + 7)` is `handle(`. */
function isHandleCall(text: string, p: number, end: number): boolean {
  return (
    p + 7 <= end &&
    text.charCodeAt(p) === 104 &&
    text.charCodeAt(p + 1) === 97 &&
    text.charCodeAt(p + 2) === 110 &&
    text.charCodeAt(p + 3) === 100 &&
    text.charCodeAt(p + 4) === 108 &&
    text.charCodeAt(p + 5) === 101 &&
    text.charCodeAt(p + 6) === 40
  );
}

/** Length of an edge record (see {@link scanEdge}). */
export const EDGE_RECORD_LENGTH = 23;

/**
 * Scans one endpoint whose first identifier is `text[aStart, aEnd)` into `found[at, at + 8)`:
 * lane start and end (-1 when none), node start, end and number, handle index and start, end.
 * Returns the endpoint's end, or -1 when it is not in the common shape.
 */
function scanEndpoint(
  text: string,
  aStart: number,
  aEnd: number,
  end: number,
  found: Int32Array,
  at: number,
): number {
  if (aEnd >= end || text.charCodeAt(aEnd) !== 46) return -1;
  let laneStart = -1;
  let nodeStart = aStart;
  let nodeEnd = aEnd;
  let p = aEnd + 1;
  if (!isHandleCall(text, p, end)) {
    // `Lane.nX.handle(`: the first identifier was the lane prefix.
    if (p >= end || !identStart(text.charCodeAt(p))) return -1;
    laneStart = aStart;
    nodeStart = p;
    nodeEnd = identEnd(text, p, end);
    p = nodeEnd + 1;
    if (nodeEnd >= end || text.charCodeAt(nodeEnd) !== 46 || !isHandleCall(text, p, end)) {
      return -1;
    }
  }
  const num = nodeIdNumber(text, nodeStart, nodeEnd);
  if (num < 0) return -1;
  const handleStart = skipBlanks(text, p + 7, end);
  const handleIndex = handleStart < end ? wordAt(text, handleStart, end, HANDLES) : -1;
  if (handleIndex < 0) return -1;
  p = skipBlanks(text, handleStart + FZ_HANDLES[handleIndex]!.length, end);
  if (p >= end || text.charCodeAt(p) !== 41) return -1;
  found[at] = laneStart;
  found[at + 1] = laneStart < 0 ? -1 : aEnd;
  found[at + 2] = nodeStart;
  found[at + 3] = nodeEnd;
  found[at + 4] = num;
  found[at + 5] = handleIndex;
  found[at + 6] = handleStart;
  found[at + 7] = p + 1;
  return p + 1;
}

/**
 * Scans a clean edge statement whose first identifier is `text[aStart, aEnd)`. On success writes
 * to `out[at…]` the record `start, end`, the two endpoints (8 slots each, see
 * `scanEndpoint`), then the label's `[`, key start, opening and closing quote and end (`[` -1
 * when there is no label), moves the scanner to the end of the line and returns true. Returns
 * false with nothing reported (the scanner may have moved; the careful path resets it).
 */
export function scanEdge(
  ctx: ParseContext,
  aStart: number,
  aEnd: number,
  out: Int32Array,
  at: number,
): boolean {
  const text = ctx.text;
  const end = ctx.scanner.end;
  let p = scanEndpoint(text, aStart, aEnd, end, out, at + 2);
  if (p < 0) return false;
  p = skipBlanks(text, p, end);
  if (p + 1 >= end || text.charCodeAt(p) !== 45 || text.charCodeAt(p + 1) !== 62) return false;
  const bStart = skipBlanks(text, p + 2, end);
  if (bStart >= end || !identStart(text.charCodeAt(bStart))) return false;
  p = scanEndpoint(text, bStart, identEnd(text, bStart, end), end, out, at + 10);
  if (p < 0) return false;
  let last = p;
  p = skipBlanks(text, p, end);
  out[at + 18] = -1;
  if (p < end && text.charCodeAt(p) === 91) {
    const open = p;
    const keyStart = skipBlanks(text, p + 1, end);
    if (keyStart >= end || wordAt(text, keyStart, end, LABEL) < 0) return false;
    p = skipBlanks(text, keyStart + 5, end);
    if (p >= end || text.charCodeAt(p) !== 61) return false;
    const quote = skipBlanks(text, p + 1, end);
    if (quote >= end || text.charCodeAt(quote) !== 34) return false;
    const close = cleanStringEnd(text, quote, end);
    if (close < 0) return false;
    p = skipBlanks(text, close + 1, end);
    if (p >= end || text.charCodeAt(p) !== 93) return false;
    p++;
    last = p;
    out[at + 18] = open;
    out[at + 19] = keyStart;
    out[at + 20] = quote;
    out[at + 21] = close;
    out[at + 22] = p;
    p = skipBlanks(text, p, end);
  }
  if (p < end) return false;
  out[at] = aStart;
  out[at + 1] = last;
  ctx.scanner.pos = end;
  return true;
}

/** Interns lane prefixes (`ParseContext.laneName`); lets the AST builder share the code below. */
export interface LaneNames {
  laneName(start: number, end: number): string;
}

/** One endpoint of an edge record (8 slots at `record[at…]`, see `scanEndpoint`). */
function endpointFrom(
  f: StatementFactory,
  names: LaneNames,
  record: Int32Array,
  at: number,
): FzAstEndpoint {
  const laneStart = record[at]!;
  const laneEnd = record[at + 1]!;
  const nodeStart = record[at + 2]!;
  const handle = FZ_HANDLES[record[at + 5]!]!;
  const handleStart = record[at + 6]!;
  return f.makeEndpoint(
    laneStart < 0 ? null : names.laneName(laneStart, laneEnd),
    laneStart,
    laneEnd,
    nodeIdString(record[at + 4]!),
    nodeStart,
    record[at + 3]!,
    handle,
    handleStart,
    handleStart + handle.length,
    laneStart < 0 ? nodeStart : laneStart,
    record[at + 7]!,
  );
}

/**
 * The edge of a record written by {@link scanEdge} at `record[at…]`, made by `f` (whose `line`
 * and `edgeSeq` must be the statement's).
 */
export function edgeFrom(
  f: StatementFactory,
  names: LaneNames,
  text: string,
  record: Int32Array,
  at: number,
): FzAstEdge {
  const from = endpointFrom(f, names, record, at + 2);
  const to = endpointFrom(f, names, record, at + 10);
  let label: FzAstAttribute | null = null;
  const open = record[at + 18]!;
  if (open >= 0) {
    const keyStart = record[at + 19]!;
    const quote = record[at + 20]!;
    const close = record[at + 21]!;
    const value = text.slice(quote + 1, close);
    label = f.makeAttribute(
      'label',
      keyStart,
      keyStart + 5,
      '=',
      value,
      quote,
      close + 1,
      false,
      true,
    );
    label.start = open;
    label.end = record[at + 22]!;
  }
  return f.makeEdge(from, to, label, false, record[at]!, record[at + 1]!);
}

/** {@link scanEdge} then {@link edgeFrom}: the clean edge statement, or null. */
export function fastEdge(ctx: ParseContext, aStart: number, aEnd: number): FzAstEdge | null {
  if (!scanEdge(ctx, aStart, aEnd, ctx.fastFound, 0)) return null;
  return edgeFrom(ctx, ctx, ctx.text, ctx.fastFound, 0);
}
