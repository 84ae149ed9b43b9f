/**
 * Envoy outlier detection by consecutive 5xx (gateway-semantics §3.5; envoy
 * `source/common/upstream/outlier_detection_impl.cc`: `putHttpResponseCode`,
 * `onConsecutiveErrorWorker`, `ejectHost`, `checkHostForUneject`). A pure state machine: the
 * caller feeds responses with {@link SimOutlierDetector.onResponse} and runs the interval sweeps
 * at the times {@link SimOutlierDetector.nextSweepAt} gives.
 */
import type { SimOutlierConfig } from './config';

/** What a response or a sweep did to an instance. */
export type SimOutlierEvent =
  | { kind: 'ejected'; instance: number; times: number; durationMs: number }
  | { kind: 'overflow'; instance: number }
  | { kind: 'unejected'; instance: number };

/** The detector's state for `instances` instances. */
export interface SimOutlierDetector {
  /**
   * A response from instance `i` with `status` at time `t` (ms). A 5xx (500–599, including the
   * 503/504 the gateway itself makes for refused, reset and timed-out calls) adds to the
   * instance's consecutive count; anything else resets it. The n-th consecutive 5xx
   * (`consecutive5xx`) tries an ejection on the spot: it happens if the instance is not ejected
   * already and `100 · ejected / instances < maxEjectionPercent` (strict, counted before this
   * ejection), and overflows otherwise. Either way the count restarts from 0; a response from an
   * instance already ejected only counts.
   */
  onResponse(t: number, i: number, status: number): SimOutlierEvent | undefined;
  /**
   * The interval sweep at `t`: returns each ejected instance whose ejection has lasted
   * `min(base × multiplier, max)` (`now − ejectedAt ≥` that), clearing its consecutive count;
   * every instance not ejected has its multiplier lowered by one (down to 0), so an instance that
   * stays clean is ejected for shorter times again.
   */
  sweep(t: number): SimOutlierEvent[];
  /** The first sweep strictly after `t`: sweeps run at `k · intervalMs`, k ≥ 1, from t = 0. */
  nextSweepAt(t: number): number;
  /** Whether a sweep now would change nothing (none ejected, every multiplier back at 0). */
  idle(): boolean;
  /** Whether instance `i` is ejected. */
  ejected(i: number): boolean;
  /** Ejected instances now. */
  readonly ejectedCount: number;
  /** Ejections refused by `maxEjectionPercent` so far (Envoy `ejections_overflow`). */
  readonly overflows: number;
}

/**
 * Creates the detector, started at t = 0 with nothing ejected.
 *
 * Ejection length: each ejection raises the instance's multiplier by one while
 * `multiplier · base < max + base` (Envoy `ejectTimeBackoff`), and the instance returns at the
 * first sweep where `now − ejectedAt ≥ min(base × multiplier, max)`. With Envoy's defaults that
 * is 30 s, 60 s, 90 s … 300 s for back-to-back ejections, rounded up to the next sweep.
 */
export function createOutlierDetector(
  config: SimOutlierConfig,
  instances: number,
): SimOutlierDetector {
  const consecutive = new Uint32Array(instances);
  const multiplier = new Uint32Array(instances);
  const times = new Uint32Array(instances);
  const ejectedAt = new Float64Array(instances).fill(-1);
  let ejectedCount = 0;
  let overflows = 0;
  const duration = (i: number): number =>
    Math.min(config.baseEjectionTimeMs * multiplier[i]!, config.maxEjectionTimeMs);

  return {
    get ejectedCount() {
      return ejectedCount;
    },
    get overflows() {
      return overflows;
    },
    idle: () => ejectedCount === 0 && multiplier.every((m) => m === 0),
    ejected: (i) => ejectedAt[i] !== undefined && ejectedAt[i]! >= 0,
    onResponse(t, i, status) {
      if (!(i >= 0 && i < instances)) return undefined;
      if (!(status >= 500 && status <= 599)) {
        consecutive[i] = 0;
        return undefined;
      }
      if (++consecutive[i]! !== config.consecutive5xx) return undefined;
      if (ejectedAt[i]! >= 0) return undefined; // Envoy returns before resetting the count
      consecutive[i] = 0;
      if (!((100 * ejectedCount) / instances < config.maxEjectionPercent)) {
        overflows++;
        return { kind: 'overflow', instance: i };
      }
      ejectedCount++;
      ejectedAt[i] = t;
      times[i]!++;
      if (
        multiplier[i]! * config.baseEjectionTimeMs <
        config.maxEjectionTimeMs + config.baseEjectionTimeMs
      ) {
        multiplier[i]!++;
      }
      return { kind: 'ejected', instance: i, times: times[i]!, durationMs: duration(i) };
    },
    sweep(t) {
      const events: SimOutlierEvent[] = [];
      for (let i = 0; i < instances; i++) {
        if (ejectedAt[i]! < 0) {
          if (multiplier[i]! > 0) multiplier[i]!--;
          continue;
        }
        if (t - ejectedAt[i]! >= duration(i)) {
          ejectedAt[i] = -1;
          ejectedCount--;
          consecutive[i] = 0;
          events.push({ kind: 'unejected', instance: i });
        }
      }
      return events;
    },
    nextSweepAt(t) {
      const k = Math.floor(t / config.intervalMs) + 1;
      return k * config.intervalMs;
    },
  };
}
