/**
 * Settings of one service's instance health (a service node's `health` key in the scenario): when
 * instances really go down or up, how the gateway checks them actively, how it ejects them
 * passively, and below which share of healthy instances it stops trusting health at all.
 * Semantics follow Envoy and Kubernetes as gateway-semantics.md §3.3–3.5 states them; every time
 * is milliseconds of virtual time.
 */

/**
 * What an instance really does at a moment (set by the scenario, never seen directly by the
 * gateway):
 * - `up`: answers calls and checks.
 * - `down`: refuses connections; a call or a check fails at once (a crashed process: the host
 *   answers with a TCP reset).
 * - `unresponsive`: accepts connections and never answers; a check fails when its timeout expires,
 *   a call when the route timeout does (a hung process or a host gone from the network).
 */
export type SimInstanceState = 'up' | 'down' | 'unresponsive';

/** Every {@link SimInstanceState}, in documentation order. */
export const SIM_INSTANCE_STATES: readonly SimInstanceState[] = ['up', 'down', 'unresponsive'];

/** A scenario event: from `at` ms on, instance `instance` (0-based) is in `state`. */
export interface SimInstanceEvent {
  at: number;
  instance: number;
  state: SimInstanceState;
}

/**
 * Active health checking (Kubernetes readiness-probe cadence, Envoy threshold counting).
 *
 * Checks run at `firstCheckMs + k·intervalMs` (k = 0, 1, …) for every instance at once, with no
 * jitter (Consul staggers the first check randomly within one interval and Envoy has
 * `initial_jitter`/`interval_jitter`; the simulator drops both so runs replay exactly). A check
 * of an `up` instance passes at its start time, of a `down` one fails at its start time
 * (connection refused), of an `unresponsive` one fails at start + `timeoutMs`. An instance is
 * marked unhealthy after `unhealthyThreshold` consecutive failures and healthy again after
 * `healthyThreshold` consecutive passes (Envoy `unhealthy_threshold`/`healthy_threshold`,
 * Kubernetes `failureThreshold`/`successThreshold`).
 */
export interface SimActiveCheckConfig {
  /** Time between two checks of one instance (Kubernetes `periodSeconds`, default 10 s). */
  intervalMs: number;
  /** How long a check waits for an answer (Kubernetes `timeoutSeconds`, default 1 s). */
  timeoutMs: number;
  /** Consecutive failures that mark a healthy instance unhealthy (Kubernetes default 3). */
  unhealthyThreshold: number;
  /** Consecutive passes that mark an unhealthy instance healthy (Kubernetes default 1). */
  healthyThreshold: number;
  /**
   * Time of the first check in the run. Default `intervalMs`: the gateway was already checking
   * before t = 0 (every instance starts healthy), so the next check comes one interval in.
   */
  firstCheckMs: number;
}

/**
 * Passive health checking: Envoy outlier detection by consecutive 5xx (gateway-semantics §3.5).
 * A locally originated failure (connection refused, reset, timeout) counts as a 5xx, as Envoy does
 * without `split_external_local_origin_errors`.
 */
export interface SimOutlierConfig {
  /** The n-th consecutive 5xx ejects the instance, on that response (Envoy default 5). */
  consecutive5xx: number;
  /** Period of the sweeps that return ejected instances (Envoy `interval`, default 10 s). */
  intervalMs: number;
  /** An ejection lasts `baseEjectionTimeMs × n`, n the ejection multiplier (Envoy default 30 s). */
  baseEjectionTimeMs: number;
  /** Cap on one ejection's length (Envoy `max_ejection_time`, default 300 s). */
  maxEjectionTimeMs: number;
  /**
   * An ejection happens only while `100 · ejected / instances < maxEjectionPercent`, counted before
   * this ejection (Envoy `max_ejection_percent`, default 10 %); otherwise it overflows.
   */
  maxEjectionPercent: number;
}

/** A service's whole health configuration, defaults filled in. */
export interface SimHealthConfig {
  /** Outages and recoveries, sorted by time (stable: equal times keep file order). */
  events: SimInstanceEvent[];
  /** Active checks, or `undefined` when the gateway does not check actively (Envoy's default). */
  activeCheck: SimActiveCheckConfig | undefined;
  /** Outlier detection, or `undefined` when off (Envoy's default). */
  outlierDetection: SimOutlierConfig | undefined;
  /**
   * Envoy `healthy_panic_threshold` (default 50 %): while fewer than this share of instances are
   * healthy (`100 · healthy / instances < threshold`), the balancer ignores health and picks among
   * all instances. 0 turns panic mode off: with no healthy instance the gateway answers 503.
   */
  panicThresholdPercent: number;
  /**
   * How long a call to an `unresponsive` instance waits before the gateway answers 504 (Envoy's
   * route `timeout`, default 15 s, gateway-semantics §3.7).
   */
  routeTimeoutMs: number;
}

/** Kubernetes readiness-probe defaults (gateway-semantics §3.3); `firstCheckMs` follows `intervalMs`. */
export const DEFAULT_ACTIVE_CHECK: Readonly<Omit<SimActiveCheckConfig, 'firstCheckMs'>> = {
  intervalMs: 10_000,
  timeoutMs: 1_000,
  unhealthyThreshold: 3,
  healthyThreshold: 1,
};

/** Envoy outlier-detection defaults (gateway-semantics §3.5). */
export const DEFAULT_OUTLIER_DETECTION: Readonly<SimOutlierConfig> = {
  consecutive5xx: 5,
  intervalMs: 10_000,
  baseEjectionTimeMs: 30_000,
  maxEjectionTimeMs: 300_000,
  maxEjectionPercent: 10,
};

/** Envoy `healthy_panic_threshold` default. */
export const DEFAULT_PANIC_THRESHOLD_PERCENT = 50;

/** Envoy route timeout default (gateway-semantics §3.7). */
export const DEFAULT_ROUTE_TIMEOUT_MS = 15_000;

/** The configuration of a service with no `health` key: always up, never checked, panic at 50 %. */
export function defaultHealthConfig(): SimHealthConfig {
  return {
    events: [],
    activeCheck: undefined,
    outlierDetection: undefined,
    panicThresholdPercent: DEFAULT_PANIC_THRESHOLD_PERCENT,
    routeTimeoutMs: DEFAULT_ROUTE_TIMEOUT_MS,
  };
}
