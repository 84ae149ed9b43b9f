/**
 * The rate-limit cases of gateway-semantics.md section 7 (GS-01; the limiter half of GS-07) and
 * known-pitfalls BR-20 and BR-21, with their exact numbers, through the public entry points
 * (`parseLimiterConfig` → `createLimiter` → `decide`).
 */
import { describe, expect, it } from 'vitest';
import { createLimiter } from './createLimiter';
import { parseLimiterConfig } from './parseConfig';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';

function limiter(json: unknown, options: SimLimiterOptions = {}): SimLimiter {
  const parsed = parseLimiterConfig(json, 'nodes.n7');
  if (!('config' in parsed)) throw new Error(parsed.errors.join('\n'));
  return createLimiter(parsed.config, options);
}

function burst(l: SimLimiter, key: string, nowMs: number, n: number): SimLimitDecision[] {
  return Array.from({ length: n }, () => l.decide(key, nowMs));
}

const passed = (ds: SimLimitDecision[]) => ds.filter((d) => d.allowed).length;

describe('GS-01 token-bucket burst (Envoy local_ratelimit, max_tokens 10, 5 per 1 s)', () => {
  const envoy = { algorithm: 'token-bucket', capacity: 10, tokensPerFill: 5, fillIntervalMs: 1000 };

  it('t=0: 15 requests → 10×200, 5×429 with body local_rate_limited and Retry-After 1', () => {
    const ds = burst(limiter(envoy), 'alice', 0, 15);
    expect(passed(ds)).toBe(10);
    for (const d of ds.slice(10)) {
      expect(d).toMatchObject({ outcome: 'rejected', status: 429, body: 'local_rate_limited' });
      expect(d.headers['retry-after']).toBe('1'); // ceil(0.2 s)
    }
  });

  it('continuous refill: t=1.0 → 5×200 + 1×429, t=1.1 → 429, t=1.2 → 200, t=1.4 → 200', () => {
    const l = limiter(envoy);
    burst(l, 'alice', 0, 15);
    const at1 = burst(l, 'alice', 1000, 6);
    expect(at1.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(l.decide('alice', 1100).allowed).toBe(false);
    expect(l.decide('alice', 1200).allowed).toBe(true);
    expect(l.decide('alice', 1400).allowed).toBe(true);
  });

  it('legacy timer mode: t=0.5 → 429 (no refill yet), t=1.0 → 5×200 + 1×429', () => {
    const l = limiter({ ...envoy, refill: 'timer' });
    burst(l, 'alice', 0, 15);
    expect(l.decide('alice', 500).allowed).toBe(false);
    expect(burst(l, 'alice', 1000, 6).map((d) => d.allowed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('another client identity at t=0 → 200 (buckets are per key)', () => {
    const l = limiter(envoy);
    burst(l, 'alice', 0, 15);
    expect(l.decide('bob', 0).allowed).toBe(true);
  });
});

describe('GS-07, the limiter half: Kong 3 per minute per consumer', () => {
  it('the 5 valid requests of one consumer in one minute → 3×200, 2×429', () => {
    // The 15 requests refused by auth never reach the limiter (Kong's jwt runs first), so the
    // consumer's quota sees only its 5 valid requests.
    const l = limiter({ algorithm: 'fixed-window', minute: 3 });
    const ds = burst(l, 'consumer-alice', 0, 5);
    expect(ds.map((d) => d.status ?? 200)).toEqual([200, 200, 200, 429, 429]);
    expect(ds[3]!.body).toBe('{"message":"API rate limit exceeded"}');
  });
});

describe('BR-20: GCRA CL.THROTTLE k 0 2 3 (emission interval 1.5 s)', () => {
  it('0 s allowed; 0.2 s → 429 Retry-After 2 (ceil 1.3, never 1); 1.2 s → 429; 1.5 s allowed', () => {
    const l = limiter({ algorithm: 'gcra', burst: 0, count: 2, periodSec: 3 });
    const at = (s: number) => l.decide('k', s * 1000);
    expect(at(0)).toMatchObject({ outcome: 'allowed', retryAfterMs: 0, resetMs: 1500 });
    const early = at(0.2);
    expect(early).toMatchObject({ outcome: 'rejected', status: 429, retryAfterMs: 1300 });
    expect(early.headers['retry-after']).toBe('2');
    expect(at(1.2)).toMatchObject({ outcome: 'rejected', retryAfterMs: 300, resetMs: 300 });
    expect(at(1.5).outcome).toBe('allowed'); // the exact boundary
  });

  it('reports reset (bucket full again) and Retry-After (next request allowed) separately', () => {
    // With burst 2 the two differ: three requests fill the tolerance, the fourth waits one
    // interval, but the bucket is full only after all three intervals.
    const g = limiter({ algorithm: 'gcra', burst: 2, count: 1, periodSec: 1 });
    burst(g, 'k', 0, 3);
    const d = g.decide('k', 0);
    expect(d).toMatchObject({ outcome: 'rejected', retryAfterMs: 1000, resetMs: 3000 });
    expect(d.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-reset': '3' });
  });
});

describe('BR-21: Kong fixed windows minute=3 and hour=10', () => {
  const epochMs = Date.UTC(2026, 0, 1, 12, 34, 50, 700); // the scenario starts at 12:34:50.7 UTC

  it('3×200, then 429 with RateLimit-Reset 10 and Retry-After 10; 12:35:00.2 → 200', () => {
    const l = limiter({ algorithm: 'fixed-window', minute: 3, hour: 10 }, { epochMs });
    const ds = burst(l, 'k', 0, 4);
    expect(ds.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(ds[3]!.headers).toMatchObject({
      'ratelimit-limit': '3',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '10',
      'retry-after': '10',
      'x-ratelimit-remaining-minute': '0',
      'x-ratelimit-remaining-hour': '7', // the rejected request was not counted
    });
    const next = l.decide('k', 9500); // 12:35:00.2
    expect(next.allowed).toBe(true);
    expect(next.headers['x-ratelimit-remaining-hour']).toBe('6');
  });

  it('gives the same values on every rerun (no jitter)', () => {
    const run = () =>
      burst(limiter({ algorithm: 'fixed-window', minute: 3, hour: 10 }, { epochMs }), 'k', 0, 4);
    expect(run()).toEqual(run());
  });

  it('with day=5 only, RateLimit-Reset is the whole seconds to UTC midnight', () => {
    const d = limiter({ algorithm: 'fixed-window', day: 5 }, { epochMs }).decide('k', 0);
    // 24:00:00 − 12:34:50.7 = 41 109.3 s → 41 110.
    expect(d.headers['ratelimit-reset']).toBe('41110');
    expect(d.resetMs).toBe(41_109_300);
  });
});
