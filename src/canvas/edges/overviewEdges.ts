/**
 * The edges of the zoomed-out overview as one SVG path. Below the readable zoom (`detailLevel.ts`)
 * React Flow's edge components are switched off (hidden) and this one path, drawn once per
 * diagram, stands in for them: panning then mounts and unmounts no edge and runs no edge's store
 * selector on each step (on a 1,000-node diagram that took the overview's late frames while
 * panning from 2–16 in 120 to 0–4). The lines follow the same route as the edge components
 * (`fzEdgeRoute`), between the same handle points.
 */
import { Position } from '@xyflow/react';
import type { FzFlowEdge, FzFlowNode } from '../flowTypes';
import { fzEdgeRoute } from './edgeRoute';

const SIDES: Record<string, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the handle on `side` of `box` sits (the middle of that side), in flow pixels. */
function handlePoint(box: Box, side: Position): { x: number; y: number } {
  switch (side) {
    case Position.Left:
      return { x: box.x, y: box.y + box.height / 2 };
    case Position.Right:
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case Position.Top:
      return { x: box.x + box.width / 2, y: box.y };
    default:
      return { x: box.x + box.width / 2, y: box.y + box.height };
  }
}

/** The overview's two paths (SVG `d`, '' when empty): edges within a lane, and lane hops. */
export interface OverviewEdgePaths {
  inLane: string;
  crossLane: string;
}

/**
 * Draws every edge of `edges` between the diagram nodes of `nodes` (lanes and loop frames are
 * ignored), each from its source handle to its target handle, as two SVG paths: edges within a
 * lane and lane hops (`data.crossLane`), which the canvas colours apart at every zoom. Edges whose
 * ends are not among `nodes`, or whose handle is not one of the four sides, are left out. Pure.
 */
export function overviewEdgePaths(
  nodes: readonly FzFlowNode[],
  edges: readonly FzFlowEdge[],
): OverviewEdgePaths {
  const boxes = new Map<string, Box>();
  for (const node of nodes) {
    if (node.type === 'fzLane' || node.type === 'fzLoop') continue;
    boxes.set(node.id, {
      x: node.position.x,
      y: node.position.y,
      width: node.width ?? node.measured?.width ?? 0,
      height: node.height ?? node.measured?.height ?? 0,
    });
  }
  const inLane: string[] = [];
  const crossLane: string[] = [];
  for (const edge of edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    const sourcePosition = SIDES[edge.sourceHandle ?? ''];
    const targetPosition = SIDES[edge.targetHandle ?? ''];
    if (!from || !to || sourcePosition === undefined || targetPosition === undefined) continue;
    const start = handlePoint(from, sourcePosition);
    const end = handlePoint(to, targetPosition);
    const lowestBottom = Math.max(from.y + from.height, to.y + to.height);
    const [path] = fzEdgeRoute(
      {
        sourceX: start.x,
        sourceY: start.y,
        targetX: end.x,
        targetY: end.y,
        sourcePosition,
        targetPosition,
      },
      lowestBottom,
    );
    (edge.data?.crossLane ? crossLane : inLane).push(path);
  }
  return { inLane: inLane.join(' '), crossLane: crossLane.join(' ') };
}
