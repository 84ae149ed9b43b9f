import { BaseEdge, getSmoothStepPath, Position, useStore } from '@xyflow/react';
import type { EdgeProps, ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { useDetailLevel } from '../detailLevel';
import { useJustRemoved } from '../useOptimism';
import type { FzFlowEdge } from '../flowTypes';
import { EdgeLabelPortal } from './EdgeLabelPortal';

/** How far below the lower of its two nodes a backwards edge runs, in pixels. */
const BACK_EDGE_CLEARANCE = 18;

/** How far from the target's handle a bottom→top (or top→bottom) edge turns, in pixels. */
const TURN_BEFORE_TARGET = 22;

/**
 * Where a vertical edge runs sideways: just before its target (in the padding above or below the
 * target's row) rather than half-way, because half-way is usually another row of nodes. The layout
 * staggers stacked nodes so the long vertical leg stays clear of them. `undefined` = React Flow's
 * default (half-way) for every other kind of edge.
 */
export function verticalRunY(
  sourceY: number,
  targetY: number,
  sourcePosition: Position,
  targetPosition: Position,
): number | undefined {
  if (sourcePosition === Position.Bottom && targetPosition === Position.Top && targetY > sourceY) {
    return Math.max(targetY - TURN_BEFORE_TARGET, (sourceY + targetY) / 2);
  }
  if (sourcePosition === Position.Top && targetPosition === Position.Bottom && targetY < sourceY) {
    return Math.min(targetY + TURN_BEFORE_TARGET, (sourceY + targetY) / 2);
  }
  return undefined;
}

/** Whether a side-to-side edge runs backwards (its target lies behind its source's handle). */
export function isBackEdge(
  sourceX: number,
  targetX: number,
  sourcePosition: Position,
  targetPosition: Position,
): boolean {
  if (sourcePosition === Position.Right && targetPosition === Position.Left)
    return targetX < sourceX;
  if (sourcePosition === Position.Left && targetPosition === Position.Right)
    return targetX > sourceX;
  return false;
}

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
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
    offset: 24,
    centerY: back
      ? lowestBottom + BACK_EDGE_CLEARANCE
      : verticalRunY(sourceY, targetY, sourcePosition, targetPosition),
  });
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
