/**
 * Latency statistics of a whole run in bounded memory: an HDR histogram (`hdr-histogram-js`, the
 * JavaScript port of Gil Tene's HdrHistogram) of latencies in whole microseconds with 5
 * significant digits, plus the exact count, sum, min and max. Percentiles interpolate as k6 does
 * (grafana/k6 `TrendSink.P`: linear interpolation at index p·(n−1) of the sorted samples), with
 * the samples at the two ranks read from the histogram.
 *
 * Exactness: below 262,144 µs (262 ms) every microsecond has its own bucket, so the values at the
 * ranks are the samples themselves (to the µs the simulator reports anyway); above that a bucket
 * spans at most 1/100,000 of its value (2 µs at 0.5 s, 20 µs at 5 s). Memory grows with the
 * largest latency, never with the request count: about 1 MB up to 1 s, 8 MB up to an hour.
 */
import { build, type Histogram } from 'hdr-histogram-js';
import type { SimLatencyStats } from '../types';
import { roundMs } from '../stats';

/** Significant decimal digits the histogram keeps (HdrHistogram allows 1 to 5). */
const SIGNIFICANT_DIGITS = 5;

/** The k6 trend statistics the result reports, with the fractions of the percentiles. */
const PERCENTILES = { med: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 } as const;

/** A streaming recorder of latencies in ms; see the file comment. */
export class SimLatencyHistogram {
  private readonly histogram: Histogram = build({
    bitBucketSize: 32,
    numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
    autoResize: true,
    useWebAssembly: false,
  });
  private count = 0;
  private sum = 0;
  private min = Infinity;
  private max = -Infinity;

  /**
   * Records one latency in ms. Negative and non-finite values are programmer errors upstream
   * (virtual time never runs backwards); they are clamped to 0 rather than corrupting the histogram.
   */
  record(ms: number): void {
    const value = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.histogram.recordValue(Math.round(value * 1000));
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Number of latencies recorded. */
  get size(): number {
    return this.count;
  }

  /**
   * avg, min, med, max, p90, p95, p99 in ms, each rounded with `roundMs`; avg, min and max are
   * exact, the percentiles are k6's interpolation between the samples at the two ranks around
   * p·(n−1). All zeros when nothing was recorded.
   */
  stats(): SimLatencyStats {
    const n = this.count;
    if (n === 0) return { avg: 0, min: 0, med: 0, max: 0, p90: 0, p95: 0, p99: 0 };
    const at = (p: number): number => {
      const index = p * (n - 1);
      const lower = Math.floor(index);
      const lo = this.valueAtRank(lower);
      if (lower === index) return lo;
      const hi = this.valueAtRank(Math.min(n - 1, lower + 1));
      return lo + (hi - lo) * (index - lower);
    };
    return {
      avg: roundMs(this.sum / n),
      min: roundMs(this.min),
      med: roundMs(at(PERCENTILES.med)),
      max: roundMs(this.max),
      p90: roundMs(at(PERCENTILES.p90)),
      p95: roundMs(at(PERCENTILES.p95)),
      p99: roundMs(at(PERCENTILES.p99)),
    };
  }

  /**
   * The `rank`-th smallest sample (0-based) in ms. HdrHistogram's `getValueAtPercentile(q)` returns
   * the value of the `ceil(q/100 · n)`-th sample, so asking for q = 100·(rank+1)/n gives exactly it.
   * The extremes come from the exact min and max.
   */
  private valueAtRank(rank: number): number {
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    return this.histogram.getValueAtPercentile((100 * (rank + 1)) / this.count) / 1000;
  }

  /** Approximate memory held by the histogram, in bytes. */
  get footprintBytes(): number {
    return this.histogram.estimatedFootprintInBytes;
  }
}
