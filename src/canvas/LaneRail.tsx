import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import type { FzFlowNode } from './flowTypes';
import { memo } from 'react';
import { LANE_METRICS } from '../core/layout/metrics';

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

const selectTransform = (state: ReactFlowState) => state.transform;

/**
 * Keeps lane names readable on wide diagrams: once the lanes' own label column has scrolled off
 * the left edge, a thin rail pinned to the canvas's left side repeats each lane's name level with
 * its band. Purely visual (no test ids, no pointer events).
 */
export const LaneRail = memo(function LaneRail({ lanes }: { lanes: FzRailLane[] }) {
  const [x, y, zoom] = useStore(selectTransform);
  if (x + LANE_METRICS.headerWidth * zoom * 0.6 >= 0) return null;
  return (
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
  );
});
