import { MarkerType } from '@xyflow/react';
import { uniqueNodes } from '../core/layout/elkGraph';
import { loopFrames } from '../core/layout/loopFrames';
import { reconcileLayout } from '../core/layout/reconcileLayout';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram, FzShape } from '../core/model/types';
import { estimatedHandles } from './flowHandles';
import type {
  FzFlowEdge,
  FzFlowNode,
  FzLaneFlowNode,
  FzLoopFlowNode,
  FzNodeBadgeCounts,
  FzShapeFlowNode,
  FzShapeNodeType,
} from './flowTypes';

const TYPE_OF_SHAPE: Record<FzShape, FzShapeNodeType> = {
  circle: 'fzCircle',
  rectangle: 'fzRectangle',
  diamond: 'fzDiamond',
  taskbox: 'fzTaskbox',
};

/** Lanes sit furthest back, loop frames above them, then edges and nodes (React Flow's default 0). */
export const LANE_Z = -2;
export const LOOP_Z = -1;

/**
 * What React Flow will measure for a box of `width` × `height` flow pixels: its element's
 * `offsetWidth`/`offsetHeight`, whole pixels. Given up front as `measured`, a node that mounts
 * (panned into view) needs no measuring round: otherwise each one comes back as a `dimensions`
 * change, a new nodes array and a rebuild of React Flow's node lookup, which at the overview of a
 * 1,000-node diagram cost more than the drawing. Should the element differ after all, React
 * Flow's own measurement still corrects it.
 */
export function expectedMeasure(width: number, height: number): { width: number; height: number } {
  return { width: Math.round(width), height: Math.round(height) };
}

/** React Flow id of a lane's band; prefixed so it can never collide with a node id. */
export function laneNodeId(laneId: string): string {
  return `lane:${laneId}`;
}

/**
 * Maps a diagram and its layout to React Flow elements: one `fzLane` node per lane (full diagram
 * width, behind), one `fzLoop` node per loop frame, one shape node per diagram node (size from
 * the layout, `badges[id]` in its data) and one `fzEdge` per edge (handles as written, label,
 * closed arrowhead, test id `fz-edge-<id>`). Every node carries the `measured` size React Flow
 * would measure (see `expectedMeasure`). `layout` may be stale or null: missing places come
 * from `reconcileLayout`, so every node is always drawn. Pure; edges naming unknown nodes and
 * repeated ids are skipped rather than thrown on.
 */
export function toFlowElements(
  diagram: FzDiagram,
  layout: FzLayout | null,
  badges?: Record<string, FzNodeBadgeCounts>,
): { nodes: FzFlowNode[]; edges: FzFlowEdge[] } {
  const placed = reconcileLayout(diagram, layout);
  const lanes: FzLaneFlowNode[] = [];
  const seenLanes = new Set<string>();
  for (const lane of diagram.lanes) {
    const band = placed.lanes[lane.id];
    if (!band || seenLanes.has(lane.id)) continue;
    seenLanes.add(lane.id);
    lanes.push(laneNode(lane.id, lane.label || lane.id, band.y, band.height, placed.width));
  }
  for (const [laneId, band] of Object.entries(placed.lanes)) {
    if (seenLanes.has(laneId)) continue;
    lanes.push(laneNode(laneId, laneId, band.y, band.height, placed.width));
  }

  const loops: FzLoopFlowNode[] = loopFrames(diagram, placed).map((frame) => ({
    id: frame.id,
    type: 'fzLoop',
    position: { x: frame.box.x, y: frame.box.y },
    width: frame.box.width,
    height: frame.box.height,
    measured: expectedMeasure(frame.box.width, frame.box.height),
    data: { text: frame.text },
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: LOOP_Z,
  }));

  const shapes: FzShapeFlowNode[] = [];
  for (const node of uniqueNodes(diagram)) {
    const box = placed.nodes[node.id]!;
    const badge = badges?.[node.id];
    shapes.push({
      id: node.id,
      type: TYPE_OF_SHAPE[node.shape] ?? 'fzRectangle',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: expectedMeasure(box.width, box.height),
      // Declared handles let React Flow skip mounting off-screen nodes (see flowHandles).
      handles: estimatedHandles(box.width, box.height),
      data: badge ? { node, badge } : { node },
    });
  }

  const ids = new Set(shapes.map((node) => node.id));
  const seenEdges = new Set<string>();
  const edges: FzFlowEdge[] = [];
  for (const edge of diagram.edges) {
    if (!ids.has(edge.from) || !ids.has(edge.to) || seenEdges.has(edge.id)) continue;
    seenEdges.add(edge.id);
    const crossLane = edge.fromLane !== edge.toLane;
    edges.push({
      id: edge.id,
      type: 'fzEdge',
      source: edge.from,
      target: edge.to,
      sourceHandle: edge.fromHandle,
      targetHandle: edge.toHandle,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: `fz-edge fz-edge-${edge.id}${crossLane ? ' fz-edge--cross-lane' : ''}`,
      domAttributes: { 'data-testid': `fz-edge-${edge.id}` } as FzFlowEdge['domAttributes'],
      data: edge.label === undefined ? { crossLane } : { label: edge.label, crossLane },
      ...(edge.label === undefined ? {} : { label: edge.label }),
    });
  }
  return { nodes: [...lanes, ...loops, ...shapes], edges };
}

function laneNode(
  laneId: string,
  label: string,
  y: number,
  height: number,
  width: number,
): FzLaneFlowNode {
  return {
    id: laneNodeId(laneId),
    type: 'fzLane',
    position: { x: 0, y },
    width,
    height,
    measured: expectedMeasure(width, height),
    data: { laneId, label },
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: LANE_Z,
  };
}
