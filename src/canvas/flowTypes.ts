import type { Edge, Node } from '@xyflow/react';
import type { FzNode } from '../core/model/types';

/** Per-node traffic counters of a simulation run, as the canvas badge shows them. */
export interface FzNodeBadgeCounts {
  /** Requests that reached the node. */
  arrivals: number;
  /** Requests the node let through. */
  passed: number;
  /** Requests the node turned away (401, 429, …). */
  rejected: number;
}

/** Errors and warnings on a node's (or an edge's) line of the current text. */
export interface FzNodeProblem {
  /** The worst of them. */
  severity: 'error' | 'warning';
  count: number;
}

/**
 * What a shape node renders: the model node, during/after a simulation its counters, and the
 * problems the current text has on its line.
 */
// React Flow requires node data to be a `Record<string, unknown>`, which interfaces never satisfy.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export type FzShapeNodeData = { node: FzNode; badge?: FzNodeBadgeCounts; problem?: FzNodeProblem };

/** React Flow node type names of the four shapes (keys of `nodeTypes`). */
export type FzShapeNodeType = 'fzCircle' | 'fzRectangle' | 'fzDiamond' | 'fzTaskbox';

/** A diagram node on the canvas. */
export type FzShapeFlowNode = Node<FzShapeNodeData, FzShapeNodeType>;

/** A swimlane band on the canvas (drawn behind everything). */
export type FzLaneFlowNode = Node<{ laneId: string; label: string }, 'fzLane'>;

/** A loop frame on the canvas: the dashed box and its `loop [condition]` text. */
export type FzLoopFlowNode = Node<{ text: string }, 'fzLoop'>;

/** Every kind of node the canvas holds. */
export type FzFlowNode = FzShapeFlowNode | FzLaneFlowNode | FzLoopFlowNode;

/** A diagram edge on the canvas; `crossLane` lets the style tell lane hops apart. */
export type FzFlowEdge = Edge<{ label?: string; crossLane: boolean }, 'fzEdge'>;
