/**
 * Token bucket with continuous refill, as Envoy's `local_ratelimit` (`AtomicTokenBucketImpl`)
 * does it: `tokens(t) = min(capacity, tokens(t0) + r·(t − t0))`, admit iff at least one whole
 * token is there. The bucket starts full.
 *
 * State is integer: time in µs and tokens in units of 1e-9 token, so one µs of refill is a whole
 * number of units (`round(refillPerSec·1000)`). Floats would admit one token too few at exact
 * refill boundaries (gateway-semantics.md, conventions).
 */
import type { SimRateDecision, SimRateLimiter } from './types';

/** Token-bucket settings: `capacity` tokens (≥ 1), refilled at `refillPerSec` tokens per second. */
export interface SimTokenBucketSettings {
  capacity: number;
  refillPerSec: number;
}

const UNITS_PER_TOKEN = 1_000_000_000;

interface BucketState {
  units: number;
  lastUs: number;
}

/**
 * Creates a token bucket per key (each key starts with a full bucket the first time it is seen).
 * A capacity below 1 is raised to 1 and fractions are dropped; the refill rate is rounded to
 * 0.001 token/s. A rate that rounds to 0 never refills: its 429s carry `retryAfterSeconds` 0,
 * since no wait helps (the scenario schema refuses such rates).
 */
export function createTokenBucket(settings: SimTokenBucketSettings): SimRateLimiter {
  const capacity = Math.max(1, Math.floor(settings.capacity));
  const capacityUnits = capacity * UNITS_PER_TOKEN;
  // Units gained per µs: tokens/s × 1e9 units / 1e6 µs.
  const unitsPerUs = Math.max(0, Math.round(settings.refillPerSec * 1000));
  const buckets = new Map<string, BucketState>();

  return {
    consume(key: string, nowMs: number): SimRateDecision {
      const nowUs = Math.round(nowMs * 1000);
      let state = buckets.get(key);
      if (state === undefined) {
        state = { units: capacityUnits, lastUs: nowUs };
        buckets.set(key, state);
      }
      const elapsedUs = Math.max(0, nowUs - state.lastUs);
      if (unitsPerUs > 0 && state.units < capacityUnits) {
        // Cap the elapsed time before multiplying so a long idle gap cannot overflow 2^53.
        const toFullUs = Math.ceil((capacityUnits - state.units) / unitsPerUs);
        state.units = Math.min(
          capacityUnits,
          state.units + Math.min(elapsedUs, toFullUs) * unitsPerUs,
        );
      }
      state.lastUs = nowUs;

      const allowed = state.units >= UNITS_PER_TOKEN;
      if (allowed) state.units -= UNITS_PER_TOKEN;
      const missingToFull = capacityUnits - state.units;
      const resetSeconds = unitsPerUs > 0 ? ceilSeconds(missingToFull / unitsPerUs) : 0;
      const retryAfterSeconds =
        allowed || unitsPerUs === 0
          ? 0
          : Math.max(1, ceilSeconds((UNITS_PER_TOKEN - state.units) / unitsPerUs));
      return {
        allowed,
        limit: capacity,
        remaining: Math.floor(state.units / UNITS_PER_TOKEN),
        resetSeconds,
        retryAfterSeconds,
      };
    },
  };
}

/** Whole seconds, rounded up, from a duration in µs (exact for integer inputs). */
function ceilSeconds(us: number): number {
  return Math.ceil(Math.ceil(us) / 1_000_000);
}
