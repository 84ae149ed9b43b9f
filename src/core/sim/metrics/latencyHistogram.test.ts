import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../prng';
import { latencyStats } from '../stats';
import { SimLatencyHistogram } from './latencyHistogram';

function recordAll(values: readonly number[]): SimLatencyHistogram {
  const h = new SimLatencyHistogram();
  for (const v of values) h.record(v);
  return h;
}

describe('SimLatencyHistogram', () => {
  it('gives all zeros when empty and the value itself for one sample', () => {
    expect(new SimLatencyHistogram().stats()).toEqual(latencyStats([]));
    expect(recordAll([12.345]).stats()).toEqual(latencyStats([12.345]));
  });

  it('interpolates like k6: the median of an even count is the mean of the middle two', () => {
    const stats = recordAll([4, 1, 3, 2]).stats();
    expect(stats.med).toBe(2.5);
    expect(stats.p90).toBe(3.7); // index 0.9 × 3 = 2.7 → 3 + 0.7 × (4 − 3)
    expect(stats).toEqual(latencyStats([4, 1, 3, 2]));
  });

  it('equals the exact k6 statistics on 200,000 exponential latencies (mean 10 ms)', () => {
    const rng = createRng(7, 1);
    const values = Array.from({ length: 200_000 }, () => -Math.log(1 - rng.next()) * 10);
    expect(recordAll(values).stats()).toEqual(latencyStats(values));
  });

  it('stays within 1/100,000 of the exact value above 262 ms, with memory independent of the count', () => {
    const rng = createRng(3, 2);
    const values = Array.from({ length: 50_000 }, () => 300 + rng.next() * 20_000);
    const h = recordAll(values);
    const exact = latencyStats(values);
    const got = h.stats();
    for (const key of ['med', 'p90', 'p95', 'p99'] as const) {
      expect(Math.abs(got[key] - exact[key])).toBeLessThanOrEqual(exact[key] * 1e-5 + 0.001);
    }
    expect([got.avg, got.min, got.max]).toEqual([exact.avg, exact.min, exact.max]);
    const before = h.footprintBytes;
    for (const v of values) h.record(v);
    expect(h.footprintBytes).toBe(before);
  });

  it('matches the exact statistics on any list of sub-second latencies (property)', () => {
    const latency = fc.integer({ min: 0, max: 250_000 }).map((us) => us / 1000);
    fc.assert(
      fc.property(fc.array(latency, { minLength: 1, maxLength: 300 }), (values) => {
        expect(recordAll(values).stats()).toEqual(latencyStats(values));
      }),
    );
  });

  it('clamps values that virtual time cannot produce (negative, NaN) to 0 instead of failing', () => {
    const stats = recordAll([Number.NaN, -5, 10]).stats();
    expect(stats.min).toBe(0);
    expect(stats.max).toBe(10);
  });
});
