/**
 * Arrival times of each traffic entry, produced lazily one at a time so a long stream never sits
 * in memory: bursts send `count` requests at `at`; uniform streams one every 1000/rps ms from
 * `from` while before `to`; Poisson streams exponential gaps of mean 1000/rps ms (an open arrival
 * model, like k6's constant-arrival-rate).
 */
import { createRng, drawExponential, type SimRng } from './prng';
import { isBurst, streamRequestCount } from './scenario';
import type { SimTraffic } from './types';

/** Requests sent together: `count` of them at `time` ms. */
export interface SimArrivalBatch {
  time: number;
  count: number;
}

/** The next arrivals of one traffic entry. */
export interface SimArrivalCursor {
  /**
   * The next batch: a burst comes as one batch (so its requests get consecutive ids), a stream one
   * request at a time. `undefined` once the entry has sent everything.
   */
  next(): SimArrivalBatch | undefined;
}

/** Random stream ids: arrivals use 1000 + entry index (services and decisions use others). */
export const ARRIVAL_STREAM_BASE = 1000;

/** Creates the arrival cursor of `entry` (`index` picks its random stream under `seed`). */
export function createArrivalCursor(
  entry: SimTraffic,
  index: number,
  seed: number,
): SimArrivalCursor {
  if (isBurst(entry)) {
    let sent = entry.count === 0;
    return {
      next() {
        if (sent) return undefined;
        sent = true;
        return { time: entry.at, count: entry.count };
      },
    };
  }
  const gap = 1000 / entry.rps;
  if (entry.arrival === 'poisson') {
    const rng: SimRng = createRng(seed, ARRIVAL_STREAM_BASE + index);
    let t = entry.from;
    return {
      next() {
        t += drawExponential(rng, gap);
        return t < entry.to ? { time: t, count: 1 } : undefined;
      },
    };
  }
  const count = streamRequestCount(entry);
  let i = 0;
  return {
    // Multiply instead of accumulating, so the 100th arrival is exactly from + 99·gap.
    next: () => (i < count ? { time: entry.from + (i++ * 1000) / entry.rps, count: 1 } : undefined),
  };
}
