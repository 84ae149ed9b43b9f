import { describe, expect, it } from 'vitest';
import { latencyStats, percentile, roundMs } from './stats';

describe('k6 percentiles (GS-14)', () => {
  it('10, 20, …, 100 ms', () => {
    const xs = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];
    expect(latencyStats(xs)).toEqual({
      avg: 55,
      min: 10,
      med: 55,
      max: 100,
      p90: 91,
      p95: 95.5,
      p99: 99.1,
    });
  });

  it('1..100 gives p(90) = 90.1 and p(95) = 95.05', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    const s = latencyStats(xs);
    expect(s.p90).toBe(90.1);
    expect(s.p95).toBe(95.05);
    expect(s.med).toBe(50.5);
  });

  it('handles empty and single-sample inputs', () => {
    expect(latencyStats([])).toEqual({ avg: 0, min: 0, med: 0, max: 0, p90: 0, p95: 0, p99: 0 });
    expect(latencyStats([7]).p99).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('rounds to 3 decimals and never prints -0', () => {
    expect(roundMs(1.23456)).toBe(1.235);
    expect(Object.is(roundMs(-0.0001), 0)).toBe(true);
    expect(roundMs(NaN)).toBe(0);
  });
});
