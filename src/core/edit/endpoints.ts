/**
 * Token-level rewrites of an edge end (`[Lane.]n5.handle(top)`) and the lane-prefix rule.
 *
 * Which ends carry a prefix: a **target** needs `Lane.` exactly when its node is in another lane
 * than the edge's source (what the parser checks, FZ014; for an edge written in its source's lane
 * block, as FlowZap asks, this is "another lane than the block"). A **source** prefix is never
 * added (no FlowZap material writes one); one that is there is kept correct: it names the source's
 * lane, or goes when the edge sits in its source's own block. Only the ends a change touches are
 * re-checked; prefixes elsewhere stay as written.
 */
import type { FzAstEdge, FzAstEndpoint, FzAstLane } from '../fz/ast';
import type { FzTextEdit } from './types';

/** What an end should become; an absent field stays as written (`lane: null` drops the prefix). */
export interface EndpointWant {
  lane?: string | null;
  node?: string;
  handle?: string;
}

/** The replacements (in text offsets, sorted) that turn `end` into `want`. */
export function endpointEdits(end: FzAstEndpoint, want: EndpointWant): FzTextEdit[] {
  const edits: FzTextEdit[] = [];
  if (want.lane !== undefined && want.lane !== end.lane) {
    if (want.lane === null) edits.push({ start: end.laneStart, end: end.nodeStart, insert: '' });
    else if (end.lane === null) {
      edits.push({ start: end.nodeStart, end: end.nodeStart, insert: `${want.lane}.` });
    } else edits.push({ start: end.laneStart, end: end.laneEnd, insert: want.lane });
  }
  if (want.node !== undefined && want.node !== end.node) {
    edits.push({ start: end.nodeStart, end: end.nodeEnd, insert: want.node });
  }
  if (want.handle !== undefined && want.handle !== end.handle && end.handleStart >= 0) {
    edits.push({ start: end.handleStart, end: end.handleEnd, insert: want.handle });
  }
  return edits;
}

/**
 * The prefix a target end should have: its lane when that differs from the source's, else none.
 * `undefined` (leave it) when either lane is unknown (a dangling reference: not ours to fix).
 */
export function targetPrefix(
  sourceLane: string | null,
  targetLane: string | null,
): string | null | undefined {
  if (sourceLane === null || targetLane === null) return undefined;
  return targetLane === sourceLane ? null : targetLane;
}

/**
 * The prefix a source end should have, if it has one: none when the edge is written in the
 * source's block, else the source's lane. `undefined` (leave it) when it has none, or the
 * source's lane is unknown.
 */
export function sourcePrefix(
  end: FzAstEndpoint,
  sourceLane: string | null,
  block: FzAstLane | null,
): string | null | undefined {
  if (end.lane === null || sourceLane === null) return undefined;
  return block?.id === sourceLane ? null : sourceLane;
}

/** Both ends' rewrites for an edge, concatenated in text order. */
export function edgeEdits(edge: FzAstEdge, from: EndpointWant, to: EndpointWant): FzTextEdit[] {
  return [...endpointEdits(edge.from, from), ...endpointEdits(edge.to, to)];
}

/**
 * `text[from, to)` with `edits` (sorted, inside that span, text offsets) applied: the new text of
 * a statement that is being moved rather than edited in place.
 */
export function rewriteSpan(
  text: string,
  from: number,
  end: number,
  edits: readonly FzTextEdit[],
): string {
  let out = '';
  let at = from;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return out + text.slice(at, end);
}
