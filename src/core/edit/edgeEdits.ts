/**
 * `connect`, `reconnect`, `setEdgeLabel`. A new edge is printed in canonical form
 * (`printEdgeLine`) after the last edge line of its source node's lane block (FlowZap keeps edges
 * in their source's lane); the other two rewrite tokens of the one edge line.
 */
import { quoteFzString } from '../fz/escapes';
import { printEdgeLine } from '../fz/printLines';
import { labelProblem } from './checks';
import { edgeIdAt, laneOfNode, type EditDoc } from './editDoc';
import {
  fail,
  findEdge,
  findNodeInLane,
  finish,
  handleProblem,
  newBatch,
  unchanged,
} from './lookup';
import { refitEdge } from './refitEdge';
import { anchorOffset, blanksBefore, insertIntoLane } from './placement';
import type { FzChangeOf, FzEditResult } from './types';

/** An empty label means none, as `setEdgeLabel` treats it. */
function edgeLabel(label: string | undefined, what: string): string | undefined | { bad: string } {
  if (label === undefined || label === '') return undefined;
  const bad = labelProblem(label, what);
  return bad ? { bad } : label;
}

/**
 * A new edge line `from.handle(h) -> [Lane.]to.handle(h) [label="…"]` in the source's lane block;
 * `created` holds its future id. Self-edges and repeated edges are allowed (FlowZap has both).
 */
export function connect(doc: EditDoc, change: FzChangeOf<'connect'>): FzEditResult {
  const source = findNodeInLane(doc, change.from);
  if (typeof source === 'string') return fail(source);
  const target = findNodeInLane(doc, change.to);
  if (typeof target === 'string') return fail(target);
  const badHandle = handleProblem(change.fromHandle) ?? handleProblem(change.toHandle);
  if (badHandle) return fail(badHandle);
  const label = edgeLabel(change.label, `The label of the edge ${change.from} → ${change.to}`);
  if (typeof label === 'object') return fail(label.bad);
  const line = printEdgeLine({
    from: change.from,
    fromHandle: change.fromHandle,
    to: change.to,
    toLane: target.block.id === source.block.id ? null : target.block.id,
    toHandle: change.toHandle,
    label,
  });
  const batch = newBatch(doc);
  insertIntoLane(batch, doc, source.block, 'edge', [line]);
  return finish(batch, [edgeIdAt(doc, anchorOffset(doc, source.block, 'edge'))]);
}

/**
 * One end of an edge now names `node` and `handle`; the target prefix follows the lanes. When the
 * source moves to another lane and the edge was written in the old source's block, the edge line
 * moves to the new source's block (after its last edge), as `moveNodeToLane` does.
 */
export function reconnect(doc: EditDoc, change: FzChangeOf<'reconnect'>): FzEditResult {
  const edge = findEdge(doc, change.edge);
  if (typeof edge === 'string') return fail(edge);
  const node = findNodeInLane(doc, change.node);
  if (typeof node === 'string') return fail(node);
  const bad = handleProblem(change.handle);
  if (bad) return fail(bad);
  const batch = newBatch(doc);
  const laneOf = (n: string) => laneOfNode(doc, n);
  const want = { node: change.node, handle: change.handle };
  if (change.end === 'target') {
    refitEdge(batch, doc, edge, laneOf, { to: want, checkSource: false });
    return finish(batch);
  }
  const oldLane = laneOfNode(doc, edge.ast.from.node);
  const newLane = node.block.id;
  const moves = oldLane !== newLane && edge.block !== null && edge.block.id === oldLane;
  const moveTo = moves ? node.block : null;
  const text = refitEdge(batch, doc, edge, laneOf, { from: want, moveTo, checkSource: true });
  if (text !== null) insertIntoLane(batch, doc, node.block, 'edge', [text]);
  return finish(batch);
}

/** Rewrites the quoted value of `[label="…"]`, adds the brackets, or (null, `''`) removes them. */
export function setEdgeLabel(doc: EditDoc, change: FzChangeOf<'setEdgeLabel'>): FzEditResult {
  const edge = findEdge(doc, change.edge);
  if (typeof edge === 'string') return fail(edge);
  const current = edge.ast.label;
  const batch = newBatch(doc);
  const label = edgeLabel(change.label ?? undefined, `The label of edge ${change.edge}`);
  if (typeof label === 'object') return fail(label.bad);
  if (label === undefined) {
    if (!current) return unchanged();
    batch.replace(blanksBefore(doc.text, current.start), current.end, '');
    return finish(batch);
  }
  const quoted = quoteFzString(label);
  if (!current) batch.insertText(edge.ast.to.end, ` [label=${quoted}]`);
  else if (doc.text.slice(current.valueStart, current.valueEnd) === quoted) return unchanged();
  else batch.replace(current.valueStart, current.valueEnd, quoted);
  return finish(batch);
}
