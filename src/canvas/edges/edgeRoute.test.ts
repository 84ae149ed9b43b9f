import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { isBackEdge, verticalRunY } from './edgeRoute';

describe('verticalRunY', () => {
  it('turns a downward bottom→top edge just above its target, not half-way', () => {
    expect(verticalRunY(100, 400, Position.Bottom, Position.Top)).toBe(378);
  });

  it('turns an upward top→bottom edge just below its target', () => {
    expect(verticalRunY(400, 100, Position.Top, Position.Bottom)).toBe(122);
  });

  it('never turns before the half-way point on short hops', () => {
    expect(verticalRunY(100, 120, Position.Bottom, Position.Top)).toBe(110);
  });

  it('leaves side-to-side and backwards vertical edges to React Flow', () => {
    expect(verticalRunY(100, 400, Position.Right, Position.Left)).toBeUndefined();
    expect(verticalRunY(400, 100, Position.Bottom, Position.Top)).toBeUndefined();
  });
});

describe('isBackEdge', () => {
  it('spots a right→left edge whose target lies to the left', () => {
    expect(isBackEdge(500, 100, Position.Right, Position.Left)).toBe(true);
    expect(isBackEdge(100, 500, Position.Right, Position.Left)).toBe(false);
    expect(isBackEdge(100, 500, Position.Left, Position.Right)).toBe(true);
    expect(isBackEdge(500, 100, Position.Bottom, Position.Top)).toBe(false);
  });
});
