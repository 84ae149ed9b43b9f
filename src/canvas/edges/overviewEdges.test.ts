import { describe, expect, it } from 'vitest';
import type { FzFlowEdge, FzFlowNode } from '../flowTypes';
import { overviewEdgePaths } from './overviewEdges';

function shape(id: string, x: number, y: number): FzFlowNode {
  return {
    id,
    type: 'fzRectangle',
    position: { x, y },
    width: 100,
    height: 40,
    data: { node: { id, lane: 'A', shape: 'rectangle', label: id } },
  } as FzFlowNode;
}

function edge(
  id: string,
  source: string,
  target: string,
  handles: [string, string],
  crossLane = false,
): FzFlowEdge {
  return {
    id,
    type: 'fzEdge',
    source,
    target,
    sourceHandle: handles[0],
    targetHandle: handles[1],
    data: { crossLane },
  };
}

const lane = {
  id: 'lane-A',
  type: 'fzLane',
  position: { x: 0, y: 0 },
  width: 1000,
  height: 200,
  data: {},
} as unknown as FzFlowNode;

describe('overviewEdgePaths', () => {
  it('draws an edge from its source handle to its target handle (middles of the sides)', () => {
    const { inLane, crossLane } = overviewEdgePaths(
      [lane, shape('n1', 0, 0), shape('n2', 300, 0)],
      [edge('e1', 'n1', 'n2', ['right', 'left'])],
    );
    expect(crossLane).toBe('');
    // Right middle of n1 (100, 20) to left middle of n2 (300, 20).
    expect(inLane).toMatch(/^M ?100[ ,]20(?![\d.])/);
    expect(inLane).toMatch(/(?<![\d.])300[ ,]20$/);
  });

  it('keeps lane hops in their own path, and leaves out edges it cannot place', () => {
    const { inLane, crossLane } = overviewEdgePaths(
      [shape('n1', 0, 0), shape('n2', 0, 300)],
      [
        edge('e1', 'n1', 'n2', ['bottom', 'top'], true),
        edge('e2', 'n1', 'n9', ['right', 'left']),
        edge('e3', 'n1', 'n2', ['middle', 'left']),
      ],
    );
    expect(inLane).toBe('');
    // Bottom middle of n1 (50, 40) down to the top middle of n2 (50, 300).
    expect(crossLane).toMatch(/^M ?50[ ,]40(?![\d.])/);
    expect(crossLane).toMatch(/(?<![\d.])50[ ,]300$/);
  });
});
