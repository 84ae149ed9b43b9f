/**
 * The shape every rate-limit algorithm implements, so the `rate-limit` role does not care which
 * algorithm runs (token bucket now; fixed/sliding window, GCRA and leaky bucket slot in later).
 */

/**
 * One admission decision, in the units of the legacy IETF RateLimit headers that Kong emits:
 * `limit` requests, `remaining` after this request, `resetSeconds` (delta-seconds until the quota
 * is fully restored) and `retryAfterSeconds` (whole seconds, rounded up; 0 when allowed).
 */
export interface SimRateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  retryAfterSeconds: number;
}

/**
 * A rate limiter holding per-key state on virtual time. `consume` is called once per request that
 * reaches the limiter, with the current virtual time in ms (never decreasing). A rejected request
 * does not consume quota.
 */
export interface SimRateLimiter {
  consume(key: string, nowMs: number): SimRateDecision;
}
