import { describe, expect, it } from 'vitest';
import { drawLatency } from './latency';
import { createRng } from './prng';
import { percentile } from './stats';

function sample(spec: Parameters<typeof drawLatency>[0], n = 20_000): Float64Array {
  const rng = createRng(11);
  return Float64Array.from({ length: n }, () => drawLatency(spec, rng)).sort();
}

describe('drawLatency', () => {
  it('constant is constant', () => {
    expect(drawLatency({ dist: 'constant', ms: 7 }, createRng(1))).toBe(7);
  });

  it('uniform stays within [min, max) with the middle as median', () => {
    const xs = sample({ dist: 'uniform', minMs: 10, maxMs: 20 });
    expect(xs[0]).toBeGreaterThanOrEqual(10);
    expect(xs[xs.length - 1]).toBeLessThan(20);
    expect(Math.abs(percentile(xs, 0.5) - 15)).toBeLessThan(0.2);
  });

  it('exponential has median mean·ln 2', () => {
    const xs = sample({ dist: 'exponential', meanMs: 10 });
    expect(Math.abs(percentile(xs, 0.5) - 10 * Math.LN2)).toBeLessThan(0.25);
  });

  it('lognormal has the given median and p(84) ≈ median·e^sigma', () => {
    const xs = sample({ dist: 'lognormal', medianMs: 20, sigma: 0.5 });
    expect(Math.abs(percentile(xs, 0.5) - 20)).toBeLessThan(0.5);
    expect(Math.abs(percentile(xs, 0.8413) - 20 * Math.exp(0.5))).toBeLessThan(1);
  });
});
