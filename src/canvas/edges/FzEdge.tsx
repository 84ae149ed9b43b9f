import { BaseEdge, useStore } from '@xyflow/react';
import type { EdgeProps, ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useDetailLevel } from '../detailLevel';
import { useJustRemoved } from '../useOptimism';
import type { FzFlowEdge } from '../flowTypes';
import { EdgeLabelPortal } from './EdgeLabelPortal';
import { fzEdgeRoute, isBackEdge } from './edgeRoute';

/** Lowest bottom edge of two nodes, in flow pixels (0 when neither is known yet). */
function useLowestBottom(source: string, target: string, enabled: boolean): number {
  const select = useCallback(
    (state: ReactFlowState) => {
      if (!enabled) return 0;
      let bottom = 0;
      for (const id of [source, target]) {
        const node = state.nodeLookup.get(id);
        if (!node) continue;
        const height = node.measured.height ?? node.height ?? 0;
        bottom = Math.max(bottom, node.internals.positionAbsolute.y + height);
      }
      return bottom;
    },
    [source, target, enabled],
  );
  return useStore(select);
}

/**
 * A diagram edge: an orthogonal (smooth-step) line between the handles its line names (vertical
 * edges turn just before their target, backwards edges go round underneath), the arrowhead from
 * `markerEnd`, and its label as an HTML chip (`fz-edge-label-<id>`) in the middle (not at the
 * `shapes` detail level, where it could not be read).
 */
export const FzEdge = memo(function FzEdge({
  id,
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  data,
  selected,
}: EdgeProps<FzFlowEdge>) {
  // A backwards edge in a row would run straight through the nodes between its ends: send it
  // round underneath both of them instead.
  const back = isBackEdge(sourceX, targetX, sourcePosition, targetPosition);
  const lowestBottom = useLowestBottom(source, target, back);
  const removed = useJustRemoved(id, source, target);
  const [path, labelX, labelY] = fzEdgeRoute(
    { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition },
    lowestBottom,
  );
  const detail = useDetailLevel();
  const label = detail === 'full' ? data?.label : undefined;
  // Deleted by a gesture (itself or either end): gone at once, before the canvas re-draws.
  if (removed) return null;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        // Zoomed out the 16 px hit band is under a screen pixel wide: no second path per edge.
        interactionWidth={detail === 'full' ? 16 : 0}
      />
      {label ? (
        <EdgeLabelPortal>
          <div
            className={`fz-edge-label nodrag nopan${selected ? ' fz-edge-label--selected' : ''}`}
            data-testid={`fz-edge-label-${id}`}
            dir="auto"
            title={label}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelPortal>
      ) : null}
    </>
  );
});
