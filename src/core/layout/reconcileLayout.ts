import type { FzDiagram } from '../model/types';
import { uniqueNodes } from './elkGraph';
import { LANE_METRICS } from './metrics';
import { estimateNodeSize } from './nodeSize';
import { fallbackFlow, laneOrder, placeInLanes } from './placeInLanes';
import type { FzLaneBand, FzLayout, FzNodeBox } from './types';

/**
 * Makes a layout cover `diagram` while a fresh one is being computed: keeps every known box and
 * band (so nothing jumps), appends a band below the others for each lane it lacks, and puts each
 * unknown node at the right end of its lane. Lanes and nodes the diagram no longer has are
 * dropped. With no layout at all it returns the file-order placement (`fallbackFlow`). Pure,
 * never throws; the result may be replaced by the real layout a moment later.
 */
export function reconcileLayout(diagram: FzDiagram, layout: FzLayout | null): FzLayout {
  if (!layout) return placeInLanes(diagram, fallbackFlow(diagram));
  const { headerWidth, padLeft, padRight, padTop, padBottom, minHeight } = LANE_METRICS;
  const live = uniqueNodes(diagram);
  const tallest = new Map<string, number>();
  for (const node of live) {
    const height = estimateNodeSize(node).height;
    tallest.set(node.lane, Math.max(tallest.get(node.lane) ?? 0, height));
  }
  const lanes: Record<string, FzLaneBand> = {};
  let bottom = 0;
  for (const band of Object.values(layout.lanes)) bottom = Math.max(bottom, band.y + band.height);
  for (const laneId of laneOrder(diagram)) {
    const known = layout.lanes[laneId];
    if (known) {
      lanes[laneId] = known;
    } else {
      const height = Math.max(minHeight, padTop + (tallest.get(laneId) ?? 0) + padBottom);
      lanes[laneId] = { y: bottom, height };
      bottom += height;
    }
  }

  const nodes: Record<string, FzNodeBox> = {};
  const laneRight = new Map<string, number>();
  for (const node of live) {
    const box = layout.nodes[node.id];
    if (!box) continue;
    nodes[node.id] = box;
    laneRight.set(node.lane, Math.max(laneRight.get(node.lane) ?? 0, box.x + box.width));
  }
  let width = layout.width;
  for (const node of live) {
    if (nodes[node.id]) continue;
    const band = lanes[node.lane]!;
    const size = estimateNodeSize(node);
    const x = Math.max(laneRight.get(node.lane) ?? 0, headerWidth) + padLeft;
    nodes[node.id] = { x, y: band.y + padTop, ...size };
    laneRight.set(node.lane, x + size.width);
    width = Math.max(width, x + size.width + padRight);
  }
  return { nodes, lanes, width, height: Math.max(bottom, layout.height) };
}
