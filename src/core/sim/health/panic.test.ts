import { describe, expect, it } from 'vitest';
import { eligibleInstances, isPanic } from './panic';

describe('panic threshold (Envoy healthy_panic_threshold, strict <)', () => {
  it.each([
    [1, 2, 50, false], // exactly 50 % is not below 50 %
    [0, 2, 50, true],
    [2, 4, 50, false],
    [1, 4, 50, true],
    [1, 3, 50, true],
    [1, 3, 33, false], // 33.3 % is not below 33 %
    [1, 3, 34, true],
    [0, 3, 0, false], // 0 turns panic off
    [0, 0, 50, false],
    [9, 10, 100, true],
    [10, 10, 100, false],
  ])('%i healthy of %i at %i %% → panic %s', (healthy, total, threshold, expected) => {
    expect(isPanic(healthy, total, threshold)).toBe(expected);
  });

  it('outside panic the eligible instances are the healthy ones (same array)', () => {
    const healthy = [0, 2];
    expect(eligibleInstances(healthy, 3, 50)).toBe(healthy);
  });

  it('in panic every instance is eligible', () => {
    expect(eligibleInstances([2], 4, 50)).toEqual([0, 1, 2, 3]);
    expect(eligibleInstances([], 1, 50)).toEqual([0]); // envoy #2671: one ejected host keeps traffic
  });

  it('with panic off and nothing healthy nothing is eligible', () => {
    expect(eligibleInstances([], 3, 0)).toEqual([]);
  });
});
