/**
 * The factory: a validated {@link SimLimiterConfig} (from `parseLimiterConfig`) → a
 * {@link SimLimiter} of its algorithm. Each call gives independent state.
 */
import type { SimLimiterConfig } from './config';
import { createFixedWindow } from './fixedWindow';
import { createGcra } from './gcra';
import { createLeakyBucket } from './leakyBucket';
import { createSlidingWindow } from './slidingWindow';
import { createTimerTokenBucket } from './timerTokenBucket';
import { createTokenBucket } from './tokenBucket';
import type { SimLimiter, SimLimiterOptions } from './types';

/**
 * Creates the limiter `config` describes. `options.epochMs` (UTC ms at virtual time 0) aligns
 * the fixed and sliding windows; the other algorithms only use time differences.
 *
 * @example
 * const parsed = parseLimiterConfig({ algorithm: 'fixed-window', minute: 3 }, 'nodes.n7');
 * if ('config' in parsed) {
 *   const limiter = createLimiter(parsed.config, { epochMs: 1_767_225_600_000 }); // 2026-01-01Z
 *   limiter.decide('alice', 0); // { outcome: 'allowed', remaining: 2, headers: {…}, … }
 * }
 */
export function createLimiter(
  config: SimLimiterConfig,
  options: SimLimiterOptions = {},
): SimLimiter {
  switch (config.algorithm) {
    case 'token-bucket':
      return config.refill === 'timer'
        ? createTimerTokenBucket(config, options)
        : createTokenBucket(config, options);
    case 'fixed-window':
      return createFixedWindow(config, options);
    case 'sliding-window':
      return createSlidingWindow(config, options);
    case 'gcra':
      return createGcra(config, options);
    case 'leaky-bucket':
      return createLeakyBucket(config, options);
    default:
      return exhaustive(config);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled limiter config ${JSON.stringify(value)}`);
}
