/**
 * Token bucket with continuous refill, as Envoy's `local_ratelimit` (`AtomicTokenBucketImpl`)
 * does it: `tokens(t) = min(capacity, tokens(t0) + r·(t − t0))`, admit iff at least one whole
 * token is there. The bucket starts full. Rejections answer 429 with body `local_rate_limited`
 * (gateway-semantics.md 2.1).
 *
 * State is integer: time in µs and tokens in units of 1e-9 token, so one µs of refill is a whole
 * number of units (`round(refillPerSec·1000)`). Floats would admit one token too few at exact
 * refill boundaries (gateway-semantics.md, conventions).
 */
import { buildDecision, toRateDecision } from './decision';
import { ceilDiv, ceilSeconds } from './intMath';
import { createKeyedState } from './keyedState';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';

/**
 * Token-bucket settings: `capacity` tokens (≥ 1), refilled at `refillPerSec` tokens per second;
 * `status` for rejections (default 429, Envoy's `status`).
 */
export interface SimTokenBucketSettings {
  capacity: number;
  refillPerSec: number;
  status?: number;
}

const UNITS_PER_TOKEN = 1_000_000_000;
/** Envoy's body for a locally rate-limited request. */
export const ENVOY_LIMITED_BODY = 'local_rate_limited';

interface BucketState {
  units: number;
  lastUs: number;
}

/**
 * Creates a token bucket per key (each key starts with a full bucket the first time it is seen).
 * A capacity below 1 is raised to 1 and fractions are dropped; the refill rate is rounded to
 * 0.001 token/s and never below it (the scenario schema refuses slower rates), so every 429
 * carries a finite Retry-After of at least 1 s.
 */
export function createTokenBucket(
  settings: SimTokenBucketSettings,
  options: SimLimiterOptions = {},
): SimLimiter {
  const capacity = Math.max(1, Math.floor(settings.capacity));
  const capacityUnits = capacity * UNITS_PER_TOKEN;
  // Units gained per µs: tokens/s × 1e9 units / 1e6 µs.
  const unitsPerUs = Math.max(1, Math.round(settings.refillPerSec * 1000));
  const status = settings.status ?? 429;
  const refill = (state: BucketState, nowUs: number): number => {
    if (state.units >= capacityUnits) return capacityUnits;
    // Cap the elapsed time before multiplying so a long idle gap cannot overflow 2^53.
    const toFullUs = ceilDiv(capacityUnits - state.units, unitsPerUs);
    const elapsedUs = Math.max(0, nowUs - state.lastUs);
    return Math.min(capacityUnits, state.units + Math.min(elapsedUs, toFullUs) * unitsPerUs);
  };
  const buckets = createKeyedState<BucketState>(
    (s, nowUs) => refill(s, nowUs) === capacityUnits,
    options.sweepMinKeys,
  );

  function decide(key: string, nowMs: number): SimLimitDecision {
    const nowUs = Math.round(nowMs * 1000);
    const state = buckets.get(key) ?? { units: capacityUnits, lastUs: nowUs };
    state.units = refill(state, nowUs);
    state.lastUs = nowUs;
    const allowed = state.units >= UNITS_PER_TOKEN;
    if (allowed) state.units -= UNITS_PER_TOKEN;
    buckets.set(key, state, nowUs);

    const toFullUs = ceilDiv(capacityUnits - state.units, unitsPerUs);
    const toNextUs = allowed ? 0 : ceilDiv(UNITS_PER_TOKEN - state.units, unitsPerUs);
    return buildDecision({
      outcome: allowed ? 'allowed' : 'rejected',
      limit: capacity,
      remaining: Math.floor(state.units / UNITS_PER_TOKEN),
      resetMs: toFullUs / 1000,
      resetSeconds: ceilSeconds(toFullUs, 1_000_000),
      retryAfterMs: toNextUs / 1000,
      retryAfterSeconds: ceilSeconds(toNextUs, 1_000_000),
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
