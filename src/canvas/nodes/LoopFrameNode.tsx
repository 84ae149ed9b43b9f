import type { NodeProps } from '@xyflow/react';
import type { FzLoopFlowNode } from '../flowTypes';

/** A loop fragment: a dashed rounded frame behind the loop's nodes, `loop [condition]` on top. */
export function LoopFrameNode({ id, data }: NodeProps<FzLoopFlowNode>) {
  return (
    <div className="fz-loop" data-testid={`fz-${id}`}>
      <span className="fz-loop__text" dir="auto" title={data.text}>
        {data.text}
      </span>
    </div>
  );
}
