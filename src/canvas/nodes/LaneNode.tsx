import type { NodeProps } from '@xyflow/react';
import { LANE_METRICS } from '../../core/layout/metrics';
import type { FzLaneFlowNode } from '../flowTypes';

/** A swimlane band: full diagram width, its label in a column at the left (`fz-lane-<id>`). */
export function LaneNode({ data }: NodeProps<FzLaneFlowNode>) {
  return (
    <div className="fz-lane" data-testid={`fz-lane-${data.laneId}`} data-lane={data.laneId}>
      <div className="fz-lane__header" style={{ width: LANE_METRICS.headerWidth }}>
        <span className="fz-lane__label" dir="auto" title={data.label}>
          {data.label}
        </span>
      </div>
    </div>
  );
}
