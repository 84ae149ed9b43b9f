/**
 * The fast path for node statements in their common, well-formed shape
 * (`n12: rectangle label:"Text" owner:"Ops"`), which is nearly every line of a big file. It reads
 * with local offsets only, reports nothing and changes no state until the whole line is known to
 * be clean; anything unusual (unknown word, `=`, repeated key, escape, non-ASCII or control
 * character in a string, missing quote) returns null, and the caller parses the line again with
 * the careful `parseNode`, which reports it. Both paths build the very same node, so the fast
 * path only changes the speed: it skips most per-character work (string bodies are checked in a
 * tight loop) and makes no object until it succeeds.
 *
 * Scanning and building are separate steps: {@link scanNode} leaves the offsets of a clean line
 * in a flat record, which `parseFz` keeps as is (see `columns.ts`) and {@link nodeFrom} turns into
 * the node object, at once when streaming or later when the AST is first read.
 */
import type { FzAstAttribute, FzAstNode } from './ast';
import { nodeIdString } from './idCache';
import type { ParseContext } from './parseContext';
import { FZ_NODE_KEYS, FZ_SHAPES } from './parseNode';
import type { StatementFactory } from './statementFactory';

/** Words the fast path must match exactly at an offset. */
const SHAPES = wordSet(FZ_SHAPES);
const KEYS = wordSet(FZ_NODE_KEYS);

/** `[A-Za-z0-9_]`, inlined by the JIT (a word must end where an identifier would). */
function identPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Offset after spaces and tabs from `p` (at most `end`). */
export function skipBlanks(text: string, p: number, end: number): number {
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

/**
 * A word list whose words all start with different ASCII letters, with a table from that first
 * letter to the word: matching a keyword then costs one lookup, not a loop over the list.
 */
export interface WordSet {
  words: readonly string[];
  byFirst: Int8Array;
}

/** Builds the {@link WordSet} of `words` (first letters must differ). */
export function wordSet(words: readonly string[]): WordSet {
  const byFirst = new Int8Array(128).fill(-1);
  words.forEach((word, i) => (byFirst[word.charCodeAt(0)] = i));
  return { words, byFirst };
}

/**
 * Index in `set` of the word written at `text[p…)` as a whole identifier (the next character
 * is not an identifier character), or -1. Compares in place: no substring.
 */
export function wordAt(text: string, p: number, end: number, set: WordSet): number {
  const first = text.charCodeAt(p);
  const w = first < 128 ? set.byFirst[first]! : -1;
  if (w < 0) return -1;
  const word = set.words[w]!;
  const len = word.length;
  if (p + len > end) return -1;
  let i = 1;
  while (i < len && text.charCodeAt(p + i) === word.charCodeAt(i)) i++;
  return i === len && (p + len >= end || !identPart(text.charCodeAt(p + len))) ? w : -1;
}

/**
 * Offset of the closing quote of a clean string whose opening quote is at `open`, or -1 when
 * the string needs the careful path (escape, control or non-ASCII character, no closing quote).
 */
export function cleanStringEnd(text: string, open: number, end: number): number {
  for (let p = open + 1; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 34) return p;
    if (c < 0x20 || c > 0x7e || c === 92) return -1;
  }
  return -1;
}

/**
 * The number of a node id written `text[start, end)` when it is a valid FlowZap id (`n` + 1-7
 * digits, no leading zero), else -1.
 */
export function nodeIdNumber(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 8 || text.charCodeAt(start) !== 110) return -1;
  let num = 0;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === start + 1)) return -1;
    num = num * 10 + d;
  }
  return num;
}

/** Length of a node record: 7 fixed slots plus 4 per attribute (see {@link scanNode}). */
export function nodeRecordLength(record: Int32Array, at: number): number {
  return 7 + 4 * record[at + 6]!;
}

