/**
 * The lines a lane block occupies, as a person sees it: the comment lines directly above its
 * header (no blank line between: they describe it), the header, the body and the closing `}`;
 * plus the blank lines that separate it from its neighbours, which move or go with it.
 */
import type { FzAstLane } from '../fz/ast';
import { lineOfOffset } from '../fz/lineIndex';
import type { EditDoc } from './editDoc';

/** 0-based, inclusive line range of a block (see the file comment). */
export interface LaneRegion {
  first: number;
  last: number;
}

/** The block's lines, or null when it is never closed (its end is unknown). */
export function laneRegion(doc: EditDoc, lane: FzAstLane): LaneRegion | null {
  if (lane.closeStart < 0) return null;
  const comments = new Set<number>();
  for (const item of doc.ast.items) if (item.kind === 'comment') comments.add(item.line - 1);
  let first = lane.line - 1;
  while (comments.has(first - 1)) first--;
  return { first, last: lineOfOffset(doc.lines, lane.closeStart) };
}

/** True when 0-based line `i` exists and holds only blanks. */
export function isBlankLine(doc: EditDoc, i: number): boolean {
  const { starts, ends } = doc.lines;
  if (i < 0 || i >= starts.length) return false;
  return /^[ \t]*$/.test(doc.text.slice(starts[i], ends[i]));
}

/**
 * The blank lines that separate `region` from the rest: those after it when something follows
 * them, else those before it (the last block of a file keeps the final line break). Empty when
 * the block touches its neighbours.
 */
export function separatorLines(doc: EditDoc, region: LaneRegion): number[] {
  const after: number[] = [];
  for (let i = region.last + 1; isBlankLine(doc, i); i++) after.push(i);
  const next = region.last + 1 + after.length;
  if (after.length > 0 && next < doc.lines.starts.length) return after;
  const before: number[] = [];
  for (let i = region.first - 1; isBlankLine(doc, i); i--) before.unshift(i);
  return before;
}

/** The text of 0-based line `i` without its line break. */
export function lineText(doc: EditDoc, i: number): string {
  return doc.text.slice(doc.lines.starts[i], doc.lines.ends[i]);
}
