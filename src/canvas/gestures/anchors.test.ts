import { describe, expect, it } from 'vitest';
import { edgeMidpoint, flowToPane, handlePoint, menuPosition } from './anchors';

const BOX = { x: 100, y: 40, width: 160, height: 60 };

describe('handlePoint', () => {
  it('puts each handle in the middle of its side', () => {
    expect(handlePoint(BOX, 'left')).toEqual({ x: 100, y: 70 });
    expect(handlePoint(BOX, 'right')).toEqual({ x: 260, y: 70 });
    expect(handlePoint(BOX, 'top')).toEqual({ x: 180, y: 40 });
    expect(handlePoint(BOX, 'bottom')).toEqual({ x: 180, y: 100 });
  });
});

describe('edgeMidpoint', () => {
  it('is half-way between the two handles', () => {
    const target = { x: 400, y: 240, width: 100, height: 40 };
    expect(edgeMidpoint(BOX, 'right', target, 'top')).toEqual({ x: 355, y: 155 });
  });
});

describe('flowToPane', () => {
  it('applies zoom, then translation', () => {
    expect(flowToPane({ x: 100, y: 50 }, [20, -10, 0.5])).toEqual({ x: 70, y: 15 });
  });
});

describe('menuPosition', () => {
  const size = { width: 200, height: 150 };
  const pane = { width: 800, height: 500 };

  it('opens at the pointer when the menu fits', () => {
    expect(menuPosition({ x: 30, y: 40 }, size, pane)).toEqual({ x: 30, y: 40 });
  });

  it('flips left at the right edge and rises at the bottom edge', () => {
    expect(menuPosition({ x: 700, y: 400 }, size, pane)).toEqual({ x: 500, y: 350 });
  });

  it('never goes past the top-left corner of a small pane', () => {
    expect(menuPosition({ x: 50, y: 50 }, size, { width: 120, height: 90 })).toEqual({
      x: 0,
      y: 0,
    });
  });
});
