/**
 * `parseLimiterConfig`: untrusted JSON → a validated {@link SimLimiterConfig}, or every problem
 * found, each naming its key. Missing keys take the documented defaults
 * ({@link SIM_LIMITER_DEFAULTS}); NaN, infinities, negatives, fractions where counts are meant,
 * absurdly large values, unknown keys and unknown algorithm names are refused.
 */
import type { SimScenarioError } from '../types';
import {
  SIM_LIMITER_ALGORITHMS,
  SIM_LIMITER_ALL_KEYS,
  SIM_LIMITER_DEFAULTS as D,
  SIM_LIMITER_KEYS,
  type SimLimiterConfig,
} from './config';
import { SimSettingsReader, quoteList, show } from './configCheck';
import {
  parseFixedWindow,
  parseGcra,
  parseLeakyBucket,
  parseSlidingWindow,
  parseTokenBucket,
} from './parseAlgorithms';
import type { SimLimiterAlgorithm } from './types';

/** The outcome of {@link parseLimiterConfig}: `errors` are `path: message` lines. */
export type SimLimiterParse =
  { config: SimLimiterConfig } | { errors: string[]; issues: SimScenarioError[] };

/** `ignoreKeys`: keys of the same object that belong to someone else (`role`, `key`, `delayMs`). */
export interface SimLimiterParseOptions {
  ignoreKeys?: readonly string[];
}

/**
 * Validates limiter settings at `path` (e.g. `nodes.n7.limiter`, or `nodes.n7` when the settings
 * sit flat in the node entry; then pass the node's other keys as `ignoreKeys`).
 *
 * @example
 * parseLimiterConfig({ algorithm: 'gcra', ratePerSec: 2, burst: 4 }, 'nodes.n7.limiter')
 * // → { config: { algorithm: 'gcra', burst: 4, emissionNs: 500000000, status: 429 } }
 * parseLimiterConfig({ algorithm: 'leaky-bucket', burst: -1 }, 'nodes.n7.limiter')
 * // → { errors: ['nodes.n7.limiter.burst: must be an integer ≥ 0 and ≤ 1000000, got -1'], … }
 */
export function parseLimiterConfig(
  json: unknown,
  path: string,
  options: SimLimiterParseOptions = {},
): SimLimiterParse {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const issue = {
      key: path,
      message: `must be an object of limiter settings, got ${show(json)}`,
    };
    return fail([issue]);
  }
  const r = new SimSettingsReader(json as Record<string, unknown>, path);
  const algorithm = r.oneOf('algorithm', SIM_LIMITER_ALGORITHMS, D.algorithm);
  if (algorithm === undefined) return fail(r.issues);
  checkKeys(r, algorithm, options.ignoreKeys ?? []);
  const config = parseFor(r, algorithm);
  return config === undefined || r.issues.length > 0 ? fail(r.issues) : { config };
}

function fail(issues: SimScenarioError[]): SimLimiterParse {
  return { errors: issues.map((i) => `${i.key}: ${i.message}`), issues };
}

function checkKeys(
  r: SimSettingsReader,
  algorithm: SimLimiterAlgorithm,
  ignore: readonly string[],
) {
  const allowed = SIM_LIMITER_KEYS[algorithm];
  for (const key of Object.keys(r.input)) {
    if (key === 'algorithm' || ignore.includes(key) || allowed.includes(key)) continue;
    if (SIM_LIMITER_ALL_KEYS.includes(key)) {
      r.add(key, `does not apply to algorithm "${algorithm}"; its keys are ${quoteList(allowed)}`);
    } else {
      r.add(key, `unknown key; algorithm "${algorithm}" takes ${quoteList(allowed)}`);
    }
  }
}

function parseFor(
  r: SimSettingsReader,
  algorithm: SimLimiterAlgorithm,
): SimLimiterConfig | undefined {
  switch (algorithm) {
    case 'token-bucket':
      return parseTokenBucket(r);
    case 'fixed-window':
      return parseFixedWindow(r);
    case 'sliding-window':
      return parseSlidingWindow(r);
    case 'gcra':
      return parseGcra(r);
    case 'leaky-bucket':
      return parseLeakyBucket(r);
    default:
      return exhaustive(algorithm);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled limiter algorithm ${String(value)}`);
}
