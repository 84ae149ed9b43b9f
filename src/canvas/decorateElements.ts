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
/** The last list decorated from each base list, to hand back when nothing in it changed. */
const lastNodeLists = new WeakMap<FzFlowNode[], FzFlowNode[]>();
const lastEdgeLists = new WeakMap<FzFlowEdge[], FzFlowEdge[]>();

function keepList<T extends object>(cache: WeakMap<T[], T[]>, base: T[], next: T[]): T[] {
  const kept = sameOrPrevious(cache.get(base) ?? null, next);
  cache.set(base, kept);
  return kept;
}

/**
 * The nodes to render: each diagram node with React Flow's `selected` from the store's selection
 * and its problem mark in `data.problem` (lanes and loop frames are never selected or marked).
 * A node that is neither is passed through as it is, and a decorated node is the same object as
 * last time while its base node, selection and mark are unchanged, so React Flow and the memoized
 * node components redo only what changed. Returns `nodes` itself when nothing is decorated, and
 * the list it returned last time for these `nodes` when every element is the same as then (a
 * selection or mark change that touched no node, e.g. an edge selected, or a deleted node pruned).
 */
export function decorateNodes(
  nodes: FzFlowNode[],
  selected: readonly string[],
  problems: FzProblemMarks,
): FzFlowNode[] {
  if (selected.length === 0 && Object.keys(problems).length === 0) return nodes;
  const chosen = new Set(selected);
  const list = nodes.map((node) => {
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
  return keepList(lastNodeLists, nodes, list);
}

/**
 * The edges to render: `selected` from the store's selection, and for an edge with a problem on
 * its line the classes `fz-edge--problem fz-edge--problem-<severity>` and `data-problem`. Same
 * identity rules as {@link decorateNodes}, list included.
 */
export function decorateEdges(
  edges: FzFlowEdge[],
  selected: readonly string[],
  problems: FzProblemMarks,
): FzFlowEdge[] {
  if (selected.length === 0 && Object.keys(problems).length === 0) return edges;
  const chosen = new Set(selected);
  const list = edges.map((edge) => {
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
  return keepList(lastEdgeLists, edges, list);
}

/**
 * `next`, or `previous` itself when both hold the same objects in the same order. The decorated
 * lists are rebuilt whenever the selection or the marks change (a click, a pruned selection after
 * a Delete); handing React Flow the old array when no element changed spares it rebuilding its
 * node lookup and edge connection lookup (work over the whole diagram) for nothing.
 */
export function sameOrPrevious<T>(previous: readonly T[] | null, next: T[]): T[] {
  if (previous === null || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
