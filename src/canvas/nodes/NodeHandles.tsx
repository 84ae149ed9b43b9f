import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';

/**
 * The four handles every node has, ids `left`/`right`/`top`/`bottom` as in `.handle(dir)`. All
 * are source handles: the canvas runs in `ConnectionMode.Loose`, so any of them can be either end.
 */
export const NodeHandles = memo(function NodeHandles() {
  return (
    <>
      <Handle type="source" id="left" position={Position.Left} className="fz-handle" />
      <Handle type="source" id="right" position={Position.Right} className="fz-handle" />
      <Handle type="source" id="top" position={Position.Top} className="fz-handle" />
      <Handle type="source" id="bottom" position={Position.Bottom} className="fz-handle" />
    </>
  );
});
