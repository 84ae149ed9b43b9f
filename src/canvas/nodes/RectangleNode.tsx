import type { NodeProps } from '@xyflow/react';
import type { FzShapeFlowNode } from '../flowTypes';
import { useShownLabel } from '../useOptimism';
import { NodeFrame, NodeLabel } from './NodeFrame';

/** A `rectangle` node (a step): a rounded box with the label wrapped and clamped. */
export function RectangleNode({ data, selected }: NodeProps<FzShapeFlowNode>) {
  return (
    <NodeFrame data={data} selected={selected}>
      <div className="fz-rectangle">
        <NodeLabel text={useShownLabel(data.node.id, data.node.label)} />
      </div>
    </NodeFrame>
  );
}
