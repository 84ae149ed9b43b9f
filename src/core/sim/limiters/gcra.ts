/**
 * GCRA as redis-cell's `CL.THROTTLE key max_burst count period` computes it (`src/cell/mod.rs`;
 * gateway-semantics.md 2.4), with throttled's HTTP face (429 `limit exceeded`):
 *
 *   T = period / count (emission interval)     τ = T · (max_burst + 1)     limit = max_burst + 1
 *   TAT' = max(TAT, now) + T;   allow iff now ≥ TAT' − τ, then store TAT'
 *   retry_after = (TAT' − τ) − now   (limited only)
 *   reset_after = TAT' − now (allowed)   or   TAT − now (limited)
 *   remaining   = floor((τ − reset_after) / T), 0 when negative
 *
 * Everything is integer nanoseconds, as in redis-cell (`T` truncated to whole ns). Virtual time
 * keeps ns exactness up to 2^53 ns ≈ 104 days; `parseLimiterConfig` keeps τ below that too.
 *
 * One deliberate difference: redis-cell tests `diff.num_seconds() < 0`, which truncates toward
 * zero and so admits requests up to a second early. Here the comparison is exact, and reset and
 * Retry-After are both rounded up, separately (known-pitfalls BR-20: `CL.THROTTLE k 0 2 3` gives
 * 0 s → allowed, 0.2 s → 429 Retry-After 2, 1.2 s → 429, 1.5 s → allowed).
 */
import type { SimGcraConfig } from './config';
import { buildDecision, toRateDecision } from './decision';
import { ceilSeconds, floorDiv } from './intMath';
import { createKeyedState } from './keyedState';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';

/** throttled's body for a denied request. */
export const THROTTLED_LIMITED_BODY = 'limit exceeded';

const NS_PER_MS = 1_000_000;
const NS_PER_S = 1_000_000_000;

/** Creates a GCRA limiter per key; a key seen for the first time has TAT = now (a full bucket). */
export function createGcra(config: SimGcraConfig, options: SimLimiterOptions = {}): SimLimiter {
  const t = Math.max(1, Math.floor(config.emissionNs));
  const burst = Math.max(0, Math.floor(config.burst));
  const tau = t * (burst + 1);
  const limit = burst + 1;
  const store = createKeyedState<number>((tat, now) => tat <= now, options.sweepMinKeys);

  function decide(key: string, nowMs: number): SimLimitDecision {
    const now = Math.round(nowMs * NS_PER_MS);
    const tat = store.get(key) ?? now;
    const newTat = Math.max(tat, now) + t;
    const allowAt = newTat - tau;
    const allowed = now >= allowAt;
    if (allowed) store.set(key, newTat, now);
    const ttl = (allowed ? newTat : tat) - now;
    const next = tau - ttl;
    const retryNs = allowed ? 0 : allowAt - now;
    return buildDecision({
      outcome: allowed ? 'allowed' : 'rejected',
      limit,
      remaining: next > 0 ? floorDiv(next, t) : 0,
      resetMs: ttl / NS_PER_MS,
      resetSeconds: ceilSeconds(ttl, NS_PER_S),
      retryAfterMs: retryNs / NS_PER_MS,
      retryAfterSeconds: ceilSeconds(retryNs, NS_PER_S),
      status: config.status,
      body: THROTTLED_LIMITED_BODY,
    });
  }

  return {
    algorithm: 'gcra',
    decide,
    consume: (key, nowMs) => toRateDecision(decide(key, nowMs)),
    keyCount: () => store.size(),
  };
}
