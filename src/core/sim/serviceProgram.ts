/**
 * A service node's settings after defaults: instances, servers per instance, the FIFO queue
 * limit, the service-time distribution, the error rate, the balancing policy, the route timeout
 * and retry policy (Envoy router, gateway-semantics §3.7), and instance health (`health/`).
 */
import type { SimPolicy } from './balancer';
import {
  DEFAULT_ROUTE_TIMEOUT_MS,
  defaultHealthConfig,
  type SimHealthConfig,
  type SimInstanceEvent,
} from './health/config';
import type { SimRetryPolicy } from './retryPolicy';
import type { SimLatencySpec } from './scenarioNodes';
import type { SimNodeSettings } from './types';

/** Service time when a service node has none. */
export const DEFAULT_SERVICE_LATENCY: SimLatencySpec = { dist: 'constant', ms: 10 };

/** Service-node settings after defaults. */
export interface SimServiceProgram {
  instances: number;
  /** Calls one instance serves at once (its servers); unlimited by default. */
  concurrency: number;
  /**
   * Calls one instance may hold waiting in its FIFO queue; one more is answered 503 at once
   * (Envoy's circuit-breaker overflow, `max_pending_requests`, flag `UO`, header
   * `x-envoy-overloaded`). Unlimited by default (Envoy's default is 1024 per cluster).
   */
  queueLimit: number;
  latency: SimLatencySpec;
  /** Share of answered calls turned into 503 (drawn only for calls an instance answered). */
  errorRate: number;
  policy: SimPolicy;
  /**
   * The route timeout, ms: from when the gateway first calls the service until it gives up with
   * 504, retries and back-off included (Envoy route `timeout`, default 15 s). The service's
   * `timeoutMs`, else its `health.routeTimeoutMs`, else 15 000.
   */
  routeTimeoutMs: number;
  retries: SimRetryPolicy | undefined;
  /**
   * Instance health, or `undefined` when nothing can ever make an instance unhealthy (no events,
   * no active checks, no outlier detection): the engine then skips the tracker entirely.
   */
  health: SimHealthConfig | undefined;
}

/**
 * Builds a service's program from its checked `settings` and the scenario's top-level `events`
 * for it (appended after the node's own `health.events`; at equal times the later one wins).
 */
export function buildServiceProgram(
  settings: SimNodeSettings,
  events: readonly SimInstanceEvent[] = [],
): SimServiceProgram {
  const num = (key: string): number | undefined =>
    typeof settings[key] === 'number' ? settings[key] : undefined;
  const given = settings.health as SimHealthConfig | undefined;
  const routeTimeoutMs = num('timeoutMs') ?? given?.routeTimeoutMs ?? DEFAULT_ROUTE_TIMEOUT_MS;
  let health: SimHealthConfig | undefined;
  if (given !== undefined || events.length > 0) {
    const base = given ?? defaultHealthConfig();
    const all = [...base.events, ...events].sort((a, b) => a.at - b.at); // stable: file order
    const active =
      all.length > 0 || base.activeCheck !== undefined || base.outlierDetection !== undefined;
    health = active ? { ...base, events: all, routeTimeoutMs } : undefined;
  }
  return {
    instances: num('instances') ?? 1,
    concurrency: num('concurrency') ?? Infinity,
    queueLimit: num('queueLimit') ?? Infinity,
    latency: (settings.latency as SimLatencySpec | undefined) ?? DEFAULT_SERVICE_LATENCY,
    errorRate: num('errorRate') ?? 0,
    policy: (settings.policy as SimPolicy | undefined) ?? 'round-robin',
    routeTimeoutMs,
    retries: settings.retries as SimRetryPolicy | undefined,
    health,
  };
}
