/**
 * Per-key limiter state in a Map whose size stays bounded by the keys that are active.
 *
 * An entry whose state equals what a brand-new key would get (a full bucket, windows that have
 * ended) carries no information, so it can be dropped. Sweeping every call would cost O(keys) per
 * request; instead a sweep runs when the map reaches twice its size after the previous sweep
 * (and at least `minKeys`), which is amortised O(1) per request and keeps the map under about
 * 2 × the keys whose state is not yet "full".
 */

/** A bounded keyed store; `isFresh(state, now)` says the state equals a new key's at `now`. */
export interface SimKeyedState<S> {
  get(key: string): S | undefined;
  /** Stores `state` for `key`, then sweeps if the map has grown enough. */
  set(key: string, state: S, now: number): void;
  size(): number;
}

/** Default number of keys below which no sweep runs. */
export const SWEEP_MIN_KEYS = 1024;

/**
 * Creates a store. `isFresh` receives the stored state and the current time in the limiter's own
 * unit (ms, µs or ns) and must not change the state. `minKeys` is the size below which no sweep
 * runs; 0 sweeps on every `set` (for tests: dropping fresh entries must change no decision).
 */
export function createKeyedState<S>(
  isFresh: (state: S, now: number) => boolean,
  minKeys: number = SWEEP_MIN_KEYS,
): SimKeyedState<S> {
  const map = new Map<string, S>();
  const everyCall = minKeys <= 0;
  const floor = Math.max(1, Math.floor(minKeys));
  let sweepAt = floor;
  return {
    get: (key) => map.get(key),
    set(key, state, now) {
      map.set(key, state);
      if (!everyCall && map.size < sweepAt) return;
      for (const [k, s] of map) {
        // The entry just written belongs to the current request; keep it even if it is fresh.
        if (k !== key && isFresh(s, now)) map.delete(k);
      }
      sweepAt = Math.max(floor, 2 * map.size);
    },
    size: () => map.size,
  };
}
