import { describe, expect, it } from 'vitest';
import { createSlidingWindow } from './slidingWindow';
import type { SimSlidingWindowConfig } from './config';

const EPOCH = Date.UTC(2026, 2, 10); // windows of 1 s and 60 s start at virtual 0

function sliding(limit: number, windowMs: number, disablePenalty = false) {
  const config: SimSlidingWindowConfig = {
    algorithm: 'sliding-window',
    limit,
    windowMs,
    disablePenalty,
    status: 429,
  };
  return createSlidingWindow(config, { epochMs: EPOCH });
}

/** 8 requests in the first minute, then the limiter at 75 s (25 % into the second minute). */
function afterEightInFirstMinute(disablePenalty: boolean) {
  const l = sliding(10, 60_000, disablePenalty);
  for (let i = 0; i < 8; i++) l.decide('k', i * 1000);
  return l;
}

describe('sliding window (Kong Rate Limiting Advanced counter)', () => {
  it('weights the previous window: est = 8·45/60 + cur admits 4 at 75 s, the 5th is refused', () => {
    const l = afterEightInFirstMinute(false);
    const ds = Array.from({ length: 5 }, () => l.decide('k', 75_000));
    expect(ds.map((d) => d.allowed)).toEqual([true, true, true, true, false]);
    // After the first: est = 6 + 1 = 7 → 3 left; the estimate is 0 again when minute 2 is over.
    expect(ds[0]).toMatchObject({ remaining: 3, resetMs: 105_000, resetSeconds: 105 });
    expect(ds[0]!.headers).toMatchObject({
      'x-ratelimit-limit-minute': '10',
      'x-ratelimit-remaining-minute': '3',
    });
    expect(ds[3]!.remaining).toBe(0);
  });

  it('counts the refused request by default (penalty), so Retry-After grows', () => {
    // Without penalty: 8·(60 − x)/60 + 4 < 10 ⇔ x > 15 s → 1 ms later.
    const free = afterEightInFirstMinute(true);
    for (let i = 0; i < 4; i++) free.decide('k', 75_000);
    expect(free.decide('k', 75_000)).toMatchObject({ retryAfterMs: 1, retryAfterSeconds: 1 });
    // With penalty the refusal makes cur = 5: 8·(60 − x)/60 + 5 < 10 ⇔ x > 22.5 s.
    const kong = afterEightInFirstMinute(false);
    for (let i = 0; i < 4; i++) kong.decide('k', 75_000);
    const d = kong.decide('k', 75_000);
    expect(d).toMatchObject({ retryAfterMs: 7501, retryAfterSeconds: 8 });
    expect(d.headers['retry-after']).toBe('8');
  });

  it('admits exactly at now + retryAfterMs, and not 1 ms before', () => {
    const make = () => {
      const l = afterEightInFirstMinute(false);
      for (let i = 0; i < 5; i++) l.decide('k', 75_000);
      return l;
    };
    expect(make().decide('k', 75_000 + 7500).allowed).toBe(false);
    expect(make().decide('k', 75_000 + 7501).allowed).toBe(true);
  });

  it('does not reset at the window edge: 2 at the last ms, the first ms of the next is refused', () => {
    const l = sliding(2, 1000);
    expect(l.decide('k', 999).allowed).toBe(true);
    expect(l.decide('k', 999).allowed).toBe(true);
    expect(l.decide('k', 1000).allowed).toBe(false); // est = 2·1000/1000 + 0 = 2
    // The refusal counted (cur = 1): 2·(1000 − x)/1000 + 1 < 2 ⇔ x > 500.
    expect(l.decide('k', 1500).allowed).toBe(false);
  });

  it('keeps a client that never stops retrying blocked, as Kong documents', () => {
    const penalised = sliding(10, 60_000);
    const relaxed = sliding(10, 60_000, true);
    const admitted = { penalised: [] as number[], relaxed: [] as number[] };
    for (let s = 0; s < 180; s++) {
      if (penalised.decide('k', s * 1000).allowed) admitted.penalised.push(s);
      if (relaxed.decide('k', s * 1000).allowed) admitted.relaxed.push(s);
    }
    expect(admitted.penalised).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // disablePenalty: in minute 2, prev = 10, so x > 6 s · cur: admitted at 61, 67, 73 … 115 s.
    expect(admitted.relaxed.filter((s) => s >= 60 && s < 120)).toEqual([
      61, 67, 73, 79, 85, 91, 97, 103, 109, 115,
    ]);
  });

  it('waits for the window after next when the current count alone exceeds the limit', () => {
    const make = () => {
      const l = sliding(1, 1000);
      l.decide('k', 0);
      for (let i = 0; i < 1000; i++) l.decide('k', 10); // cur = 1001 with the penalty
      return l;
    };
    // Next window: 1001·(1000 − x)/1000 < 1 ⇔ x ≥ 1000, never: wait until 2000 ms.
    expect(make().decide('k', 20).retryAfterMs).toBe(1980);
    expect(make().decide('k', 1999).allowed).toBe(false);
    expect(make().decide('k', 2000).allowed).toBe(true);
  });
});