/**
 * Scans a clean node statement whose id is `text[idStart, idEnd)`; the scanner is on the `:`.
 * On success writes to `out[at…]` the record `idStart, idEnd, id number, shape index,
 * shape start, end, attribute count`, then `key index, key start, opening quote, closing quote`
 * per attribute, moves the scanner to the end of the line and returns true. Returns false with
 * nothing changed when the line needs the careful path.
 */
export function scanNode(
  ctx: ParseContext,
  idStart: number,
  idEnd: number,
  out: Int32Array,
  at: number,
): boolean {
  const s = ctx.scanner;
  const text = ctx.text;
  const end = s.end;
  const num = nodeIdNumber(text, idStart, idEnd);
  if (num < 0) return false;
  const shapeStart = skipBlanks(text, s.pos + 1, end);
  const shapeIndex = shapeStart < end ? wordAt(text, shapeStart, end, SHAPES) : -1;
  if (shapeIndex < 0) return false;
  let p = shapeStart + FZ_SHAPES[shapeIndex]!.length;
  let k = at + 7;
  let seen = 0;
  for (;;) {
    p = skipBlanks(text, p, end);
    if (p >= end) break;
    const key = wordAt(text, p, end, KEYS);
    if (key < 0 || (seen & (1 << key)) !== 0) return false;
    seen |= 1 << key;
    const keyStart = p;
    p = skipBlanks(text, p + FZ_NODE_KEYS[key]!.length, end);
    if (p >= end || text.charCodeAt(p) !== 58) return false;
    p = skipBlanks(text, p + 1, end);
    if (p >= end || text.charCodeAt(p) !== 34) return false;
    const close = cleanStringEnd(text, p, end);
    if (close < 0) return false;
    out[k] = key;
    out[k + 1] = keyStart;
    out[k + 2] = p;
    out[k + 3] = close;
    k += 4;
    p = close + 1;
  }
  out[at] = idStart;
  out[at + 1] = idEnd;
  out[at + 2] = num;
  out[at + 3] = shapeIndex;
  out[at + 4] = shapeStart;
  out[at + 5] = end;
  out[at + 6] = (k - at - 7) >> 2;
  s.pos = end;
  return true;
}

/**
 * The node of a record written by {@link scanNode} at `record[at…]`, made by `f` (whose `line`
 * must be the statement's); `made` is scratch space for its attributes.
 */
export function nodeFrom(
  f: StatementFactory,
  text: string,
  record: Int32Array,
  at: number,
  made: FzAstAttribute[],
): FzAstNode {
  const count = record[at + 6]!;
  for (let i = 0; i < count; i++) {
    const a = at + 7 + 4 * i;
    const key = FZ_NODE_KEYS[record[a]!]!;
    const keyStart = record[a + 1]!;
    const open = record[a + 2]!;
    const close = record[a + 3]!;
    const value = text.slice(open + 1, close);
    made[i] = f.makeAttribute(
      key,
      keyStart,
      keyStart + key.length,
      ':',
      value,
      open,
      close + 1,
      false,
      true,
    );
  }
  const attributes = f.attributeListOf(count, made);
  const shape = FZ_SHAPES[record[at + 3]!]!;
  const shapeStart = record[at + 4]!;
  const id = nodeIdString(record[at + 2]!);
  const shapeEnd = shapeStart + shape.length;
  return f.makeNode(
    id,
    record[at]!,
    record[at + 1]!,
    shape,
    shapeStart,
    shapeEnd,
    attributes,
    record[at + 5]!,
  );
}

/**
 * {@link scanNode} then {@link nodeFrom}: the clean node statement, or null with nothing changed
 * (the parser calls the two steps itself; this pair is what the fast-path tests compare).
 */
export function fastNode(ctx: ParseContext, idStart: number, idEnd: number): FzAstNode | null {
  if (!scanNode(ctx, idStart, idEnd, ctx.fastFound, 0)) return null;
  return nodeFrom(ctx, ctx.text, ctx.fastFound, 0, ctx.madeAttributes);
}
