/**
 * One parser per algorithm, reading a {@link SimSettingsReader}: each applies the defaults of
 * {@link SIM_LIMITER_DEFAULTS}, refuses out-of-range values and contradictions, and converts
 * rates to the integer unit its system uses (µs tokens, ns emission interval, milli-requests).
 * Each returns `undefined` when something was refused (the reader holds the messages).
 */
import {
  KONG_PERIOD_SECONDS,
  KONG_PERIODS,
  SIM_LIMITER_DEFAULTS as D,
  type SimFixedWindowConfig,
  type SimGcraConfig,
  type SimLeakyBucketConfig,
  type SimSlidingWindowConfig,
  type SimTokenBucketConfig,
  type SimWindowSpec,
} from './config';
import type { SimSettingsReader } from './configCheck';
import { windowName } from './windowNames';

/** Upper bounds that keep every limiter's integer state below 2^53. */
const MAX_COUNT = 1_000_000_000;
const MAX_BURST = 1_000_000;
const MAX_CAPACITY = 1_000_000;
const MAX_RATE_PER_SEC = 1_000_000;
const MIN_RATE_PER_SEC = 0.001;
/** 366 days: a window longer than a leap year is not a rate limit. */
const MAX_WINDOW_MS = 31_622_400_000;
/** redis-cell periods are whole seconds; 100 days keeps `period` in ns below 2^53. */
const MAX_GCRA_PERIOD_SEC = 8_640_000;
const STATUS_MIN = 400;
const STATUS_MAX = 599;

function status(r: SimSettingsReader, fallback: number): number | undefined {
  return r.int('status', STATUS_MIN, STATUS_MAX, fallback);
}

/** Envoy token bucket: continuous (`refillPerSec`, or tokensPerFill per fillIntervalMs) or timer. */
export function parseTokenBucket(r: SimSettingsReader): SimTokenBucketConfig | undefined {
  const capacity = r.int('capacity', 1, MAX_CAPACITY, D.capacity);
  const refill = r.oneOf('refill', ['continuous', 'timer'] as const, 'continuous');
  const code = status(r, D.status);
  const tokensPerFill = r.int('tokensPerFill', 1, MAX_CAPACITY, D.tokensPerFill);
  // Envoy refuses fill intervals under 50 ms (token_bucket.proto).
  const fillIntervalMs = r.int('fillIntervalMs', 50, 86_400_000, D.fillIntervalMs);
  if (capacity === undefined || refill === undefined || code === undefined) return undefined;
  if (tokensPerFill === undefined || fillIntervalMs === undefined) return undefined;
  if (refill === 'timer') {
    if (r.has('refillPerSec')) {
      r.add(
        'refillPerSec',
        'does not apply when refill is "timer"; give tokensPerFill and fillIntervalMs',
      );
      return undefined;
    }
    return {
      algorithm: 'token-bucket',
      refill,
      capacity,
      tokensPerFill,
      fillIntervalMs,
      status: code,
    };
  }
  const why = 'give the rate either as refillPerSec or as tokensPerFill per fillIntervalMs';
  if (r.exclusive('refillPerSec', 'tokensPerFill', why)) return undefined;
  if (r.exclusive('refillPerSec', 'fillIntervalMs', why)) return undefined;
  let refillPerSec = r.num('refillPerSec', MIN_RATE_PER_SEC, MAX_RATE_PER_SEC, D.refillPerSec);
  if (refillPerSec === undefined) return undefined;
  if (r.has('tokensPerFill') || r.has('fillIntervalMs')) {
    refillPerSec = (tokensPerFill * 1000) / fillIntervalMs;
    if (refillPerSec > MAX_RATE_PER_SEC) {
      r.add('tokensPerFill', `gives ${refillPerSec} tokens/s, more than ${MAX_RATE_PER_SEC}`);
      return undefined;
    }
  }
  return { algorithm: 'token-bucket', refill, capacity, refillPerSec, status: code };
}

/** Kong fixed windows: named periods and/or `limit` per `windowMs`, shortest first. */
export function parseFixedWindow(r: SimSettingsReader): SimFixedWindowConfig | undefined {
  const code = status(r, D.status);
  const windows: (SimWindowSpec & { key: string })[] = [];
  let ok = code !== undefined;
  for (const period of KONG_PERIODS) {
    if (!r.has(period)) continue;
    const limit = r.int(period, 1, MAX_COUNT, 0);
    if (limit === undefined) {
      ok = false;
      continue;
    }
    const length =
      period === 'month' || period === 'year'
        ? { kind: period }
        : { kind: 'fixed' as const, ms: KONG_PERIOD_SECONDS[period] * 1000 };
    windows.push({
      key: period,
      name: period,
      limit,
      length,
      nominalSeconds: KONG_PERIOD_SECONDS[period],
    });
  }
  if (r.has('limit') || r.has('windowMs') || windows.length === 0) {
    const limit = r.int('limit', 1, MAX_COUNT, D.windowLimit);
    const windowMs = r.int('windowMs', 1, MAX_WINDOW_MS, D.windowMs);
    if (limit === undefined || windowMs === undefined) return undefined;
    const name = windowName(windowMs);
    const twin = windows.find((w) => w.name === name);
    if (twin !== undefined) {
      r.add('windowMs', `is the same window as "${twin.key}"; give its limit once`);
      return undefined;
    }
    const key = r.has('limit') ? 'limit' : 'windowMs';
    windows.push({
      key,
      name,
      limit,
      length: { kind: 'fixed', ms: windowMs },
      nominalSeconds: windowMs / 1000,
    });
  }
  if (!ok || code === undefined) return undefined;
  windows.sort((a, b) => a.nominalSeconds - b.nominalSeconds);
  // Kong's schema: a longer period may not have a lower limit than a shorter one.
  for (let i = 1; i < windows.length; i++) {
    const shorter = windows[i - 1]!;
    const longer = windows[i]!;
    if (longer.limit < shorter.limit) {
      r.add(
        longer.key,
        `must be at least the limit of the shorter window ${shorter.key} (${shorter.limit}), got ${longer.limit}`,
      );
      return undefined;
    }
  }
  return {
    algorithm: 'fixed-window',
    windows: windows.map(({ name, limit, length, nominalSeconds }) => ({
      name,
      limit,
      length,
      nominalSeconds,
    })),
    status: code,
  };
}

