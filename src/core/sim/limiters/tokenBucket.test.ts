import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './tokenBucket';

function admitted(decisions: { allowed: boolean }[]): number {
  return decisions.filter((d) => d.allowed).length;
}

describe('token bucket (Envoy continuous refill, GS-01)', () => {
  const settings = { capacity: 10, refillPerSec: 5 };

  it('admits 10 of 15 at t=0 and tells the rejected to retry after ceil(0.2 s) = 1 s', () => {
    const bucket = createTokenBucket(settings);
    const ds = Array.from({ length: 15 }, () => bucket.consume('alice', 0));
    expect(admitted(ds)).toBe(10);
    expect(ds[0]).toEqual({
      allowed: true,
      limit: 10,
      remaining: 9,
      resetSeconds: 1,
      retryAfterSeconds: 0,
    });
    expect(ds[9]).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 2 });
    expect(ds[10]).toEqual({
      allowed: false,
      limit: 10,
      remaining: 0,
      resetSeconds: 2,
      retryAfterSeconds: 1,
    });
  });

  it('refills continuously: t=1.0 → 5 of 6, t=1.1 → 429, t=1.2 → 200, t=1.4 → 200', () => {
    const bucket = createTokenBucket(settings);
    for (let i = 0; i < 15; i++) bucket.consume('k', 0);
    const at1 = Array.from({ length: 6 }, () => bucket.consume('k', 1000));
    expect(admitted(at1)).toBe(5);
    expect(bucket.consume('k', 1100).allowed).toBe(false);
    expect(bucket.consume('k', 1200).allowed).toBe(true);
    expect(bucket.consume('k', 1400).allowed).toBe(true);
  });

  it('keeps one bucket per key', () => {
    const bucket = createTokenBucket(settings);
    for (let i = 0; i < 15; i++) bucket.consume('alice', 0);
    expect(bucket.consume('bob', 0).allowed).toBe(true);
  });

  it('admits floor(B + r·T) = 59 of 100 requests sent every 100 ms (no float drift)', () => {
    const bucket = createTokenBucket(settings);
    const ds = Array.from({ length: 100 }, (_, i) => bucket.consume('k', i * 100));
    expect(admitted(ds)).toBe(59);
    expect(ds[19]!.allowed).toBe(false);
    expect(ds[20]!.allowed).toBe(true); // exactly one whole token has refilled at t = 2.0 s
  });

  it('rounds Retry-After up to whole seconds for slow refills', () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerSec: 0.4 });
    bucket.consume('k', 0);
    expect(bucket.consume('k', 0).retryAfterSeconds).toBe(3); // 2.5 s → 3
    expect(bucket.consume('k', 2499).allowed).toBe(false);
    expect(bucket.consume('k', 2500).allowed).toBe(true);
  });

  it('does not overflow after a very long idle gap', () => {
    const bucket = createTokenBucket({ capacity: 1_000_000, refillPerSec: 1_000_000 });
    bucket.consume('k', 0);
    const d = bucket.consume('k', 1e12);
    expect(d).toMatchObject({ allowed: true, remaining: 999_999 });
  });
});

describe('token bucket decide(): headers, status and bounded memory', () => {
  it('sets RateLimit-* on every response and Retry-After only on the 429', () => {
    const bucket = createTokenBucket({ capacity: 2, refillPerSec: 1 });
    const ok = bucket.decide('k', 0);
    expect(ok.headers).toEqual({
      'ratelimit-limit': '2',
      'ratelimit-remaining': '1',
      'ratelimit-reset': '1',
    });
    bucket.decide('k', 0);
    const refused = bucket.decide('k', 250);
    expect(refused).toMatchObject({
      outcome: 'rejected',
      status: 429,
      body: 'local_rate_limited',
      retryAfterMs: 750,
      resetMs: 1750,
    });
    expect(refused.headers).toEqual({
      'ratelimit-limit': '2',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '2',
      'retry-after': '1',
    });
  });

  it('uses the configured status', () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerSec: 1, status: 503 });
    bucket.consume('k', 0);
    expect(bucket.decide('k', 0).status).toBe(503);
  });

  it('forgets keys whose bucket has refilled, so memory follows the active keys', () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerSec: 10 }, { sweepMinKeys: 8 });
    for (let i = 0; i < 1000; i++) bucket.consume(`client-${i}`, i * 100);
    expect(bucket.keyCount()).toBeLessThanOrEqual(8);
  });
});
