/**
 * `addNode`, `setNodeLabel`, `setNodeShape`: one new node line, or one token of an existing one.
 * A label edit rewrites only the quoted value (escaped with `quoteFzString`); a shape edit only
 * the shape word; a new node is printed in canonical form (`printNodeLine`).
 */
import { quoteFzString } from '../fz/escapes';
import { printNodeLine } from '../fz/printLines';
import { labelProblem, nodeIdProblem } from './checks';
import { freshNodeIds, type EditDoc } from './editDoc';
import { fail, findLane, findNode, finish, newBatch, shapeProblem, unchanged } from './lookup';
import { blanksBefore, indentOf, insertIntoLane } from './placement';
import type { FzChangeOf as Change, FzEditResult } from './types';

/**
 * A new node line: after `after`'s line when given (it must be in `lane`), else after the last
 * node line of `lane`'s block. Id: `change.id` (must be `n<number>` and unused), else one more
 * than the highest `n<number>` the text mentions. An absent or empty label writes no label.
 */
export function addNode(doc: EditDoc, change: Change<'addNode'>): FzEditResult {
  const lane = findLane(doc, change.lane);
  if (typeof lane === 'string') return fail(lane);
  const shape = shapeProblem(change.shape);
  if (shape) return fail(shape);
  const id = change.id ?? freshNodeIds(doc, 1)[0]!;
  if (change.id !== undefined) {
    const bad = nodeIdProblem(id);
    if (bad) return fail(bad);
    if (doc.usedNodeIds.has(id)) return fail(`Node id ${id} is already used in the diagram.`);
  }
  const label = change.label === '' ? undefined : change.label;
  if (label !== undefined) {
    const bad = labelProblem(label, `The label of ${id}`);
    if (bad) return fail(bad);
  }
  const line = printNodeLine({ id, shape: change.shape, label });
  const batch = newBatch(doc);
  if (change.after !== undefined) {
    const after = findNode(doc, change.after);
    if (typeof after === 'string') return fail(after);
    if (after.block?.id !== lane.id) {
      return fail(
        `Node ${change.after} is not in lane ${lane.id}; a new node goes after a node of its lane.`,
      );
    }
    batch.insertLinesAfter(after.ast.line - 1, [indentOf(doc, after.ast) + line]);
  } else {
    insertIntoLane(batch, doc, lane, 'node', [line]);
  }
  return finish(batch, [id]);
}

/**
 * Rewrites the quoted value of the node's first `label` attribute; adds ` label:"…"` after the
 * shape when there is none; `''` removes the attribute (FlowZap then shows the description or
 * the id).
 */
export function setNodeLabel(doc: EditDoc, change: Change<'setNodeLabel'>): FzEditResult {
  const placed = findNode(doc, change.node);
  if (typeof placed === 'string') return fail(placed);
  const node = placed.ast;
  const attribute = node.attributes.find((a) => a.key === 'label');
  const batch = newBatch(doc);
  if (change.label === '') {
    if (!attribute) return unchanged();
    batch.replace(blanksBefore(doc.text, attribute.start), attribute.end, '');
    return finish(batch);
  }
  const bad = labelProblem(change.label, `The label of ${change.node}`);
  if (bad) return fail(bad);
  const quoted = quoteFzString(change.label);
  if (!attribute) batch.insertText(node.shapeEnd, ` label:${quoted}`);
  else if (doc.text.slice(attribute.valueStart, attribute.valueEnd) === quoted) return unchanged();
  else batch.replace(attribute.valueStart, attribute.valueEnd, quoted);
  return finish(batch);
}

/** Rewrites the shape word only. */
export function setNodeShape(doc: EditDoc, change: Change<'setNodeShape'>): FzEditResult {
  const placed = findNode(doc, change.node);
  if (typeof placed === 'string') return fail(placed);
  const bad = shapeProblem(change.shape);
  if (bad) return fail(bad);
  const node = placed.ast;
  if (node.shape === change.shape) return unchanged();
  const batch = newBatch(doc);
  batch.replace(node.shapeStart, node.shapeEnd, change.shape);
  return finish(batch);
}
