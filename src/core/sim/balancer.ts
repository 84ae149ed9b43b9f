/**
 * How a service's instance is chosen for a call (Envoy load-balancer semantics, gateway-semantics
 * §3.4). Each policy is a small picker behind one interface, so more (weighted…) slot in. Pickers
 * choose only among the instances the caller says are eligible (health and the panic threshold
 * live in `health/`), and answer {@link NO_HOST} when there is none.
 */
import type { SimRng } from './prng';

/** What a picker may look at: the instances, which of them are eligible, loads, and the caller. */
export interface SimPickContext {
  instances: number;
  /**
   * The instance indexes that may be picked, ascending (the gateway's healthy set, or all of them
   * in panic: `SimHealthTracker.eligible`). Absent: all of `[0, instances)`. Pass the same array
   * object while the set is unchanged: hash pickers rebuild their tables when it changes.
   */
  hosts?: readonly number[];
  /** Requests in service or waiting at instance `i`. */
  load(i: number): number;
  client: string;
}

/** Chooses an instance index among the eligible ones, or {@link NO_HOST}. */
export interface SimInstancePicker {
  pick(context: SimPickContext): number;
}

/** What a picker answers when no instance is eligible (the gateway then answers 503 `UH`). */
export const NO_HOST = -1;

/** Instance-selection policies the pickers implement. */
export type SimPolicy = 'round-robin' | 'random' | 'least-request' | 'consistent-hash' | 'maglev';

/** Envoy's default Maglev table size (a prime; gateway-semantics §3.4). */
export const MAGLEV_TABLE_SIZE = 65537;

/** Picker options. */
export interface SimPickerOptions {
  /**
   * Maglev lookup-table size: a prime, larger than the instance count (Envoy advises 100× it).
   * Default {@link MAGLEV_TABLE_SIZE}; tests may use a smaller prime.
   */
  maglevTableSize?: number;
}

/**
 * Creates the picker for `policy`. `rng` serves the random policies.
 *
 * - `round-robin`: a counter that starts at 0 and walks the eligible list: `hosts[next++ % n]`
 *   (Envoy, with its start seed injected as 0, GS-09; the counter survives changes of the list).
 * - `random`: uniform over the eligible instances.
 * - `least-request`: power of two choices among the eligible instances, drawn with replacement;
 *   fewer requests wins, ties keep the first draw (Envoy LEAST_REQUEST, `choice_count` 2).
 * - `consistent-hash`: a ring of 160 points per instance keyed by client. An ineligible instance's
 *   points are skipped, so only its own clients move, to the next eligible point clockwise.
 * - `maglev`: Envoy MAGLEV: a lookup table of `maglevTableSize` slots filled from each eligible
 *   instance's permutation; removing one of N moves its own ≈1/N of clients and few others.
 */
export function createPicker(
  policy: SimPolicy,
  rng: SimRng,
  options: SimPickerOptions = {},
): SimInstancePicker {
  switch (policy) {
    case 'round-robin': {
      let next = 0;
      return {
        pick({ instances, hosts }) {
          const n = hosts ? hosts.length : instances;
          if (n <= 0) return NO_HOST;
          const k = next++ % n;
          return hosts ? hosts[k]! : k;
        },
      };
    }
    case 'random':
      return {
        pick({ instances, hosts }) {
          const n = hosts ? hosts.length : instances;
          if (n <= 0) return NO_HOST;
          const k = Math.floor(rng.next() * n);
          return hosts ? hosts[k]! : k;
        },
      };
    case 'least-request':
      return {
        pick({ instances, hosts, load }) {
          const n = hosts ? hosts.length : instances;
          if (n <= 0) return NO_HOST;
          const ka = Math.floor(rng.next() * n);
          const kb = Math.floor(rng.next() * n);
          const a = hosts ? hosts[ka]! : ka;
          const b = hosts ? hosts[kb]! : kb;
          return load(b) < load(a) ? b : a;
        },
      };
    case 'consistent-hash':
      return createRingPicker();
    case 'maglev':
      return createMaglevPicker(options.maglevTableSize ?? MAGLEV_TABLE_SIZE);
  }
}

/**
 * Tracks the eligible set a hash picker last saw, so per-client caches are dropped exactly when
 * the set (not merely the array object) changes.
 */
function createSetWatch(): (instances: number, hosts: readonly number[] | undefined) => boolean {
  let lastInstances = -1;
  let lastHosts: readonly number[] | undefined;
  let lastCopy: number[] | undefined;
  return (instances, hosts) => {
    if (instances === lastInstances && hosts === lastHosts) return false;
    const same =
      instances === lastInstances &&
      (hosts === undefined
        ? lastCopy === undefined
        : lastCopy !== undefined &&
          lastCopy.length === hosts.length &&
          hosts.every((h, k) => lastCopy![k] === h));
    lastInstances = instances;
    lastHosts = hosts;
    lastCopy = hosts ? [...hosts] : undefined;
    return !same;
  };
}

const POINTS_PER_INSTANCE = 160;

