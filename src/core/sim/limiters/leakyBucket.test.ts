import { describe, expect, it } from 'vitest';
import type { SimLeakyBucketConfig } from './config';
import { createLeakyBucket } from './leakyBucket';
import type { SimLimitDecision } from './types';

function nginx(settings: Partial<SimLeakyBucketConfig>) {
  return createLeakyBucket({
    algorithm: 'leaky-bucket',
    rateMilli: 1000,
    burst: 0,
    nodelay: false,
    delay: 0,
    status: 503,
    ...settings,
  });
}

const at = (l: ReturnType<typeof nginx>, ms: number, n: number): SimLimitDecision[] =>
  Array.from({ length: n }, () => l.decide('k', ms));

describe('leaky bucket (NGINX limit_req)', () => {
  it('lets min(N, burst + 1) of N simultaneous requests pass, the k-th delayed (k − 1)/rate', () => {
    const ds = at(nginx({ burst: 5 }), 0, 10);
    expect(ds.map((d) => d.outcome)).toEqual([
      'allowed',
      'delayed',
      'delayed',
      'delayed',
      'delayed',
      'delayed',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(ds.map((d) => d.delayMs).slice(0, 6)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(ds[0]).toMatchObject({ limit: 6, remaining: 5 });
    expect(ds[5]).toMatchObject({ remaining: 0 });
  });

  it('answers 503 by default, with Retry-After to the next free slot', () => {
    const l = nginx({});
    expect(l.decide('k', 0)).toMatchObject({ outcome: 'allowed', resetMs: 1000 });
    const d = l.decide('k', 300);
    expect(d).toMatchObject({ status: 503, body: '503 Service Temporarily Unavailable' });
    expect(d).toMatchObject({ retryAfterMs: 700, resetMs: 700 });
    expect(d.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-remaining': '0' });
    expect(l.decide('k', 999).allowed).toBe(false);
    expect(l.decide('k', 1000).allowed).toBe(true); // burst 0: exactly 1/rate apart
  });

  it('uses the configured limit_req_status', () => {
    const l = nginx({ status: 429 });
    l.decide('k', 0);
    expect(l.decide('k', 0)).toMatchObject({ status: 429, body: '429 Too Many Requests' });
  });

  it('with nodelay passes the burst at once and frees one slot every 1/rate', () => {
    const l = nginx({ burst: 2, nodelay: true });
    expect(at(l, 0, 4).map((d) => d.outcome)).toEqual([
      'allowed',
      'allowed',
      'allowed',
      'rejected',
    ]);
    expect(at(l, 1000, 2).map((d) => d.outcome)).toEqual(['allowed', 'rejected']);
  });

  it('with delay=2 passes 3 undelayed, then delays by (excess − 2000)·1000/rate', () => {
    const ds = at(nginx({ rateMilli: 2000, burst: 5, delay: 2 }), 0, 6);
    expect(ds.map((d) => d.delayMs)).toEqual([0, 0, 0, 500, 1000, 1500]);
  });

  it('keeps excess in milli-requests: 30r/m is 500 milli-req/s, leaking floor(500·Δms/1000)', () => {
    const l = nginx({ rateMilli: 500, burst: 1, nodelay: true });
    expect(l.decide('k', 0).allowed).toBe(true);
    expect(l.decide('k', 1).allowed).toBe(true);
    const d = l.decide('k', 2);
    expect(d.allowed).toBe(false);
    // Needs floor(500·Δ/1000) ≥ 1000 + 1000 − 1000 from the last pass at 1 ms: Δ = 2000.
    expect(d.retryAfterMs).toBe(1999);
    expect(l.decide('k', 2000).allowed).toBe(false);
    expect(l.decide('k', 2001).allowed).toBe(true);
  });

  it('forgets a key once it has fully drained', () => {
    const l = createLeakyBucket(
      {
        algorithm: 'leaky-bucket',
        rateMilli: 1000,
        burst: 3,
        nodelay: true,
        delay: 0,
        status: 503,
      },
      { sweepMinKeys: 0 },
    );
    at(l, 0, 3);
    l.decide('other', 2999);
    expect(l.keyCount()).toBe(2); // k: excess 2000 needs 3000 ms to drain
    l.decide('other', 3000);
    expect(l.keyCount()).toBe(1);
  });
});
