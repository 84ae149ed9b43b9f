import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import type { FzFlowNode } from './flowTypes';
import { memo } from 'react';
import { LANE_METRICS } from '../core/layout/metrics';
import type { FzPoint } from './gestures/anchors';

/** One lane of the rail: its id, name, and band (flow pixels). */
export interface FzRailLane {
  id: string;
  label: string;
  y: number;
  height: number;
}

/** The rail's lanes, read from the lane nodes of the canvas (in their order). */
export function railLanesOf(nodes: readonly FzFlowNode[]): FzRailLane[] {
  return nodes.flatMap((node) =>
    node.type === 'fzLane'
      ? [
          {
            id: node.data.laneId,
            label: node.data.label,
            y: node.position.y,
            height: node.height ?? 0,
          },
        ]
      : [],
  );
}

/** Size of a lane's "⋯" button and of the "+ Lane" button's height, in screen pixels. */
const BUTTON_PX = 22;

/**
 * Where the rail's controls go, in pixels from the pane's top-left: each lane's "⋯" button at the
 * top-right corner of its label column (kept on screen, beside the rail, once that column has
 * scrolled off), and "+ Lane" just under the last lane (kept inside the pane's height).
 */
export function railControlPlaces(
  lanes: readonly FzRailLane[],
  [tx, ty, zoom]: readonly [number, number, number],
  paneHeight: number,
): { menus: (FzPoint & { id: string })[]; add: FzPoint } {
  const menuX = Math.max(30, tx + (LANE_METRICS.headerWidth - BUTTON_PX / zoom - 6) * zoom);
  const menus = lanes.map((lane) => ({ id: lane.id, x: menuX, y: ty + lane.y * zoom + 6 }));
  const last = lanes[lanes.length - 1];
  const bottom = last ? ty + (last.y + last.height) * zoom + 6 : 8;
  return {
    menus,
    // Right of React Flow's zoom controls (bottom left), which the button may otherwise cover.
    add: {
      x: Math.max(56, tx + 8 * zoom),
      y: Math.max(0, Math.min(bottom, paneHeight - BUTTON_PX - 48)),
    },
  };
}

const selectTransform = (state: ReactFlowState) => state.transform;
const selectHeight = (state: ReactFlowState) => state.height;

/**
 * Lane names and lane controls at the canvas's left side. Once the lanes' own label column has
 * scrolled off the left edge, a thin rail pinned there repeats each lane's name level with its
 * band (visual only). Each lane also gets a "⋯" button (`lane-menu-<id>`) that opens its menu
 * (rename, move up/down, delete) through `onLaneMenu`, and "+ Lane" (`lane-add`) under the last
 * lane asks for a new lane's name through `onAddLane`.
 */
export const LaneRail = memo(function LaneRail({
  lanes,
  onLaneMenu,
  onAddLane,
}: {
  lanes: FzRailLane[];
  onLaneMenu?: (laneId: string, at: FzPoint) => void;
  onAddLane?: () => void;
}) {
  const transform = useStore(selectTransform);
  const paneHeight = useStore(selectHeight);
  const [x, y, zoom] = transform;
  const railShown = x + LANE_METRICS.headerWidth * zoom * 0.6 < 0;
  const places = railControlPlaces(lanes, transform, paneHeight);
  return (
    <>
      {railShown ? (
        <div className="fz-lane-rail" aria-hidden="true">
          {lanes.map((lane) => (
            <div
              key={lane.id}
              className="fz-lane-rail__lane"
              style={{ top: y + lane.y * zoom, height: lane.height * zoom }}
            >
              <span dir="auto">{lane.label}</span>
            </div>
          ))}
        </div>
      ) : null}
      {onLaneMenu
        ? places.menus.map((place) => {
            const lane = lanes.find((l) => l.id === place.id)!;
            return (
              <button
                key={place.id}
                type="button"
                className="fz-lane-control nodrag nopan"
                data-testid={`lane-menu-${place.id}`}
                aria-label={`Lane ${lane.label} actions`}
                aria-haspopup="menu"
                title={`${lane.label}: rename, move, delete`}
                style={{ left: place.x, top: place.y }}
                onClick={(event) => {
                  const box = event.currentTarget.getBoundingClientRect();
                  const pane = event.currentTarget.closest('.react-flow')!.getBoundingClientRect();
                  onLaneMenu(lane.id, { x: box.left - pane.left, y: box.bottom - pane.top });
                }}
              >
                ⋯
              </button>
            );
          })
        : null}
      {onAddLane ? (
        <button
          type="button"
          className="fz-lane-control fz-lane-control--add nodrag nopan"
          data-testid="lane-add"
          style={{ left: places.add.x, top: places.add.y }}
          onClick={onAddLane}
        >
          + Lane
        </button>
      ) : null}
    </>
  );
});
