/**
 * The shapes every rate-limit algorithm implements, so the `rate-limit` role does not care which
 * algorithm runs: token bucket (Envoy), fixed window (Kong), sliding window (Kong Rate Limiting
 * Advanced), GCRA (redis-cell) and leaky bucket (NGINX `limit_req`).
 */

/**
 * One admission decision, in the units of the legacy IETF RateLimit headers that Kong emits:
 * `limit` requests, `remaining` after this request, `resetSeconds` (delta-seconds until the quota
 * is fully restored) and `retryAfterSeconds` (whole seconds, rounded up; 0 when allowed).
 * `allowed` is true for delayed requests too (NGINX without `nodelay`): they pass, later.
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
 * does not consume quota, except where the imitated system counts it (Kong's sliding window
 * without `disablePenalty`).
 */
export interface SimRateLimiter {
  consume(key: string, nowMs: number): SimRateDecision;
}

/** What happens to the request: it goes on now, goes on after `delayMs`, or is answered here. */
export type SimLimitOutcome = 'allowed' | 'delayed' | 'rejected';

/**
 * The full decision: {@link SimRateDecision} plus what the gateway does with it.
 *
 * - `delayMs`: how long the request waits before it goes on (> 0 only when `outcome` is
 *   `delayed`, i.e. NGINX `limit_req` without `nodelay`); 0 otherwise.
 * - `status` and `body`: the response a rejected request gets (429, or NGINX's 503); absent
 *   when the request goes on.
 * - `resetMs`: exact time until the quota is fully restored (what `RateLimit-Reset` rounds up).
 * - `retryAfterMs`: exact time until the next request of this key would be admitted (what
 *   `Retry-After` rounds up); 0 when the request goes on. Reset and retry-after are computed
 *   separately (known-pitfalls BR-20): a drained bucket may admit one request long before it is
 *   full again.
 * - `headers`: every response header the limiter sets, names lower-case (`ratelimit-limit`,
 *   `ratelimit-remaining`, `ratelimit-reset` always; `retry-after` on rejections; Kong's
 *   `x-ratelimit-limit-minute`-style pairs for the Kong algorithms). Values are delta-seconds,
 *   never epoch times.
 */
export interface SimLimitDecision extends SimRateDecision {
  outcome: SimLimitOutcome;
  delayMs: number;
  status?: number;
  body?: string;
  resetMs: number;
  retryAfterMs: number;
  headers: Record<string, string>;
}

/** The five algorithms, by the names a scenario uses. */
export type SimLimiterAlgorithm =
  'token-bucket' | 'fixed-window' | 'sliding-window' | 'gcra' | 'leaky-bucket';

/**
 * A limiter of any algorithm. `decide` is the full form; `consume` (from {@link SimRateLimiter})
 * returns the same decision reduced to the five legacy fields. Both change state the same way:
 * call one of them once per request.
 *
 * Memory stays bounded: a key whose state equals a fresh key's (bucket full, windows over) is
 * dropped during a sweep that runs whenever the number of keys doubles, so the map holds at most
 * about twice the number of keys that were active recently. `keyCount` reports the current size.
 */
export interface SimLimiter extends SimRateLimiter {
  readonly algorithm: SimLimiterAlgorithm;
  decide(key: string, nowMs: number): SimLimitDecision;
  keyCount(): number;
}

/**
 * Options shared by every limiter.
 * - `epochMs`: the UTC time (ms since 1970) at virtual time 0, for clock-aligned windows (fixed
 *   and sliding). Default {@link SIM_LIMITER_EPOCH_MS}.
 * - `sweepMinKeys`: no sweep runs below this many keys (default 1024). Tests set 0 to sweep on
 *   every call and show that dropping full entries changes no decision.
 */
export interface SimLimiterOptions {
  epochMs?: number;
  sweepMinKeys?: number;
}

/**
 * Default UTC start of a simulation: 2026-01-01T00:00:00Z, the same instant the JWT module uses
 * for virtual time 0 (`SIM_EPOCH_SECONDS` in `../auth/tokens.ts`), so windows and token claims
 * agree.
 */
export const SIM_LIMITER_EPOCH_MS = 1_767_225_600_000;
