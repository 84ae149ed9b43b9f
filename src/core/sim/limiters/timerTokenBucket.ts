/**
 * Envoy's legacy timer-based token bucket (`local_ratelimit` before the atomic bucket): every
 * `fill_interval`, one timer adds `tokens_per_fill` to every bucket, capped at `max_tokens`
 * (gateway-semantics.md 2.1, "Legacy algorithm"). Buckets start full. The timer runs from virtual
 * time 0 (Envoy's start), so fills happen at 0, I, 2I… for every key alike: between two ticks no
 * token comes back (GS-01: t = 0.5 s → 429, t = 1.0 s → 5 × 200).
 *
 * State is whole tokens plus the index of the last tick applied; no fractions arise.
 */
import { buildDecision, toRateDecision } from './decision';
import { ceilDiv, ceilSeconds } from './intMath';
import { createKeyedState } from './keyedState';
import { ENVOY_LIMITED_BODY } from './tokenBucket';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';

/**
 * Legacy Envoy bucket settings: `capacity` (`max_tokens`, ≥ 1), `tokensPerFill` (≥ 1, Envoy
 * default 1) added every `fillIntervalMs` (≥ 1; Envoy requires ≥ 50), `status` for rejections
 * (default 429).
 */
export interface SimTimerBucketSettings {
  capacity: number;
  tokensPerFill: number;
  fillIntervalMs: number;
  status?: number;
}

interface TimerBucketState {
  tokens: number;
  tick: number;
}

/** Creates the timer-refilled bucket; fractional settings are floored, and raised to 1 if below. */
export function createTimerTokenBucket(
  settings: SimTimerBucketSettings,
  options: SimLimiterOptions = {},
): SimLimiter {
  const capacity = Math.max(1, Math.floor(settings.capacity));
  const perFill = Math.max(1, Math.floor(settings.tokensPerFill));
  const intervalMs = Math.max(1, Math.floor(settings.fillIntervalMs));
  const status = settings.status ?? 429;
  const ticksToFull = ceilDiv(capacity, perFill);
  const refill = (s: TimerBucketState, tick: number): number => {
    const ticks = tick - s.tick;
    // Past ticksToFull ticks the bucket is full whatever it held; this also avoids overflow.
    return ticks >= ticksToFull ? capacity : Math.min(capacity, s.tokens + ticks * perFill);
  };
  const buckets = createKeyedState<TimerBucketState>(
    (s, nowMs) => refill(s, Math.floor(nowMs / intervalMs)) === capacity,
    options.sweepMinKeys,
  );

  function decide(key: string, nowMs: number): SimLimitDecision {
    const tick = Math.floor(nowMs / intervalMs);
    const state = buckets.get(key) ?? { tokens: capacity, tick };
    state.tokens = refill(state, tick);
    state.tick = tick;
    const allowed = state.tokens >= 1;
    if (allowed) state.tokens -= 1;
    buckets.set(key, state, nowMs);

    // Times are measured to the next ticks; nowMs may carry a fraction, so keep ms exact as given.
    const untilTick = (n: number): number => (tick + n) * intervalMs - nowMs;
    const fillsToFull = ceilDiv(capacity - state.tokens, perFill);
    const resetMs = fillsToFull === 0 ? 0 : untilTick(fillsToFull);
    const retryAfterMs = allowed ? 0 : untilTick(1);
    return buildDecision({
      outcome: allowed ? 'allowed' : 'rejected',
      limit: capacity,
      remaining: state.tokens,
      resetMs,
      resetSeconds: ceilSeconds(Math.ceil(resetMs), 1000),
      retryAfterMs,
      retryAfterSeconds: ceilSeconds(Math.ceil(retryAfterMs), 1000),
      status,
      body: ENVOY_LIMITED_BODY,
    });
  }

  return {
    algorithm: 'token-bucket',
    decide,
    consume: (key, nowMs) => toRateDecision(decide(key, nowMs)),
    keyCount: () => buckets.size(),
  };
}
