import { describe, expect, it } from 'vitest';
import { estimatedHandles } from './flowHandles';

describe('estimatedHandles', () => {
  it('puts a 7 px handle on the middle of each side, as the browser draws them', () => {
    // Measured on the canvas for a 154 × 52 rectangle: left -3.5,22.5 · right 150.5,22.5 ·
    // top 73.5,-3.5 · bottom 73.5,48.5.
    const at = Object.fromEntries(
      estimatedHandles(154, 52).map((h) => [h.id, [h.x, h.y, h.width, h.height, h.type]]),
    );
    expect(at).toEqual({
      left: [-3.5, 22.5, 7, 7, 'source'],
      right: [150.5, 22.5, 7, 7, 'source'],
      top: [73.5, -3.5, 7, 7, 'source'],
      bottom: [73.5, 48.5, 7, 7, 'source'],
    });
  });

  it('treats sizes that are not numbers as zero', () => {
    expect(estimatedHandles(Number.NaN, Infinity).every((h) => Math.abs(h.x) <= 3.5)).toBe(true);
  });
});
