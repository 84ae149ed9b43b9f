import type { NodeProps } from '@xyflow/react';
import type { FzShapeFlowNode } from '../flowTypes';
import { useShownLabel } from '../useOptimism';
import { NodeFrame, NodeLabel } from './NodeFrame';

/**
 * A `diamond` node (a decision): a real square rotated 45° fills the box corner to corner, and the
 * label sits unrotated on top of it so it stays readable. Handles land on the four tips.
 */
export function DiamondNode({ data, selected }: NodeProps<FzShapeFlowNode>) {
  return (
    <NodeFrame data={data} selected={selected}>
      <div className="fz-diamond__shape" aria-hidden="true" />
      <div className="fz-diamond__text">
        <NodeLabel text={useShownLabel(data.node.id, data.node.label)} />
      </div>
    </NodeFrame>
  );
}
