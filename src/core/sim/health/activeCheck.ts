/**
 * Active health checking as a state machine per instance: consecutive failures mark a healthy
 * instance unhealthy, consecutive passes mark it healthy again (Envoy `HealthCheckerImplBase`
 * counting, with Kubernetes readiness-probe defaults; gateway-semantics §3.3). Who performs the
 * checks, and when, is the caller's business: {@link nextCheckAt} gives the fixed cadence and
 * {@link checkVerdict} what a check of an instance in a given real state finds.
 */
import type { SimActiveCheckConfig, SimInstanceState } from './config';

/** A change of an instance's health as the active checker sees it. */
export type SimCheckTransition = 'unhealthy' | 'healthy';

/** The per-instance active-check state machine. */
export interface SimActiveChecker {
  /**
   * Records the result of one check of instance `i` (`ok` = passed). Returns the transition it
   * causes, or `undefined`. Out-of-range instances are ignored.
   */
  onCheckResult(i: number, ok: boolean): SimCheckTransition | undefined;
  /** Whether the checks currently hold instance `i` unhealthy. */
  failed(i: number): boolean;
  /**
   * Whether a result `ok` for instance `i` would change nothing, counters included (a healthy
   * instance with no failures counted passing again, or an unhealthy one with no passes counted
   * failing again). Lets a caller skip runs of checks that cannot matter.
   */
  settled(i: number, ok: boolean): boolean;
}

/**
 * Creates the checker for `instances` instances, all healthy with both counters at 0 (the run
 * starts with a warmed-up gateway; Envoy instead holds a new host out until its first pass).
 *
 * Counting (Envoy): a pass resets the failure count and, while unhealthy, counts towards
 * `healthyThreshold`; a failure resets the pass count and, while healthy, counts towards
 * `unhealthyThreshold`. Every failure here is a network failure (refused or timed out), which
 * Envoy counts towards the threshold (an HTTP non-2xx answer would mark it unhealthy at once).
 */
export function createActiveChecker(
  config: Pick<SimActiveCheckConfig, 'unhealthyThreshold' | 'healthyThreshold'>,
  instances: number,
): SimActiveChecker {
  const unhealthy = new Uint8Array(instances);
  const passes = new Uint32Array(instances);
  const failures = new Uint32Array(instances);
  return {
    failed: (i) => unhealthy[i] === 1,
    settled: (i, ok) =>
      ok ? unhealthy[i] === 0 && failures[i] === 0 : unhealthy[i] === 1 && passes[i] === 0,
    onCheckResult(i, ok) {
      if (!(i >= 0 && i < instances)) return undefined;
      if (ok) {
        failures[i] = 0;
        if (unhealthy[i] === 1 && ++passes[i]! >= config.healthyThreshold) {
          unhealthy[i] = 0;
          passes[i] = 0;
          return 'healthy';
        }
        return undefined;
      }
      passes[i] = 0;
      if (unhealthy[i] === 0 && ++failures[i]! >= config.unhealthyThreshold) {
        unhealthy[i] = 1;
        failures[i] = 0;
        return 'unhealthy';
      }
      return undefined;
    },
  };
}

/**
 * The start time of the first check at or after `t` (ms): checks run at
 * `firstCheckMs + k·intervalMs`, k ≥ 0, with no jitter. Before `firstCheckMs`, that is the first.
 *
 * @example nextCheckAt({ firstCheckMs: 1000, intervalMs: 1000 }, 2500) // 3000
 */
export function nextCheckAt(
  config: Pick<SimActiveCheckConfig, 'firstCheckMs' | 'intervalMs'>,
  t: number,
): number {
  if (t <= config.firstCheckMs) return config.firstCheckMs;
  const k = Math.ceil((t - config.firstCheckMs) / config.intervalMs);
  return config.firstCheckMs + k * config.intervalMs;
}

/**
 * What a check started at `t` of an instance in real state `state` finds, and when the gateway
 * knows it: `up` passes at `t`; `down` fails at `t` (connection refused); `unresponsive` fails at
 * `t + timeoutMs` (Envoy counts a timeout as a network failure).
 */
export function checkVerdict(
  config: Pick<SimActiveCheckConfig, 'timeoutMs'>,
  state: SimInstanceState,
  t: number,
): { ok: boolean; at: number } {
  switch (state) {
    case 'up':
      return { ok: true, at: t };
    case 'down':
      return { ok: false, at: t };
    case 'unresponsive':
      return { ok: false, at: t + config.timeoutMs };
  }
}
