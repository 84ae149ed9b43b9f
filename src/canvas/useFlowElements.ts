import { applyNodeChanges } from '@xyflow/react';
import type { NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { FzFlowEdge, FzFlowNode } from './flowTypes';
import { keepUnchanged, sameFlowEdge, sameFlowNode } from './keepUnchanged';

/**
 * Controlled React Flow state for derived elements. The diagram decides what exists; local state
 * only holds what React Flow measures and where a drag left a node, until the next derived
 * elements replace it. Elements that draw the same as before keep their identity (and a dragged
 * node its place), so a re-parse that changed nothing visible costs React Flow nothing.
 * Returns the nodes and edges to render and the `onNodesChange` handler; it never writes anywhere
 * else (React Flow's own measurement changes stay here, never reaching the text).
 */
export function useFlowElements(derived: { nodes: FzFlowNode[]; edges: FzFlowEdge[] }) {
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
    (changes: NodeChange<FzFlowNode>[]) =>
      setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  return { nodes, edges, onNodesChange };
}