function createRingPicker(): SimInstancePicker {
  let hashes: Uint32Array = new Uint32Array(0);
  let owners: Int32Array = new Int32Array(0);
  let ringSize = -1;
  let eligible: Uint8Array = new Uint8Array(0);
  const changed = createSetWatch();
  const byClient = new Map<string, number>();
  return {
    pick({ instances, hosts, client }) {
      if (changed(instances, hosts)) {
        if (ringSize !== instances) ({ hashes, owners } = buildRing(instances));
        ringSize = instances;
        eligible = new Uint8Array(instances);
        if (hosts === undefined) eligible.fill(1);
        else for (const h of hosts) if (h >= 0 && h < instances) eligible[h] = 1;
        byClient.clear();
      }
      let chosen = byClient.get(client);
      if (chosen === undefined) {
        chosen = ringLookup(hashes, owners, eligible, hashKey(client));
        byClient.set(client, chosen);
      }
      return chosen;
    },
  };
}

/** Ring points of `instances` instances, sorted by hash (ties by instance). */
function buildRing(instances: number): { hashes: Uint32Array; owners: Int32Array } {
  const points: { hash: number; instance: number }[] = [];
  for (let i = 0; i < instances; i++) {
    for (let v = 0; v < POINTS_PER_INSTANCE; v++)
      points.push({ hash: hashKey(`${i}#${v}`), instance: i });
  }
  points.sort((x, y) => x.hash - y.hash || x.instance - y.instance);
  return {
    hashes: Uint32Array.from(points, (p) => p.hash),
    owners: Int32Array.from(points, (p) => p.instance),
  };
}

/** The first point at or after `h` (wrapping) whose instance is eligible, or {@link NO_HOST}. */
function ringLookup(
  hashes: Uint32Array,
  owners: Int32Array,
  eligible: Uint8Array,
  h: number,
): number {
  const size = hashes.length;
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hashes[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  for (let step = 0; step < size; step++) {
    const owner = owners[(lo + step) % size]!;
    if (eligible[owner] === 1) return owner;
  }
  return NO_HOST;
}

/** Tables kept per eligible set: flapping between two sets (down, up) rebuilds nothing. */
const MAGLEV_CACHE = 4;

function createMaglevPicker(tableSize: number): SimInstancePicker {
  const tables = new Map<string, Int32Array>();
  let table: Int32Array = new Int32Array(0);
  const changed = createSetWatch();
  const byClient = new Map<string, number>();
  return {
    pick({ instances, hosts, client }) {
      if (changed(instances, hosts)) {
        const list = hosts ?? Array.from({ length: instances }, (_, i) => i);
        const key = list.join(',');
        let built = tables.get(key);
        if (built === undefined) {
          built = buildMaglevTable(list, tableSize);
          if (tables.size >= MAGLEV_CACHE) tables.delete(tables.keys().next().value!);
          tables.set(key, built);
        }
        table = built;
        byClient.clear();
      }
      if (table.length === 0) return NO_HOST;
      let chosen = byClient.get(client);
      if (chosen === undefined) {
        chosen = table[hashKey(client) % table.length]!;
        byClient.set(client, chosen);
      }
      return chosen;
    },
  };
}

/**
 * Fills a Maglev lookup table (Eisenbud et al., "Maglev", NSDI 2016, §3.4; Envoy
 * `MaglevTable`): each host `i` has a preference permutation `(offset + j·skip) mod M` with
 * `offset = h1(i) mod M` and `skip = h2(i) mod (M − 1) + 1`; hosts take turns claiming their next
 * free preferred slot until all `M` slots are owned. Every host ends with ⌊M/N⌋ or ⌈M/N⌉ slots.
 * With more hosts than slots, the later hosts get none. An empty host list gives an empty table.
 *
 * @param hosts instance indexes (their identity, not their position, seeds the permutation, so a
 *   host keeps most of its slots when another leaves).
 * @param size the table size `M`, a prime (not checked here: a composite `M` still fills the
 *   table because the loop also advances past taken slots, only less evenly).
 */
export function buildMaglevTable(hosts: readonly number[], size: number): Int32Array {
  const m = Math.max(1, Math.floor(size));
  if (hosts.length === 0) return new Int32Array(0);
  const table = new Int32Array(m).fill(-1);
  const skip = hosts.map((h) => (m > 1 ? (hashKey(`maglev-skip#${h}`) % (m - 1)) + 1 : 1));
  // Each host's next preferred slot: offset, offset + skip, offset + 2·skip… (mod M).
  const cursor = hosts.map((h) => hashKey(`maglev-offset#${h}`) % m);
  let filled = 0;
  for (;;) {
    for (let k = 0; k < hosts.length; k++) {
      const step = skip[k]!;
      let slot = cursor[k]!;
      // With a prime M the permutation reaches every slot within M steps; a composite M may
      // cycle through taken slots only, so after M steps a linear probe guarantees progress.
      let probes = 0;
      while (table[slot] !== -1) slot = ++probes < m ? (slot + step) % m : (slot + 1) % m;
      table[slot] = hosts[k]!;
      cursor[k] = (slot + step) % m;
      if (++filled === m) return table;
    }
  }
}

/** 32-bit FNV-1a of a string's UTF-16 code units: a fast, stable, well-spread key hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a followed by murmur3's fmix32 finaliser: short, similar keys (`0#1`, `0#2`) spread evenly. */
export function hashKey(text: string): number {
  let h = fnv1a(text);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
