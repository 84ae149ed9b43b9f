/**
 * Finding what a change names, with the message a person reads when it is not there, and the two
 * ways a change ends (`ok` with edits, or a refusal that changes nothing).
 */
import type { FzAstLane, FzAstNode } from '../fz/ast';
import { FZ_SHAPES } from '../fz/parseNode';
import { isFzHandle } from '../fz/parseEdge';
import { EditBatch } from './editBatch';
import type { DocEdge, EditDoc, Placed } from './editDoc';
import type { FzEditResult } from './types';

/** A refusal: nothing changes, `message` says why. */
export function fail(message: string): FzEditResult {
  return { ok: false, message };
}

/** A fresh batch for `doc`. */
export function newBatch(doc: EditDoc): EditBatch {
  return new EditBatch(doc.text, doc.lines, doc.eol);
}

/** The successful end of a change. */
export function finish(batch: EditBatch, created: string[] = []): FzEditResult {
  return { ok: true, edits: batch.build(), created };
}

/** A success that changes nothing (the text already says it). */
export function unchanged(): FzEditResult {
  return { ok: true, edits: [], created: [] };
}

/** The first declaration of node `id`, or the message when there is none. */
export function findNode(doc: EditDoc, id: string): Placed<FzAstNode> | string {
  return doc.nodeById.get(id) ?? `There is no node ${id} in the diagram.`;
}

/** As {@link findNode}, for nodes that must sit in a lane (to connect or move them). */
export function findNodeInLane(
  doc: EditDoc,
  id: string,
): { ast: FzAstNode; block: FzAstLane } | string {
  const placed = findNode(doc, id);
  if (typeof placed === 'string') return placed;
  const { ast, block } = placed;
  if (!block) return `Node ${id} is declared outside any lane; move it into a lane first.`;
  return { ast, block };
}

/** The first block of lane `id`, or the message. */
export function findLane(doc: EditDoc, id: string): FzAstLane | string {
  return doc.laneById.get(id) ?? `There is no lane ${id} in the diagram.`;
}

/** Model edge `id` (`e3`), or the message. */
export function findEdge(doc: EditDoc, id: string): DocEdge | string {
  return doc.edgeById.get(id) ?? `There is no edge ${id} in the diagram.`;
}

/** The message for a shape that is not one of FlowZap's four, or null. */
export function shapeProblem(shape: string): string | null {
  return (FZ_SHAPES as readonly string[]).includes(shape)
    ? null
    : `Unknown shape "${shape}": use circle, rectangle, diamond or taskbox.`;
}

/** The message for a handle that is not one of the four sides, or null. */
export function handleProblem(handle: string): string | null {
  return isFzHandle(handle) ? null : `Unknown handle "${handle}": use left, right, top or bottom.`;
}
