import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import type { FzFlowEdge, FzFlowNode } from '../flowTypes';
import { overviewEdgePaths } from './overviewEdges';

/**
 * The zoomed-out overview's edges (see `overviewEdges.ts`): one path in the viewport, under the
 * node shapes and above the lanes, one screen pixel wide at any zoom, inert to the pointer.
 */
export function OverviewEdges({
  nodes,
  edges,
}: {
  nodes: readonly FzFlowNode[];
  edges: readonly FzFlowEdge[];
}) {
  const paths = useMemo(() => overviewEdgePaths(nodes, edges), [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className="fz-overview-edges" data-testid="overview-edges" width={1} height={1}>
        <path d={paths.inLane} vectorEffect="non-scaling-stroke" />
        <path
          className="fz-overview-edges__cross-lane"
          d={paths.crossLane}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </ViewportPortal>
  );
}
