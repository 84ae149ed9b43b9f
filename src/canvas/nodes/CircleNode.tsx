import type { NodeProps } from '@xyflow/react';
import type { FzShapeFlowNode } from '../flowTypes';
import { useShownLabel } from '../useOptimism';
import { NodeFrame, NodeLabel } from './NodeFrame';

/** A `circle` node (start/end events): a round shape with the label clamped inside. */
export function CircleNode({ data, selected }: NodeProps<FzShapeFlowNode>) {
  return (
    <NodeFrame data={data} selected={selected}>
      <div className="fz-circle">
        <NodeLabel text={useShownLabel(data.node.id, data.node.label)} />
      </div>
    </NodeFrame>
  );
}