/** Kong Rate Limiting Advanced sliding window: `limit` per `windowMs`, `disablePenalty`. */
export function parseSlidingWindow(r: SimSettingsReader): SimSlidingWindowConfig | undefined {
  const limit = r.int('limit', 1, MAX_COUNT, D.windowLimit);
  const windowMs = r.int('windowMs', 1, MAX_WINDOW_MS, D.windowMs);
  const disablePenalty = r.bool('disablePenalty', false);
  const code = status(r, D.status);
  if (limit === undefined || windowMs === undefined || disablePenalty === undefined)
    return undefined;
  if (code === undefined) return undefined;
  return { algorithm: 'sliding-window', limit, windowMs, disablePenalty, status: code };
}

/** redis-cell GCRA: `burst` and `ratePerSec`, or `count` per `periodSec` as CL.THROTTLE takes them. */
export function parseGcra(r: SimSettingsReader): SimGcraConfig | undefined {
  const burst = r.int('burst', 0, MAX_BURST, D.gcraBurst);
  const code = status(r, D.status);
  const why = 'give the rate either as ratePerSec or as count per periodSec (CL.THROTTLE)';
  if (r.exclusive('ratePerSec', 'count', why) || r.exclusive('ratePerSec', 'periodSec', why)) {
    return undefined;
  }
  let emissionNs: number | undefined;
  if (r.has('count') || r.has('periodSec')) {
    if (!r.has('count')) r.add('count', 'is required with periodSec');
    if (!r.has('periodSec')) r.add('periodSec', 'is required with count');
    const count = r.int('count', 1, MAX_COUNT, 0);
    const periodSec = r.int('periodSec', 1, MAX_GCRA_PERIOD_SEC, 0);
    // redis-cell: period / count, truncated to whole nanoseconds.
    if (count && periodSec) emissionNs = Math.floor((periodSec * 1e9) / count);
  } else {
    const rate = r.num('ratePerSec', MIN_RATE_PER_SEC, MAX_RATE_PER_SEC, D.gcraRatePerSec);
    // Rates are read to 0.001 per second, then T = 1 s / rate in whole ns (redis-cell per_second).
    if (rate !== undefined) emissionNs = Math.floor(1e12 / Math.round(rate * 1000));
  }
  if (burst === undefined || code === undefined || emissionNs === undefined) return undefined;
  if (emissionNs * (burst + 1) > Number.MAX_SAFE_INTEGER) {
    const maxBurst = Math.floor(Number.MAX_SAFE_INTEGER / emissionNs) - 1;
    r.add(
      'burst',
      `is too large for this rate: at most ${maxBurst} (the tolerance must stay under 104 days)`,
    );
    return undefined;
  }
  return { algorithm: 'gcra', burst, emissionNs, status: code };
}

/** NGINX limit_req: `ratePerSec` or `ratePerMin`, `burst`, `nodelay` or `delay`, `status`. */
export function parseLeakyBucket(r: SimSettingsReader): SimLeakyBucketConfig | undefined {
  const burst = r.int('burst', 0, MAX_BURST, D.leakyBurst);
  const nodelay = r.bool('nodelay', false);
  const delay = r.int('delay', 0, MAX_BURST, 0);
  const code = status(r, D.nginxStatus);
  const why = 'NGINX takes either rate=Nr/s or rate=Nr/m';
  if (r.exclusive('ratePerSec', 'ratePerMin', why)) return undefined;
  let rateMilli: number | undefined;
  if (r.has('ratePerMin')) {
    const perMin = r.int('ratePerMin', 1, MAX_RATE_PER_SEC * 60, 0);
    // NGINX: rate = N·1000 / 60 milli-requests per second, integer division.
    if (perMin !== undefined) rateMilli = Math.floor((perMin * 1000) / 60);
  } else {
    const perSec = r.num('ratePerSec', MIN_RATE_PER_SEC, MAX_RATE_PER_SEC, D.leakyRatePerSec);
    if (perSec !== undefined) rateMilli = Math.round(perSec * 1000);
  }
  if (nodelay === true && r.has('delay')) {
    r.add('delay', 'cannot be combined with nodelay: nodelay passes the whole burst undelayed');
    return undefined;
  }
  if (burst === undefined || nodelay === undefined || delay === undefined) return undefined;
  if (code === undefined || rateMilli === undefined) return undefined;
  return { algorithm: 'leaky-bucket', rateMilli, burst, nodelay, delay, status: code };
}
