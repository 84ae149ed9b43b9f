/**
 * A service node's retry policy (scenario key `retries`), with Envoy router semantics
 * (gateway-semantics §3.7; envoy `route_components.proto` `RetryPolicy`,
 * `source/common/router/retry_state_impl.cc`, `source/common/common/backoff_strategy.cc`):
 * which failures are retried, how many times, the per-try timeout, the full-jitter back-off and
 * the circuit breaker's cap on retries in flight.
 */
import type { SimRng } from './prng';
import {
  checkKnownKeys,
  checkNumber,
  describeType,
  isRecord,
  keyPath,
  quoteList,
  type SimSchemaErrors,
} from './schemaCheck';
import type { SimCallOutcome } from './types';

/**
 * Envoy `retry_on` conditions the simulator knows:
 * - `5xx`: any 5xx answer, and calls that got no answer (refused, reset, per-try timeout);
 * - `gateway-error`: 502, 503, 504 answers, and the same unanswered calls;
 * - `reset`: unanswered calls only (refused, reset, per-try timeout);
 * - `connect-failure`: refused connections only;
 * - `retriable-4xx`: 409 answers.
 */
export const SIM_RETRY_ON = [
  '5xx',
  'gateway-error',
  'reset',
  'connect-failure',
  'retriable-4xx',
] as const;

/** One `retry_on` condition. */
export type SimRetryOn = (typeof SIM_RETRY_ON)[number];

/** A checked retry policy; times in ms. */
export interface SimRetryPolicy {
  /** Retries after the first try (Envoy `num_retries`, default 1 when a policy is given). */
  numRetries: number;
  retryOn: SimRetryOn[];
  /** Each try's own deadline from when it is sent (Envoy `per_try_timeout`; none by default). */
  perTryTimeoutMs: number | undefined;
  /** Retries in flight at once per service (Envoy circuit breaker `max_retries`, default 3). */
  maxActive: number;
  /** Back-off base and cap (Envoy: 25 ms, and 10 × base). */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

/** Keys of the `retries` object. */
export const RETRY_KEYS = [
  'numRetries',
  'retryOn',
  'perTryTimeoutMs',
  'maxActive',
  'backoffBaseMs',
  'backoffMaxMs',
] as const;

const MAX_MS = 86_400_000;

/**
 * Validates a service's `retries` value found at `at` (e.g. `nodes.n14.retries`).
 *
 * Shape (every key optional): `{ numRetries: 0…10 (1), retryOn: ["5xx"] (["5xx"]),
 * perTryTimeoutMs: > 0, maxActive: 1…1e6 (3), backoffBaseMs: > 0 (25), backoffMaxMs: ≥ base
 * (10 × base) }`.
 *
 * @returns the policy with defaults filled in, or `undefined` after adding an error per bad key
 *   to `errors` (unknown key, wrong type, out of range, an unknown `retryOn` condition).
 */
export function parseRetryPolicy(
  errors: SimSchemaErrors,
  at: string,
  value: unknown,
): SimRetryPolicy | undefined {
  if (!isRecord(value)) {
    errors.add(at, `must be an object such as {"numRetries":2}, got ${describeType(value)}`);
    return undefined;
  }
  const before = errors.list.length;
  checkKnownKeys(errors, at, value, RETRY_KEYS);
  const num = (key: string, fallback: number, rule: Parameters<typeof checkNumber>[3]): number =>
    value[key] === undefined
      ? fallback
      : (checkNumber(errors, keyPath(at, key), value[key], rule) ?? fallback);
  const positiveMs = { min: 0, exclusiveMin: true, max: MAX_MS };
  const base = num('backoffBaseMs', 25, positiveMs);
  const policy: SimRetryPolicy = {
    numRetries: num('numRetries', 1, { min: 0, max: 10, integer: true }),
    retryOn: parseRetryOn(errors, keyPath(at, 'retryOn'), value.retryOn),
    perTryTimeoutMs:
      value.perTryTimeoutMs === undefined
        ? undefined
        : checkNumber(errors, keyPath(at, 'perTryTimeoutMs'), value.perTryTimeoutMs, positiveMs),
    maxActive: num('maxActive', 3, { min: 1, max: 1_000_000, integer: true }),
    backoffBaseMs: base,
    backoffMaxMs: num('backoffMaxMs', 10 * base, positiveMs),
  };
  if (errors.list.length === before && policy.backoffMaxMs < policy.backoffBaseMs) {
    errors.add(
      keyPath(at, 'backoffMaxMs'),
      `must be at least backoffBaseMs (${policy.backoffBaseMs}), got ${policy.backoffMaxMs}`,
    );
  }
  return errors.list.length === before ? policy : undefined;
}

function parseRetryOn(errors: SimSchemaErrors, at: string, value: unknown): SimRetryOn[] {
  if (value === undefined) return ['5xx'];
  const list = typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;
  if (!Array.isArray(list) || list.length === 0) {
    errors.add(at, `must be a non-empty list such as ["5xx", "reset"], got ${describeType(value)}`);
    return [];
  }
  const out: SimRetryOn[] = [];
  list.forEach((item: unknown, i) => {
    if (typeof item === 'string' && (SIM_RETRY_ON as readonly string[]).includes(item)) {
      out.push(item as SimRetryOn);
    } else {
      errors.add(
        `${at}[${i}]`,
        `must be one of ${quoteList(SIM_RETRY_ON)}, got ${describeType(item)}`,
      );
    }
  });
  return out;
}

/**
 * Whether a try that ended with `status` and `outcome` may be retried under `policy` (Envoy
 * `RetryStateImpl`): answers by status, unanswered calls by kind. Overflow (`UO`) and no healthy
 * upstream (`UH`) are never retried, as in Envoy.
 */
export function isRetriable(
  policy: SimRetryPolicy,
  status: number,
  outcome: SimCallOutcome,
): boolean {
  if (outcome === 'overflow' || outcome === 'no-healthy-upstream') return false;
  const unanswered = outcome !== 'answered';
  for (const on of policy.retryOn) {
    switch (on) {
      case '5xx':
        if (unanswered || (status >= 500 && status <= 599)) return true;
        break;
      case 'gateway-error':
        if (unanswered || status === 502 || status === 503 || status === 504) return true;
        break;
      case 'reset':
        if (unanswered) return true;
        break;
      case 'connect-failure':
        if (outcome === 'refused') return true;
        break;
      case 'retriable-4xx':
        if (!unanswered && status === 409) return true;
        break;
    }
  }
  return false;
}

/**
 * The wait before retry number `retry` (1 for the first retry), in whole ms: Envoy's full jitter,
 * `random() % interval` with `interval = base · 2^(retry−1)` capped at the maximum, so retry 1
 * waits in [0, 25), retry 2 in [0, 50) … with the defaults.
 */
export function retryBackoffMs(policy: SimRetryPolicy, retry: number, rng: SimRng): number {
  const interval = Math.min(
    policy.backoffBaseMs * 2 ** Math.max(0, retry - 1),
    policy.backoffMaxMs,
  );
  return Math.floor(rng.next() * Math.max(1, Math.floor(interval)));
}
