import { describe, expect, it } from 'vitest';
import { createTimerTokenBucket } from './timerTokenBucket';

describe('legacy Envoy timer bucket', () => {
  const settings = { capacity: 10, tokensPerFill: 5, fillIntervalMs: 1000 };

  it('refills only on timer ticks, which are shared by every key', () => {
    const bucket = createTimerTokenBucket(settings);
    for (let i = 0; i < 10; i++) bucket.decide('a', 900);
    // The tick at 1000 ms refills a's bucket even though a was first seen at 900 ms.
    const ds = Array.from({ length: 6 }, () => bucket.decide('a', 1000));
    expect(ds.filter((d) => d.allowed)).toHaveLength(5);
  });

  it('times Retry-After to the next tick and reset to the tick that fills the bucket', () => {
    const bucket = createTimerTokenBucket(settings);
    for (let i = 0; i < 10; i++) bucket.decide('a', 0);
    const d = bucket.decide('a', 250);
    expect(d).toMatchObject({ outcome: 'rejected', retryAfterMs: 750, resetMs: 1750 });
    expect(d.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-reset': '2' });
  });

  it('caps the bucket at capacity after a long idle time', () => {
    const bucket = createTimerTokenBucket(settings);
    bucket.decide('a', 0);
    expect(bucket.decide('a', 1e12)).toMatchObject({ remaining: 9, resetMs: 1000 });
  });
});
