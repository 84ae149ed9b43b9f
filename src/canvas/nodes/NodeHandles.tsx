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

const SIDES = ['left', 'right', 'top', 'bottom'] as const;

/**
 * Stand-ins for {@link NodeHandles} at the `shapes` detail level: plain, hidden boxes with React
 * Flow's handle classes and data attributes, so they sit exactly where the real handles sit
 * (React Flow's stylesheet places them) but subscribe to nothing and cannot start or end a
 * connection (`fz-handle--static`: no pointer events). Kept so that if React Flow measures a node
 * while zoomed out, it still finds its four handles and the node's edges stay drawn.
 */
export const StaticHandles = memo(function StaticHandles() {
  return (
    <>
      {SIDES.map((side) => (
        <div
          key={side}
          className={`react-flow__handle react-flow__handle-${side} source fz-handle fz-handle--static`}
          data-handleid={side}
          data-handlepos={side}
          aria-hidden="true"
        />
      ))}
    </>
  );
});
