/**
 * Latency statistics as k6 prints them (grafana/k6 `TrendSink.P`): percentiles interpolate
 * linearly at index p·(n−1) of the sorted samples, so the median of an even count is the mean
 * of the middle two.
 */
import type { SimLatencyStats } from './types';

/** Digits after the decimal point kept in every latency the simulator reports. */
export const LATENCY_DECIMALS = 3;

/**
 * Rounds a millisecond value to {@link LATENCY_DECIMALS} places so Node and browsers print the
 * same bytes. Returns 0 for NaN/±Infinity (which a finished run never produces).
 */
export function roundMs(ms: number): number {
  if (!Number.isFinite(ms)) return 0;
  const r = Math.round(ms * 1000) / 1000;
  return r === 0 ? 0 : r; // never print -0
}

/**
 * The k6 percentile of ascending `sorted` samples: linear interpolation at index p·(n−1).
 *
 * @param p a fraction in [0, 1] (0.95 for p(95)); clamped into that range.
 * @returns the interpolated value, or 0 for an empty list.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const q = Math.min(1, Math.max(0, p));
  const index = q * (n - 1);
  const lower = Math.floor(index);
  const upper = Math.min(n - 1, lower + 1);
  const lo = sorted[lower]!;
  const hi = sorted[upper]!;
  return lo + (hi - lo) * (index - lower);
}

/**
 * avg, min, med, max, p90, p95 and p99 of `samples` (ms), each rounded with {@link roundMs}.
 * The input is not modified. An empty input gives all zeros.
 */
export function latencyStats(samples: ArrayLike<number>): SimLatencyStats {
  const n = samples.length;
  if (n === 0) return { avg: 0, min: 0, med: 0, max: 0, p90: 0, p95: 0, p99: 0 };
  const sorted = Float64Array.from(samples).sort();
  // Summed in the order given (as a streaming recorder adds them), so both give the same mean.
  let sum = 0;
  for (let i = 0; i < n; i++) sum += samples[i]!;
  return {
    avg: roundMs(sum / n),
    min: roundMs(sorted[0]!),
    med: roundMs(percentile(sorted, 0.5)),
    max: roundMs(sorted[n - 1]!),
    p90: roundMs(percentile(sorted, 0.9)),
    p95: roundMs(percentile(sorted, 0.95)),
    p99: roundMs(percentile(sorted, 0.99)),
  };
}
