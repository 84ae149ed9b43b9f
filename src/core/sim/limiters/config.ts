/**
 * Validated limiter configurations, one shape per algorithm, plus the defaults and bounds that
 * `parseLimiterConfig` applies. Units are in the names: `Ms`, `Sec`, `Ns`; rates are per second
 * unless named otherwise.
 */
import type { SimWindowLength } from './calendar';
import type { SimLimiterAlgorithm } from './types';

/** Every algorithm name a scenario may use, in the order messages list them. */
export const SIM_LIMITER_ALGORITHMS: readonly SimLimiterAlgorithm[] = [
  'token-bucket',
  'fixed-window',
  'sliding-window',
  'gcra',
  'leaky-bucket',
];

/** Kong's period names, shortest first (`kong/plugins/rate-limiting/schema.lua`). */
export const KONG_PERIODS = ['second', 'minute', 'hour', 'day', 'month', 'year'] as const;
export type SimKongPeriod = (typeof KONG_PERIODS)[number];

/** Kong's nominal period lengths in seconds (`expiration.lua`), used to break header ties. */
export const KONG_PERIOD_SECONDS: Record<SimKongPeriod, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  month: 2_592_000,
  year: 31_536_000,
};

/**
 * Envoy token bucket. `continuous` is the current atomic bucket (`refillPerSec`); `timer` is the
 * legacy bucket refilled by a timer (`tokensPerFill` every `fillIntervalMs`).
 */
export type SimTokenBucketConfig =
  | {
      algorithm: 'token-bucket';
      refill: 'continuous';
      capacity: number;
      refillPerSec: number;
      status: number;
    }
  | {
      algorithm: 'token-bucket';
      refill: 'timer';
      capacity: number;
      tokensPerFill: number;
      fillIntervalMs: number;
      status: number;
    };

/**
 * One clock-aligned window: `limit` requests per window. `name` suffixes Kong's headers
 * (`minute` → `X-RateLimit-Limit-Minute`); windows of other lengths are named by their length in
 * seconds (`45`), or `null` (no X- headers) when that is not whole. `nominalSeconds` orders windows
 * for Kong's tie rule.
 */
export interface SimWindowSpec {
  name: string | null;
  limit: number;
  length: SimWindowLength;
  nominalSeconds: number;
}

/** Kong `rate-limiting`: every window enforced at once; rejections are not counted. */
export interface SimFixedWindowConfig {
  algorithm: 'fixed-window';
  windows: SimWindowSpec[];
  status: number;
}

/**
 * Kong Rate Limiting Advanced, `window_type: sliding`: `limit` per `windowMs`, estimated from the
 * current and previous clock-aligned windows. `disablePenalty` false (Kong's default) counts
 * rejected requests too.
 */
export interface SimSlidingWindowConfig {
  algorithm: 'sliding-window';
  limit: number;
  windowMs: number;
  disablePenalty: boolean;
  status: number;
}

/**
 * redis-cell `CL.THROTTLE key max_burst count period`: emission interval `emissionNs` (period /
 * count, truncated to whole ns as redis-cell does) and `burst` (= max_burst; limit = burst + 1).
 */
export interface SimGcraConfig {
  algorithm: 'gcra';
  burst: number;
  emissionNs: number;
  status: number;
}

/**
 * NGINX `limit_req`: `rateMilli` milli-requests per second (NGINX's internal unit), `burst`,
 * `nodelay`, `delay` (requests of the burst passed without delay, NGINX ≥ 1.15.7), `status`
 * (`limit_req_status`, default 503).
 */
export interface SimLeakyBucketConfig {
  algorithm: 'leaky-bucket';
  rateMilli: number;
  burst: number;
  nodelay: boolean;
  delay: number;
  status: number;
}

/** Any validated limiter configuration; `createLimiter` turns it into a limiter. */
export type SimLimiterConfig =
  | SimTokenBucketConfig
  | SimFixedWindowConfig
  | SimSlidingWindowConfig
  | SimGcraConfig
  | SimLeakyBucketConfig;

/**
 * Defaults applied by `parseLimiterConfig` when a key is missing. A node with no settings gets
 * Envoy's bucket with 10 tokens and 5 per second (the simulator's historic default); the other
 * algorithms default to comparable limits, and NGINX to its own `burst=0` and status 503.
 */
export const SIM_LIMITER_DEFAULTS = {
  algorithm: 'token-bucket',
  capacity: 10,
  refillPerSec: 5,
  tokensPerFill: 1,
  fillIntervalMs: 1000,
  windowLimit: 10,
  windowMs: 1000,
  gcraRatePerSec: 5,
  gcraBurst: 9,
  leakyRatePerSec: 5,
  leakyBurst: 0,
  status: 429,
  nginxStatus: 503,
} as const;

/** Keys each algorithm accepts (besides `algorithm`). */
export const SIM_LIMITER_KEYS: Record<SimLimiterAlgorithm, readonly string[]> = {
  'token-bucket': [
    'capacity',
    'refillPerSec',
    'refill',
    'tokensPerFill',
    'fillIntervalMs',
    'status',
  ],
  'fixed-window': ['limit', 'windowMs', ...KONG_PERIODS, 'status'],
  'sliding-window': ['limit', 'windowMs', 'disablePenalty', 'status'],
  gcra: ['ratePerSec', 'burst', 'count', 'periodSec', 'status'],
  'leaky-bucket': ['ratePerSec', 'ratePerMin', 'burst', 'nodelay', 'delay', 'status'],
};

/** Every limiter key of any algorithm, `algorithm` included (for a flat node-settings schema). */
export const SIM_LIMITER_ALL_KEYS: readonly string[] = [
  'algorithm',
  ...new Set(Object.values(SIM_LIMITER_KEYS).flat()),
];
