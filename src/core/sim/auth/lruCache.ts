/**
 * A bounded least-recently-used map, the shape of Envoy's `jwt_cache_config` (a fixed number of
 * verified tokens; gateway-semantics.md §1.2). Built on `Map`'s insertion order: a hit moves the
 * entry to the end, an insert past capacity drops the first (least recently used) entry.
 */

/** A bounded map from token string to what its first verification learned. */
export interface SimLruCache<V> {
  /** The value, marked as most recently used; `undefined` when absent. */
  get(key: string): V | undefined;
  /** Stores `value`, evicting the least recently used entry when full. */
  set(key: string, value: V): void;
  readonly size: number;
}

/**
 * Creates an LRU map holding at most `capacity` entries (a whole number ≥ 1; anything else is a
 * bug and throws).
 */
export function createLruCache<V>(capacity: number): SimLruCache<V> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new Error(`LRU capacity must be a whole number ≥ 1, got ${capacity}`);
  }
  const map = new Map<string, V>();
  return {
    get(key) {
      const value = map.get(key);
      if (value === undefined) return undefined;
      map.delete(key);
      map.set(key, value);
      return value;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > capacity) map.delete(map.keys().next().value!);
    },
    get size() {
      return map.size;
    },
  };
}
