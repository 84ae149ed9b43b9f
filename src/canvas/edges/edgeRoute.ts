/**
 * The route of a diagram edge, shared by the edge component (`FzEdge`) and the zoomed-out overview
 * (`overviewEdges.ts`), so both levels of detail draw the same lines: an orthogonal (smooth-step)
 * line between the two handles, vertical edges turning just before their target, backwards edges
 * going round underneath both nodes.
 */
import { getSmoothStepPath, Position } from '@xyflow/react';

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

/** Where an edge starts and ends, in flow pixels, and the sides its handles are on. */
export interface FzEdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/**
 * The SVG path of an edge with `ends`, and its label's centre (`[path, labelX, labelY]`).
 * `lowestBottom` is the lower bottom edge of its two nodes (flow pixels), used only by a backwards
 * edge, which runs {@link BACK_EDGE_CLEARANCE} below it.
 */
export function fzEdgeRoute(ends: FzEdgeEnds, lowestBottom: number): [string, number, number] {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = ends;
  const back = isBackEdge(sourceX, targetX, sourcePosition, targetPosition);
  const [path, labelX, labelY] = getSmoothStepPath({
    ...ends,
    borderRadius: 8,
    offset: 24,
    centerY: back
      ? lowestBottom + BACK_EDGE_CLEARANCE
      : verticalRunY(sourceY, targetY, sourcePosition, targetPosition),
  });
  return [path, labelX, labelY];
}
