/**
 * The run as a time series for charts: per window of virtual time (100 ms by default) the number
 * of responses that left the gateway in it, their status counts and their latency percentiles
 * (k6 interpolation, exact over the window's samples). Responses leave in time order (the engine
 * handles events by time), so a window is final as soon as a later one starts: only the open
 * window's latencies are held, and memory grows with the run's length, not its request count.
 */
import { latencyStats, roundMs } from '../stats';

/** One window of the series. */
export interface SimTimeSeriesPoint {
  /** Start of the window, ms of virtual time. */
  t: number;
  /** Responses completed in the window (stuck requests are not responses and are not counted). */
  responses: number;
  /** Status code → count, codes in ascending order. */
  status: Record<string, number>;
  /** k6 percentiles of the window's latencies in ms (0 when the window has none). */
  latencyMs: { med: number; p95: number; p99: number };
}

/** The series of a run; `points` covers every window from 0 to the last response, gaps included. */
export interface SimTimeSeries {
  windowMs: number;
  points: SimTimeSeriesPoint[];
}

/** Default window: 100 ms of virtual time. */
export const TIME_SERIES_WINDOW_MS = 100;

/** Most points a series aims for: a chart cannot show more, and a long run must stay small. */
export const MAX_TIME_SERIES_POINTS = 10_000;

/**
 * The window for a run whose traffic spans `spanMs` of virtual time: 100 ms, or the smallest of
 * 200 ms, 500 ms, 1 s, 2 s, 5 s, 10 s, … that keeps the series at most
 * {@link MAX_TIME_SERIES_POINTS} points (a day of traffic at 100 ms would be 864,000 points).
 * A span that is not a finite positive number gives 100 ms.
 */
export function timeSeriesWindowFor(spanMs: number): number {
  let window = TIME_SERIES_WINDOW_MS;
  if (!Number.isFinite(spanMs) || spanMs <= 0) return window;
  const steps = [2, 2.5, 2]; // 100 → 200 → 500 → 1000 → 2000 → 5000 …
  for (let i = 0; spanMs / window > MAX_TIME_SERIES_POINTS; i++) window *= steps[i % 3]!;
  return window;
}

/** Builds a {@link SimTimeSeries} from responses given in time order. */
export class SimTimeSeriesBuilder {
  private readonly points: SimTimeSeriesPoint[] = [];
  private window = -1;
  private latencies: number[] = [];
  private statusCounts = new Map<number, number>();

  /** @param windowMs window length in ms of virtual time (a positive number; default 100). */
  constructor(private readonly windowMs: number = TIME_SERIES_WINDOW_MS) {
    if (!(windowMs > 0) || !Number.isFinite(windowMs)) {
      throw new RangeError(`time series window must be a positive number of ms, got ${windowMs}`);
    }
  }

  /**
   * Counts a response that left at `now` ms with `status` after `latencyMs`. A response earlier
   * than the open window (which the engine never produces) is counted in the open window.
   */
  add(now: number, status: number, latencyMs: number): void {
    const window = Math.max(this.window, Math.floor(now / this.windowMs));
    if (window !== this.window) {
      if (this.window >= 0) this.close();
      // Windows with no response in between still appear, so a chart's x axis is regular.
      for (let w = this.window + 1; w < window; w++) this.points.push(this.point(w, [], new Map()));
      this.window = window;
    }
    this.latencies.push(latencyMs);
    this.statusCounts.set(status, (this.statusCounts.get(status) ?? 0) + 1);
  }

  /** The finished series (closes the open window). Call once, at the end of the run. */
  finish(): SimTimeSeries {
    if (this.window >= 0) this.close();
    this.window = Number.MAX_SAFE_INTEGER;
    return { windowMs: this.windowMs, points: this.points };
  }

  private close(): void {
    this.points.push(this.point(this.window, this.latencies, this.statusCounts));
    this.latencies = [];
    this.statusCounts = new Map();
  }

  private point(
    window: number,
    latencies: number[],
    counts: Map<number, number>,
  ): SimTimeSeriesPoint {
    const status: Record<string, number> = {};
    for (const code of [...counts.keys()].sort((a, b) => a - b))
      status[String(code)] = counts.get(code)!;
    const stats = latencyStats(latencies);
    return {
      t: roundMs(window * this.windowMs),
      responses: latencies.length,
      status,
      latencyMs: { med: stats.med, p95: stats.p95, p99: stats.p99 },
    };
  }
}
