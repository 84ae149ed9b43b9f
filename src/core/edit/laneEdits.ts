/**
 * `addLane`, `setLaneLabel`, `renameLane`: a new empty block, or tokens of lane headers and edge
 * prefixes. Lane labels are the rest of the header line after `#` (not quoted), so they are
 * written as given, trimmed of spaces and tabs as the parser trims them.
 */
import type { FzAstLane } from '../fz/ast';
import { printLaneHeader } from '../fz/printLines';
import { labelProblem, laneIdProblem } from './checks';
import type { EditBatch } from './editBatch';
import type { EditDoc } from './editDoc';
import { laneRegion } from './laneRegion';
import { fail, findLane, finish, newBatch, unchanged } from './lookup';
import { closedOnHeaderLine } from './placement';
import type { FzChangeOf, FzEditResult } from './types';

/** A lane label as the parser will read it back: spaces and tabs trimmed (null when empty). */
export function cleanLaneLabel(label: string | undefined): string | null {
  const clean = (label ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
  return clean === '' ? null : clean;
}

/** The checks shared by `addLane` and `renameLane` on a new lane id. */
function newLaneIdProblem(doc: EditDoc, id: string): string | null {
  const bad = laneIdProblem(id);
  if (bad) return bad;
  return doc.allLanes.some((l) => l.id === id) ? `Lane id ${id} is already used.` : null;
}

/**
 * A new empty block `Id { # Label` / `}`: before `before`'s block (and the comments above it),
 * followed by a blank line; else after the last block, preceded by one; else (no lane yet) at
 * the end of the text. Refused when the last block is never closed (the new one would nest in it).
 */
export function addLane(doc: EditDoc, change: FzChangeOf<'addLane'>): FzEditResult {
  const badId = newLaneIdProblem(doc, change.id);
  if (badId) return fail(badId);
  if (change.label !== undefined) {
    const bad = labelProblem(change.label, `The label of lane ${change.id}`);
    if (bad) return fail(bad);
  }
  const block = [printLaneHeader(change.id, cleanLaneLabel(change.label)), '}'];
  const batch = newBatch(doc);
  if (change.before !== undefined) {
    const before = findLane(doc, change.before);
    if (typeof before === 'string') return fail(before);
    const region = laneRegion(doc, before);
    batch.insertLinesBefore(region ? region.first : before.line - 1, [...block, '']);
    return finish(batch, [change.id]);
  }
  const last = doc.allLanes[doc.allLanes.length - 1];
  const lastLine = doc.lines.starts.length - 1;
  if (!last) {
    if (doc.lines.starts[lastLine] === doc.lines.ends[lastLine]) {
      batch.insertLinesBefore(lastLine, block);
    } else batch.insertLinesAfter(lastLine, block);
    return finish(batch, [change.id]);
  }
  const region = laneRegion(doc, last);
  if (!region) return fail(`Lane ${last.id} is never closed: add its "}" before adding a lane.`);
  batch.insertLinesAfter(region.last, ['', ...block]);
  return finish(batch, [change.id]);
}

/**
 * Once a lane has no label, a `# text` comment first in its body would be read as its (legacy)
 * label: such a comment becomes `// text`, as the formatter writes it, and stays a comment.
 */
function keepFirstCommentAComment(batch: EditBatch, lane: FzAstLane): void {
  const first = lane.body[0];
  if (first?.kind === 'comment' && first.marker === '#' && first.text !== '') {
    batch.replace(first.start, first.start + 1, '//');
  }
}

/**
 * Rewrites the label after `#` on the header (or on the legacy label line under it); adds
 * ` # Label` after `{` when there is none; an empty label removes it (the header's ` # …`, or
 * the legacy line; a `#` comment that would then read as the label becomes a `//` comment).
 */
export function setLaneLabel(doc: EditDoc, change: FzChangeOf<'setLaneLabel'>): FzEditResult {
  const lane = findLane(doc, change.lane);
  if (typeof lane === 'string') return fail(lane);
  const bad = labelProblem(change.label, `The label of lane ${change.lane}`);
  if (bad) return fail(bad);
  const label = cleanLaneLabel(change.label);
  if (label === lane.label) return unchanged();
  const batch = newBatch(doc);
  if (label === null) keepFirstCommentAComment(batch, lane);
  if (label !== null && lane.label !== null) batch.replace(lane.labelStart, lane.labelEnd, label);
  else if (label === null && lane.legacyLabel) batch.deleteLine(lane.legacyLabel.line - 1);
  else if (label === null) batch.replace(lane.openStart + 1, lane.end, '');
  else if (closedOnHeaderLine(doc, lane)) {
    // `Id {}`: the `}` must leave the header line, or it would become part of the label.
    batch.replace(lane.openStart + 1, lane.end, ` # ${label}${doc.eol}}`);
  } else batch.insertText(lane.openStart + 1, ` # ${label}`);
  return finish(batch);
}

/** The lane id `from` becomes `to` in every header of that id and every edge prefix naming it. */
export function renameLane(doc: EditDoc, change: FzChangeOf<'renameLane'>): FzEditResult {
  const lane = findLane(doc, change.from);
  if (typeof lane === 'string') return fail(lane);
  if (change.to === change.from) return unchanged();
  const bad = newLaneIdProblem(doc, change.to);
  if (bad) return fail(bad);
  const batch = newBatch(doc);
  for (const block of doc.allLanes) {
    if (block.id === change.from) batch.replace(block.idStart, block.idEnd, change.to);
  }
  for (const { ast } of doc.edgeStatements) {
    for (const end of [ast.from, ast.to]) {
      if (end.lane === change.from) batch.replace(end.laneStart, end.laneEnd, change.to);
    }
  }
  return finish(batch);
}
