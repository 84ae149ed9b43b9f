import { describe, expect, it } from 'vitest';
import { progressFraction } from './progress';

describe('progressFraction', () => {
  it('divides answered requests by the expected total', () => {
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(12, 12)).toBe(1);
  });

  it('clamps to [0, 1] (more answers than expected, negative counts)', () => {
    expect(progressFraction(13, 12)).toBe(1);
    expect(progressFraction(-1, 12)).toBe(0);
  });

  it('answers 0 for a zero, negative or non-finite total', () => {
    expect(progressFraction(1, 0)).toBe(0);
    expect(progressFraction(1, -5)).toBe(0);
    expect(progressFraction(1, Number.NaN)).toBe(0);
    expect(progressFraction(Number.NaN, 10)).toBe(0);
  });
});
