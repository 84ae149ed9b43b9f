/**
 * Sliding window as Kong Rate Limiting Advanced does it (`window_type: sliding`, its default):
 * the sliding-window *counter*, not a log. Each key keeps the counts of the current and the
 * previous clock-aligned window (`floor(t / W)`), and weights the previous one by the share of it
 * the sliding window still covers (gateway-semantics.md 2.2; Kong's "Rate limiting window types"
 * page; the same estimate as RussellLuo/slidingwindow, "the algorithm used by Kong"):
 *
 *   est = prev · (W − elapsed) / W + cur,   reject iff est ≥ limit
 *
 * Why this variant: it is what the gateway the simulator imitates runs, it keeps two integers
 * per key instead of a timestamp per request, and Kong's documented quirk comes with it: with
 * `disable_penalty: false` (the default) rejected requests are counted too, so a client that
 * keeps retrying stays blocked ("each additional request … will extend the wait time").
 *
 * All arithmetic is on integer ms; `est ≥ limit` is tested as `prev·(W−e) + cur·W ≥ limit·W`.
 * Headers: RateLimit-* with `remaining = max(0, limit − floor(est after this request))`, reset =
 * time until the estimate is back to 0, Retry-After = time until a request would be admitted;
 * Kong's `x-ratelimit-*-<window>` pair named as in the fixed-window plugin. Body and status as
 * Kong (`{"message":"API rate limit exceeded"}`, 429).
 */
import type { SimSlidingWindowConfig } from './config';
import { buildDecision, toRateDecision } from './decision';
import { KONG_LIMITED_BODY } from './fixedWindow';
import { ceilSeconds, mulCeilDiv, mulFloorDiv, mulLess } from './intMath';
import { createKeyedState } from './keyedState';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';
import { SIM_LIMITER_EPOCH_MS } from './types';
import { windowName } from './windowNames';

interface SlidingCounts {
  /** Index of the current window (`floor(t / W)`), its count and the previous window's. */
  index: number;
  cur: number;
  prev: number;
}

/** Creates a Kong-style sliding-window counter; `options.epochMs` is UTC at virtual time 0. */
export function createSlidingWindow(
  config: SimSlidingWindowConfig,
  options: SimLimiterOptions = {},
): SimLimiter {
  const epochMs = Math.floor(options.epochMs ?? SIM_LIMITER_EPOCH_MS);
  const { limit, windowMs: w } = config;
  const name = windowName(w);
  const store = createKeyedState<SlidingCounts>(
    (s, t) => Math.floor(t / w) >= s.index + 2 || (s.cur === 0 && s.prev === 0),
    options.sweepMinKeys,
  );
  /** `prev·(W − e) + cur·W < limit·W`, i.e. the estimate is below the limit. */
  const below = (prev: number, cur: number, e: number): boolean =>
    cur < limit && mulLess(prev, w - e, limit - cur, w);

  function decide(key: string, nowMs: number): SimLimitDecision {
    const t = epochMs + Math.floor(nowMs);
    const index = Math.floor(t / w);
    const e = t - index * w;
    const s = rolled(store.get(key), index);
    const allowed = below(s.prev, s.cur, e);
    if (allowed || !config.disablePenalty) {
      s.cur += 1;
      store.set(key, s, t);
    }

    const estFloor = s.cur + mulFloorDiv(s.prev, w - e, w);
    const windowStart = index * w;
    const resetMs = s.cur > 0 ? windowStart + 2 * w - t : s.prev > 0 ? windowStart + w - t : 0;
    const retryAfterMs = allowed ? 0 : firstAdmission(s, e) - e;
    const extraHeaders: Record<string, string> = {};
    if (name !== null) {
      extraHeaders[`x-ratelimit-limit-${name}`] = String(limit);
      extraHeaders[`x-ratelimit-remaining-${name}`] = String(Math.max(0, limit - estFloor));
    }
    return buildDecision({
      outcome: allowed ? 'allowed' : 'rejected',
      limit,
      remaining: Math.max(0, limit - estFloor),
      resetMs,
      resetSeconds: ceilSeconds(resetMs, 1000),
      retryAfterMs,
      retryAfterSeconds: ceilSeconds(retryAfterMs, 1000),
      status: config.status,
      body: KONG_LIMITED_BODY,
      extraHeaders,
    });
  }

  /**
   * The earliest offset from the current window's start (ms) at which a request would pass,
   * given the counts after this request. The estimate only falls as time goes on, so look in
   * this window, then the next (where `cur` becomes `prev`), then the one after (empty).
   */
  function firstAdmission(s: SlidingCounts, e: number): number {
    // In window k, est < limit ⇔ prev·(W − x) < (limit − cur)·W ⇔ x ≥ W − ceil((limit−cur)·W/prev) + 1.
    if (s.cur < limit && s.prev > 0) {
      const x = w - mulCeilDiv(limit - s.cur, w, s.prev) + 1;
      if (x < w) return Math.max(x, e + 1);
    }
    // In window k + 1: prev' = cur, cur' = 0.
    if (s.cur < limit) return w;
    const x = w - mulCeilDiv(limit, w, s.cur) + 1;
    return x < w ? w + Math.max(0, x) : 2 * w;
  }

  return {
    algorithm: 'sliding-window',
    decide,
    consume: (key, nowMs) => toRateDecision(decide(key, nowMs)),
    keyCount: () => store.size(),
  };
}

/** The key's counts moved to window `index` (a fresh copy; the stored state is not touched). */
function rolled(s: SlidingCounts | undefined, index: number): SlidingCounts {
  if (s === undefined || s.index + 1 < index) return { index, cur: 0, prev: 0 };
  if (s.index + 1 === index) return { index, cur: 0, prev: s.cur };
  return { index, cur: s.cur, prev: s.prev };
}
