import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { FzFlowEdge, FzFlowNode, FzNodeProblem } from './flowTypes';

/** Problem marks by element id, as the store's `selectProblemElements` gives them. */
export type FzProblemMarks = Readonly<Record<string, FzNodeProblem>>;

/**
 * The ids selected after React Flow's `select` changes, starting from `current`: a change to
 * `selected: true` adds its id (at the end), `false` removes it. Other change kinds are ignored.
 * Returns `current` itself when nothing changes.
 */
export function applySelectChanges(
  current: readonly string[],
  changes: readonly (NodeChange | EdgeChange)[],
): readonly string[] {
  let next: string[] | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    const list: string[] = next ?? [...current];
    const at = list.indexOf(change.id);
    if (change.selected && at < 0) list.push(change.id);
    else if (!change.selected && at >= 0) list.splice(at, 1);
    next = list;
  }
  if (next === null) return current;
  return next.length === current.length && next.every((id, i) => id === current[i])
    ? current
    : next;
}

interface Decorated<T> {
  selected: boolean;
  problem: FzNodeProblem | undefined;
  out: T;
}

const decoratedNodes = new WeakMap<FzFlowNode, Decorated<FzFlowNode>>();
const decoratedEdges = new WeakMap<FzFlowEdge, Decorated<FzFlowEdge>>();

/**
 * The nodes to render: each diagram node with React Flow's `selected` from the store's selection
 * and its problem mark in `data.problem` (lanes and loop frames are never selected or marked).
 * A node that is neither is passed through as it is, and a decorated node is the same object as
 * last time while its base node, selection and mark are unchanged, so React Flow and the memoized
 * node components redo only what changed. Returns `nodes` itself when nothing is decorated.
 */
export function decorateNodes(
  nodes: FzFlowNode[],
  selected: readonly string[],
  problems: FzProblemMarks,
): FzFlowNode[] {
  if (selected.length === 0 && Object.keys(problems).length === 0) return nodes;
  const chosen = new Set(selected);
  return nodes.map((node) => {
    if (!('node' in node.data)) return node;
    const isSelected = chosen.has(node.id);
    const problem = problems[node.id];
    if (!isSelected && !problem) return node;
    const cached = decoratedNodes.get(node);
    if (cached && cached.selected === isSelected && cached.problem === problem) return cached.out;
    const out = {
      ...node,
      selected: isSelected,
      data: problem ? { ...node.data, problem } : node.data,
    } as FzFlowNode;
    decoratedNodes.set(node, { selected: isSelected, problem, out });
    return out;
  });
}

/**
 * The edges to render: `selected` from the store's selection, and for an edge with a problem on
 * its line the classes `fz-edge--problem fz-edge--problem-<severity>` and `data-problem`. Same
 * identity rules as {@link decorateNodes}.
 */
export function decorateEdges(
  edges: FzFlowEdge[],
  selected: readonly string[],
  problems: FzProblemMarks,
): FzFlowEdge[] {
  if (selected.length === 0 && Object.keys(problems).length === 0) return edges;
  const chosen = new Set(selected);
  return edges.map((edge) => {
    const isSelected = chosen.has(edge.id);
    const problem = problems[edge.id];
    if (!isSelected && !problem) return edge;
    const cached = decoratedEdges.get(edge);
    if (cached && cached.selected === isSelected && cached.problem === problem) return cached.out;
    const out: FzFlowEdge = { ...edge, selected: isSelected };
    if (problem) {
      out.className = `${edge.className ?? ''} fz-edge--problem fz-edge--problem-${problem.severity}`;
      out.domAttributes = {
        ...edge.domAttributes,
        'data-problem': problem.severity,
      } as FzFlowEdge['domAttributes'];
    }
    decoratedEdges.set(edge, { selected: isSelected, problem, out });
    return out;
  });
}
