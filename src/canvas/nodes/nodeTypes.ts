import type { NodeProps } from '@xyflow/react';
import type { FzShapeFlowNode } from '../flowTypes';
import { CircleNode } from './CircleNode';
import { DiamondNode } from './DiamondNode';
import { LaneNode } from './LaneNode';
import { LoopFrameNode } from './LoopFrameNode';
import { withNodeBoundary } from './NodeErrorBoundary';
import { RectangleNode } from './RectangleNode';
import { TaskboxNode } from './TaskboxNode';

const shapeOf = (props: NodeProps<FzShapeFlowNode>) => props.data.node.shape;

/**
 * The canvas's node types, built once at module scope: React Flow remounts every node when this
 * object's identity changes. Every type is memoized and has its own error boundary.
 */
export const FZ_NODE_TYPES = {
  fzCircle: withNodeBoundary(CircleNode, shapeOf),
  fzRectangle: withNodeBoundary(RectangleNode, shapeOf),
  fzDiamond: withNodeBoundary(DiamondNode, shapeOf),
  fzTaskbox: withNodeBoundary(TaskboxNode, shapeOf),
  fzLane: withNodeBoundary(LaneNode, () => 'lane'),
  fzLoop: withNodeBoundary(LoopFrameNode, () => 'loop'),
};
