/**
 * Kong's open-source `rate-limiting` plugin: fixed windows aligned to the UTC clock, several at
 * once (say `minute: 3, hour: 10`), per key (gateway-semantics.md 2.2, `handler.lua`).
 *
 * Per window p: `remaining_p = limit_p − used_p`, measured before the request; the request stops
 * if any `remaining_p ≤ 0`. Only an admitted request is counted, in every window (Kong increments
 * after the access check passed, BR-21). Kong increments asynchronously and so may over-admit a
 * little under concurrency; the simulator is exact.
 *
 * Headers as Kong sends them (lower-case here):
 * - `x-ratelimit-limit-<period>` and `x-ratelimit-remaining-<period>` for every window, where
 *   remaining is `max(0, remaining_p − 1)` and the −1 applies when allowed or to the stopping
 *   window only;
 * - `ratelimit-limit/-remaining/-reset` from the most constrained window: smallest remaining,
 *   ties to the longer window; `RateLimit-Reset = max(1, W − floor(now − start))` in seconds,
 *   which is `ceil((end − now) / 1 s)`;
 * - when limited, `Retry-After = RateLimit-Reset` and body `{"message":"API rate limit exceeded"}`.
 *
 * One deliberate difference: Kong computes a month's or a year's reset from fixed 30- and
 * 365-day lengths (`expiration.lua`), which is wrong near the end of a 31-day month or a leap
 * year; here every window ends where the calendar says (Kong PR #3451 review, BR-21).
 */
import { windowAt, type SimWindowBounds } from './calendar';
import type { SimFixedWindowConfig, SimWindowSpec } from './config';
import { buildDecision, toRateDecision } from './decision';
import { ceilSeconds } from './intMath';
import { createKeyedState } from './keyedState';
import type { SimLimitDecision, SimLimiter, SimLimiterOptions } from './types';
import { SIM_LIMITER_EPOCH_MS } from './types';

/** Kong's default `error_message`, as the JSON body it sends. */
export const KONG_LIMITED_BODY = '{"message":"API rate limit exceeded"}';

interface WindowCounts {
  /** Per window (config order): the end of the window the count belongs to, and the count. */
  ends: number[];
  counts: number[];
}

/** Creates Kong-style fixed windows; `options.epochMs` is the UTC time at virtual time 0. */
export function createFixedWindow(
  config: SimFixedWindowConfig,
  options: SimLimiterOptions = {},
): SimLimiter {
  const epochMs = Math.floor(options.epochMs ?? SIM_LIMITER_EPOCH_MS);
  const windows = config.windows;
  const store = createKeyedState<WindowCounts>(
    (s, t) => s.ends.every((end, i) => end <= t || s.counts[i] === 0),
    options.sweepMinKeys,
  );

  function decide(key: string, nowMs: number): SimLimitDecision {
    const t = epochMs + Math.floor(nowMs);
    const bounds: SimWindowBounds[] = windows.map((w) => windowAt(w.length, t));
    const prior = store.get(key);
    const used = bounds.map((b, i) =>
      prior !== undefined && prior.ends[i] === b.endMs ? prior.counts[i]! : 0,
    );
    const remaining = windows.map((w, i) => w.limit - used[i]!);
    let stop = -1;
    remaining.forEach((r, i) => {
      // Of several exhausted windows the longest one stops the request: it lasts longest.
      if (r <= 0 && (stop < 0 || windows[i]!.nominalSeconds >= windows[stop]!.nominalSeconds))
        stop = i;
    });
    const allowed = stop < 0;
    if (allowed) {
      store.set(key, { ends: bounds.map((b) => b.endMs), counts: used.map((u) => u + 1) }, t);
    }

    const shown = remaining.map((r, i) => Math.max(0, allowed || i === stop ? r - 1 : r));
    const extraHeaders: Record<string, string> = {};
    windows.forEach((w, i) => {
      if (w.name === null) return;
      extraHeaders[`x-ratelimit-limit-${w.name}`] = String(w.limit);
      extraHeaders[`x-ratelimit-remaining-${w.name}`] = String(shown[i]);
    });
    const h = mostConstrained(windows, shown);
    const resetMs = bounds[h]!.endMs - t;
    // Retry when every exhausted window is over; with nested calendar windows that is the header
    // window's reset, as Kong sends it.
    let retryAfterMs = 0;
    if (!allowed) {
      remaining.forEach((r, i) => {
        if (r <= 0) retryAfterMs = Math.max(retryAfterMs, bounds[i]!.endMs - t);
      });
    }
    return buildDecision({
      outcome: allowed ? 'allowed' : 'rejected',
      limit: windows[h]!.limit,
      remaining: shown[h]!,
      resetMs,
      resetSeconds: Math.max(1, ceilSeconds(resetMs, 1000)),
      retryAfterMs,
      retryAfterSeconds: ceilSeconds(retryAfterMs, 1000),
      status: config.status,
      body: KONG_LIMITED_BODY,
      extraHeaders,
    });
  }

  return {
    algorithm: 'fixed-window',
    decide,
    consume: (key, nowMs) => toRateDecision(decide(key, nowMs)),
    keyCount: () => store.size(),
  };
}

/** Index of the window with the smallest shown remaining; ties go to the longer window (Kong). */
function mostConstrained(windows: readonly SimWindowSpec[], shown: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < windows.length; i++) {
    const better =
      shown[i]! < shown[best]! ||
      (shown[i] === shown[best] && windows[i]!.nominalSeconds > windows[best]!.nominalSeconds);
    if (better) best = i;
  }
  return best;
}
