import { describe, expect, it } from 'vitest';
import { DETAIL_MIN_ZOOM, detailLevelAt } from './detailLevel';
import { MIN_READABLE_ZOOM } from './initialViewport';

describe('detailLevelAt', () => {
  it('draws plain shapes below half the readable zoom, full detail from there up', () => {
    expect(DETAIL_MIN_ZOOM).toBeCloseTo(MIN_READABLE_ZOOM / 2);
    expect(detailLevelAt(0.05)).toBe('shapes');
    expect(detailLevelAt(DETAIL_MIN_ZOOM - 0.001)).toBe('shapes');
    expect(detailLevelAt(DETAIL_MIN_ZOOM)).toBe('full');
    expect(detailLevelAt(MIN_READABLE_ZOOM)).toBe('full');
  });

  it('treats a zoom that is not a number as full detail', () => {
    expect(detailLevelAt(Number.NaN)).toBe('full');
  });
});
