/**
 * What happens to one call the gateway sends to an instance, given the instance's real state:
 * it is answered, refused, cut by a reset, or never answered. The statuses, response flags and
 * bodies are Envoy's (router `upstream connect error…`, `upstream request timeout`): a locally
 * originated failure is a 503, a timeout a 504 (gateway-semantics §3.5: such failures count as
 * 5xx for outlier detection; §3.7: the route timeout).
 */
import type { SimInstanceTimeline } from './timeline';

/** How a call ended when the instance itself did not answer it. */
export interface SimCallFailure {
  kind: 'refused' | 'reset' | 'timeout';
  /** When the gateway knows (ms). */
  at: number;
  status: 503 | 504;
  /** Envoy response flag: `UF` connect failure, `UC` connection termination, `UT` timeout. */
  flag: 'UF' | 'UC' | 'UT';
  body: string;
}

/** A call's fate: answered by the instance at `at`, or failed. */
export type SimCallPlan = { kind: 'answered'; at: number } | SimCallFailure;

/** Envoy's answer when no instance is eligible (panic off, none healthy): 503, flag `UH`. */
export const NO_HEALTHY_UPSTREAM = {
  status: 503,
  flag: 'UH',
  body: 'no healthy upstream',
} as const;

const CONNECT_FAILURE_BODY =
  'upstream connect error or disconnect/reset before headers. reset reason: connection failure';
const TERMINATION_BODY =
  'upstream connect error or disconnect/reset before headers. reset reason: connection termination';
const TIMEOUT_BODY = 'upstream request timeout';

/**
 * Plans a call sent at `t` to instance `i` that the instance would take `serviceMs` to answer.
 *
 * - `down` at `t`: refused at `t`, 503 `UF` (nothing reaches the instance).
 * - `unresponsive` at `t`: 504 `UT` at `t + routeTimeoutMs`.
 * - `up` at `t`, and no change until `t + serviceMs` (inclusive): answered at `t + serviceMs`.
 * - `up`, then `down` at `c` within that window: reset at `c`, 503 `UC`.
 * - `up`, then `unresponsive` at `c`: the answer never comes; 504 `UT` at
 *   `max(c, t + routeTimeoutMs)`.
 *
 * The route timeout applies only to calls that hang: a slow but live instance is answered, as
 * before health existed (timeouts of live calls are the router's business, §3.7).
 *
 * @example planCall(timeline, 15000, 0, 1, 10) // { kind: 'answered', at: 10 } when instance 1 is up
 */
export function planCall(
  timeline: SimInstanceTimeline,
  routeTimeoutMs: number,
  t: number,
  i: number,
  serviceMs: number,
): SimCallPlan {
  const ms = serviceMs > 0 ? serviceMs : 0;
  switch (timeline.stateAt(i, t)) {
    case 'down':
      return { kind: 'refused', at: t, status: 503, flag: 'UF', body: CONNECT_FAILURE_BODY };
    case 'unresponsive':
      return timeout(t + routeTimeoutMs);
    case 'up': {
      const change = timeline.firstChangeIn(i, t, t + ms);
      if (change === undefined) return { kind: 'answered', at: t + ms };
      if (change.state === 'down') {
        return { kind: 'reset', at: change.at, status: 503, flag: 'UC', body: TERMINATION_BODY };
      }
      return timeout(Math.max(change.at, t + routeTimeoutMs));
    }
  }
}

function timeout(at: number): SimCallFailure {
  return { kind: 'timeout', at, status: 504, flag: 'UT', body: TIMEOUT_BODY };
}
