/**
 * NGINX `limit_req` (`ngx_http_limit_req_module.c`; gateway-semantics.md 2.3): a leaky bucket
 * kept as `excess` in milli-requests, with NGINX's own integer arithmetic, per key:
 *
 * - The first request of a key creates its node with `excess = 0` and always passes.
 * - Later: `excess = max(0, excess − rate·Δms/1000 + 1000)` (rate in milli-requests per second,
 *   integer division, Δ in whole ms). Reject iff `excess > burst·1000`; a rejected request
 *   changes nothing. Otherwise store `excess` and `last = now`.
 * - Delay (`ngx_http_limit_req_account`): with `nodelay`, none; else
 *   `(excess − delay·1000)·1000 / rate` ms when excess passes `delay·1000` (`delay=` defaults to
 *   0, so every excess request waits). N simultaneous requests: `min(N, burst + 1)` pass, the k-th
 *   delayed `(k − 1)/rate` s without nodelay.
 * - Status `limit_req_status`, 503 by default.
 *
 * NGINX sends no rate-limit headers; the simulator adds its own (module docs in decision.ts):
 * limit = burst + 1 (requests that may pass at once), remaining = further requests that would
 * pass now, reset = time until the key is as good as new, Retry-After = time until one passes.
 */
import type { SimLeakyBucketConfig } from './config';
import { buildDecision, toRateDecision } from './decision';
import { ceilDiv, ceilSeconds, floorDiv, mulFloorDiv } from './intMath';
import { createKeyedState } from './keyedState';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';

interface LeakyNode {
  /** Milli-requests above the steady rate. */
  excess: number;
  /** Time of the last admitted request, whole ms. */
  last: number;
}

/** The title of NGINX's built-in error page for a status, as the body of the rejection. */
export function nginxErrorBody(status: number): string {
  if (status === 503) return '503 Service Temporarily Unavailable';
  if (status === 429) return '429 Too Many Requests';
  return String(status);
}

/** Creates an NGINX-style `limit_req` zone keyed by request key. */
export function createLeakyBucket(
  config: SimLeakyBucketConfig,
  options: SimLimiterOptions = {},
): SimLimiter {
  const rate = Math.max(1, Math.floor(config.rateMilli));
  const burstMilli = Math.max(0, Math.floor(config.burst)) * 1000;
  const delayMilli = Math.max(0, Math.floor(config.delay)) * 1000;
  const leaked = (node: LeakyNode, t: number): number =>
    mulFloorDiv(rate, Math.max(0, t - node.last), 1000);
  /** ms from `node.last` until `leaked ≥ milli` (NGINX's floor division included). */
  const msToLeak = (milli: number): number => ceilDiv(milli * 1000, rate);
  const store = createKeyedState<LeakyNode>(
    (node, t) => leaked(node, t) >= node.excess + 1000,
    options.sweepMinKeys,
  );

  function decide(key: string, nowMs: number): SimLimitDecision {
    const t = Math.floor(nowMs);
    const node = store.get(key);
    const excess = node === undefined ? 0 : Math.max(0, node.excess - leaked(node, t) + 1000);
    const allowed = excess <= burstMilli;
    const limit = burstMilli / 1000 + 1;
    if (!allowed) {
      // Only an existing node can refuse, since a new one starts at 0.
      const n = node!;
      const resetMs = n.last + msToLeak(n.excess + 1000) - t;
      const retryAfterMs = n.last + msToLeak(n.excess + 1000 - burstMilli) - t;
      return buildDecision({
        outcome: 'rejected',
        limit,
        remaining: 0,
        resetMs,
        resetSeconds: ceilSeconds(resetMs, 1000),
        retryAfterMs,
        retryAfterSeconds: ceilSeconds(retryAfterMs, 1000),
        status: config.status,
        body: nginxErrorBody(config.status),
      });
    }
    store.set(key, { excess, last: t }, t);
    const delayMs =
      config.nodelay || excess <= delayMilli ? 0 : floorDiv((excess - delayMilli) * 1000, rate);
    const resetMs = msToLeak(excess + 1000);
    return buildDecision({
      outcome: delayMs > 0 ? 'delayed' : 'allowed',
      limit,
      remaining: floorDiv(burstMilli - excess, 1000),
      resetMs,
      resetSeconds: ceilSeconds(resetMs, 1000),
      delayMs,
    });
  }

  return {
    algorithm: 'leaky-bucket',
    decide,
    consume: (key, nowMs) => toRateDecision(decide(key, nowMs)),
    keyCount: () => store.size(),
  };
}
