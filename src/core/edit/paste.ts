/**
 * `paste`: the clipboard's nodes become new node lines at the end of the lane's nodes, with fresh
 * ids (next free, in clipboard order), and the clipboard's edges between them new edge lines
 * after the lane's last edge, re-mapped to those ids. Everything is printed in canonical form.
 */
import { printEdgeLine, printNodeLine } from '../fz/printLines';
import { labelProblem } from './checks';
import { edgeIdAt, freshNodeIds, type EditDoc } from './editDoc';
import { fail, findLane, finish, handleProblem, newBatch, shapeProblem, unchanged } from './lookup';
import { anchorOffset, insertIntoLane } from './placement';
import type { FzClipboardNode, FzChangeOf, FzEditResult } from './types';

/** The first problem with a copied node's fields, or null. */
function nodeProblem(node: FzClipboardNode): string | null {
  const shape = shapeProblem(node.shape);
  if (shape) return shape;
  for (const key of ['label', 'owner', 'description', 'system'] as const) {
    const value = node[key];
    const bad =
      value === undefined ? null : labelProblem(value, `The ${key} of copied node ${node.id}`);
    if (bad) return bad;
  }
  return null;
}

/**
 * See the file comment. `created` holds the new node ids, then the new edges' future ids.
 * Refused when a copied node is invalid, two copied nodes share an id, or an edge names a node
 * that is not on the clipboard. An empty or `''` label writes no label.
 */
export function paste(doc: EditDoc, change: FzChangeOf<'paste'>): FzEditResult {
  const lane = findLane(doc, change.lane);
  if (typeof lane === 'string') return fail(lane);
  if (change.nodes.length === 0) return unchanged();
  const ids = freshNodeIds(doc, change.nodes.length);
  const idOf = new Map<string, string>();
  const nodeLines: string[] = [];
  change.nodes.forEach((node, i) => {
    if (!idOf.has(node.id)) idOf.set(node.id, ids[i]!);
  });
  if (idOf.size !== change.nodes.length) return fail('Two copied nodes have the same id.');
  for (const node of change.nodes) {
    const bad = nodeProblem(node);
    if (bad) return fail(bad);
    nodeLines.push(
      printNodeLine({
        id: idOf.get(node.id)!,
        shape: node.shape,
        label: node.label === '' ? undefined : node.label,
        owner: node.owner,
        description: node.description,
        system: node.system,
      }),
    );
  }
  const edgeLines: string[] = [];
  for (const edge of change.edges) {
    const from = idOf.get(edge.from);
    const to = idOf.get(edge.to);
    if (!from || !to) {
      return fail(`A copied edge names node ${from ? edge.to : edge.from}, which was not copied.`);
    }
    const bad =
      handleProblem(edge.fromHandle) ??
      handleProblem(edge.toHandle) ??
      (edge.label
        ? labelProblem(edge.label, `The label of the copied edge ${edge.from} → ${edge.to}`)
        : null);
    if (bad) return fail(bad);
    const label = edge.label === '' ? undefined : edge.label;
    edgeLines.push(printEdgeLine({ ...edge, from, to, label }));
  }
  const batch = newBatch(doc);
  insertIntoLane(batch, doc, lane, 'node', nodeLines);
  insertIntoLane(batch, doc, lane, 'edge', edgeLines);
  const at = anchorOffset(doc, lane, 'edge');
  const edgeIds = edgeLines.map((_, i) => edgeIdAt(doc, at, i));
  return finish(batch, [...ids, ...edgeIds]);
}
