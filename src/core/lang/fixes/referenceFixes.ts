/**
 * Quick-fixes for references: lane prefixes (FZ013 undeclared, FZ014 missing, FZ015 wrong),
 * undeclared nodes (FZ012: declare them), duplicate ids (FZ006: give the duplicate the lowest free
 * id, so no numbering gap opens).
 */
import type { FzAstEndpoint } from '../../fz/ast';
import { isFzNodeId } from '../../fz/parseNode';
import { lowestFreeNodeId } from '../nextId';
import { appendToLane, statementAt } from './textOps';
import type { FzFixTarget, FzQuickFix } from './types';

/** The edge endpoint whose lane prefix starts at `offset`, with the edge's source lane. */
function prefixAt(target: FzFixTarget, offset: number) {
  const found = statementAt(target.doc, offset);
  if (!found || found.statement.kind !== 'edge') return null;
  const edge = found.statement;
  const end: FzAstEndpoint | null =
    edge.to.laneStart === offset ? edge.to : edge.from.laneStart === offset ? edge.from : null;
  if (!end) return null;
  const sourceLane = target.doc.nodes.get(edge.from.node)?.lane?.id ?? null;
  return { end, isTarget: end === edge.to, sourceLane };
}

/**
 * FZ013 / FZ015: the prefix becomes the lane that declares the node; on a target in the source's
 * own lane it goes (same-lane targets are written without one). No fix when the node itself is
 * not declared in a lane (then FZ012 or FZ019 says what is wrong).
 */
export function fixLanePrefix(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const found = prefixAt(target, target.start);
  if (!found) return [];
  const { end, isTarget, sourceLane } = found;
  const code = target.diagnostic.code;
  const lane = doc.nodes.get(end.node)?.lane?.id;
  if (lane === undefined) return [];
  if (isTarget && lane === sourceLane) {
    const edit = { start: end.laneStart, end: end.nodeStart, insert: '' };
    const title = `Remove the prefix '${end.lane}.' (same lane)`;
    return [{ title, code, edits: [edit], preferred: true }];
  }
  const edit = { start: end.laneStart, end: end.laneEnd, insert: lane };
  return [{ title: `Change the prefix to '${lane}'`, code, edits: [edit], preferred: true }];
}

/** FZ014: write the target's lane before it. */
export function fixMissingLanePrefix(target: FzFixTarget): FzQuickFix[] {
  const id = target.doc.text.slice(target.start, target.end);
  const lane = target.doc.nodes.get(id)?.lane?.id;
  if (lane === undefined) return [];
  const edit = { start: target.start, end: target.start, insert: `${lane}.` };
  return [
    { title: `Add the lane prefix '${lane}.'`, code: 'FZ014', edits: [edit], preferred: true },
  ];
}

/**
 * FZ012: declare the missing node (a rectangle, which FlowZap labels with its id) at the end of a
 * lane: the one its lane prefix names, else the one the reference is written in. Offered only for
 * well-formed ids.
 */
export function fixUndeclaredNode(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const id = doc.text.slice(target.start, target.end);
  if (!isFzNodeId(id)) return [];
  const found = statementAt(doc, target.start);
  if (!found) return [];
  let lane = found.lane;
  const statement = found.statement;
  if (statement.kind === 'edge') {
    const end = statement.to.nodeStart === target.start ? statement.to : statement.from;
    const named = end.lane === null ? undefined : doc.lanes.get(end.lane);
    if (named) lane = named;
  }
  if (!lane) return [];
  const edit = appendToLane(doc, lane, `${id}: rectangle`);
  return [
    {
      title: `Declare '${id}' in lane '${lane.id}'`,
      code: 'FZ012',
      edits: [edit],
      preferred: false,
    },
  ];
}

/** FZ006: the duplicate declaration takes the lowest free id (references keep the first one). */
export function fixDuplicateNode(target: FzFixTarget): FzQuickFix[] {
  const id = lowestFreeNodeId(target.doc.ast);
  const edit = { start: target.start, end: target.end, insert: id };
  return [
    {
      title: `Renumber this duplicate to '${id}'`,
      code: 'FZ006',
      edits: [edit],
      preferred: true,
    },
  ];
}
