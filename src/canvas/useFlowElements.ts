import { applyNodeChanges } from '@xyflow/react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { selectSelection } from '../store/selectors';
import { useStudio, useStudioStore } from '../store/useStudio';
import {
  applySelectChanges,
  decorateEdges,
  decorateNodes,
  type FzProblemMarks,
} from './decorateElements';
import type { FzFlowEdge, FzFlowNode } from './flowTypes';
import { keepUnchanged, sameFlowEdge, sameFlowNode } from './keepUnchanged';

/**
 * Controlled React Flow state for derived elements. The diagram decides what exists; local state
 * only holds what React Flow measures and where a drag left a node, until the next derived
 * elements replace it. Elements that draw the same as before keep their identity (and a dragged
 * node its place), so a re-parse that changed nothing visible costs React Flow nothing.
 *
 * Selection lives in the studio store, shared with the code pane: React Flow's `select` changes
 * (a click, a selection box, a click on empty canvas) become `select(…, 'canvas')`, and the
 * rendered elements take `selected` from the store (so a cursor moved in the code highlights its
 * node). Problem marks are added the same way (`data.problem` on nodes, classes on edges); the
 * caller passes the marks that belong to the diagram it draws (`problems`, `{ nodes, edges }`).
 * A selection or mark change that leaves every element as it was hands React Flow the same arrays.
 *
 * Returns the nodes and edges to render and the `onNodesChange` / `onEdgesChange` handlers for
 * `<ReactFlow>`. They never write the text: React Flow's own `dimensions`, `position` and
 * `select` changes stay here or in the selection (known pitfall BR-07); only gestures, mapped to
 * `FzChange`s elsewhere, edit the text. Needs the studio store's context.
 */
export function useFlowElements(
  derived: { nodes: FzFlowNode[]; edges: FzFlowEdge[] },
  problems: { nodes: FzProblemMarks; edges: FzProblemMarks },
) {
  const store = useStudioStore();
  const selection = useStudio(selectSelection);
  const [source, setSource] = useState(derived);
  const [baseNodes, setBaseNodes] = useState(derived.nodes);
  const [edges, setEdges] = useState(derived.edges);
  const [nodes, setNodes] = useState<FzFlowNode[]>(derived.nodes);
  // Adjusting state while rendering (React's pattern for state derived from props).
  if (source !== derived) {
    setSource(derived);
    setEdges(keepUnchanged(edges, derived.edges, sameFlowEdge));
    const nextNodes = keepUnchanged(baseNodes, derived.nodes, sameFlowNode);
    if (nextNodes !== baseNodes) {
      const previous = new Set(baseNodes);
      setBaseNodes(nextNodes);
      setNodes((current) => {
        const live = new Map(current.map((node) => [node.id, node]));
        return nextNodes.map((node) => (previous.has(node) ? (live.get(node.id) ?? node) : node));
      });
    }
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<FzFlowNode>[]) => {
      const local = changes.filter((change) => change.type !== 'select');
      if (local.length > 0) setNodes((current) => applyNodeChanges(local, current));
      if (local.length === changes.length) return;
      const state = store.getState();
      const nodeIds = applySelectChanges(state.selection.nodes, changes);
      if (nodeIds !== state.selection.nodes) {
        state.select({ nodes: [...nodeIds], edges: state.selection.edges }, 'canvas');
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FzFlowEdge>[]) => {
      // Edges are drawn from the diagram only; the one thing React Flow may change is selection.
      const state = store.getState();
      const edgeIds = applySelectChanges(state.selection.edges, changes);
      if (edgeIds !== state.selection.edges) {
        state.select({ nodes: state.selection.nodes, edges: [...edgeIds] }, 'canvas');
      }
    },
    [store],
  );

  const shownNodes = useMemo(
    () => decorateNodes(nodes, selection.nodes, problems.nodes),
    [nodes, selection.nodes, problems.nodes],
  );
  const shownEdges = useMemo(
    () => decorateEdges(edges, selection.edges, problems.edges),
    [edges, selection.edges, problems.edges],
  );
  return { nodes: shownNodes, edges: shownEdges, onNodesChange, onEdgesChange };
}
