import { describe, expect, it } from 'vitest';
import { createGcra } from './gcra';

const NS_PER_S = 1_000_000_000;

describe('GCRA (redis-cell CL.THROTTLE)', () => {
  it('matches the README: CL.THROTTLE user123 15 30 60 → [0, 16, 15, -1, 2]', () => {
    const l = createGcra({ algorithm: 'gcra', burst: 15, emissionNs: 2 * NS_PER_S, status: 429 });
    const d = l.decide('user123', 0);
    expect(d).toMatchObject({ allowed: true, limit: 16, remaining: 15, retryAfterSeconds: 0 });
    expect(d.resetSeconds).toBe(2);
  });

  it('replays redis-cell’s own test table (max_burst 4, 1 per second)', () => {
    const l = createGcra({ algorithm: 'gcra', burst: 4, emissionNs: NS_PER_S, status: 429 });
    // (ms, limited, remaining, reset_after ms, retry_after ms) from src/cell/mod.rs it_rate_limits.
    const table: [number, boolean, number, number, number][] = [
      [0, false, 4, 1000, 0],
      [0, false, 3, 2000, 0],
      [0, false, 2, 3000, 0],
      [0, false, 1, 4000, 0],
      [0, false, 0, 5000, 0],
      [0, true, 0, 5000, 1000],
      [3000, false, 2, 3000, 0],
      [3100, false, 1, 3900, 0],
      [4000, false, 1, 4000, 0],
      [8000, false, 4, 1000, 0],
      [9500, false, 4, 1000, 0],
    ];
    for (const [ms, limited, remaining, resetMs, retryAfterMs] of table) {
      expect(l.decide('foo', ms)).toMatchObject({
        allowed: !limited,
        limit: 5,
        remaining,
        resetMs,
        retryAfterMs,
      });
    }
  });

  it('refuses a request that comes a fraction of a second early (redis-cell would admit it)', () => {
    const l = createGcra({ algorithm: 'gcra', burst: 0, emissionNs: NS_PER_S, status: 429 });
    l.decide('k', 0);
    const d = l.decide('k', 999.999); // 1 µs early
    expect(d).toMatchObject({ allowed: false, retryAfterMs: 0.001, retryAfterSeconds: 1 });
    expect(l.decide('k', 1000).allowed).toBe(true);
  });

  it('answers with throttled’s 429 body, or the configured status', () => {
    const l = createGcra({ algorithm: 'gcra', burst: 0, emissionNs: NS_PER_S, status: 503 });
    l.decide('k', 0);
    expect(l.decide('k', 0)).toMatchObject({ status: 503, body: 'limit exceeded' });
  });

  it('keeps one TAT per key and drops keys whose bucket is full again', () => {
    const l = createGcra(
      { algorithm: 'gcra', burst: 1, emissionNs: NS_PER_S, status: 429 },
      { sweepMinKeys: 0 },
    );
    l.decide('a', 0);
    l.decide('a', 0);
    expect(l.decide('b', 0).allowed).toBe(true);
    expect(l.keyCount()).toBe(2);
    l.decide('c', 2000); // a and b are full again at 2 s
    expect(l.keyCount()).toBe(1);
  });
});
