/**
 * How a service's instance is chosen for a call (Envoy load-balancer semantics, gateway-semantics
 * §3.4). Each policy is a small picker behind one interface, so more (weighted, Maglev…) slot in.
 */
import type { SimRng } from './prng';

/** What a picker may look at: the instance count, each instance's load, and who is calling. */
export interface SimPickContext {
  instances: number;
  /** Requests in service or waiting at instance `i`. */
  load(i: number): number;
  client: string;
}

/** Chooses an instance index in [0, instances). */
export interface SimInstancePicker {
  pick(context: SimPickContext): number;
}

/** Instance-selection policies the pickers implement. */
export type SimPolicy = 'round-robin' | 'random' | 'least-request' | 'consistent-hash';

/**
 * Creates the picker for `policy`. `rng` serves the random policies.
 *
 * - `round-robin`: 0, 1, …, n−1, 0, … (Envoy with its start seed injected as 0, GS-09).
 * - `random`: uniform.
 * - `least-request`: power of two choices, drawn with replacement; fewer requests wins, ties keep
 *   the first draw (Envoy LEAST_REQUEST, `choice_count` 2).
 * - `consistent-hash`: a ring of 160 points per instance keyed by client, so removing an instance
 *   moves only its own clients.
 */
export function createPicker(policy: SimPolicy, rng: SimRng): SimInstancePicker {
  switch (policy) {
    case 'round-robin': {
      let next = 0;
      return { pick: ({ instances }) => next++ % instances };
    }
    case 'random':
      return { pick: ({ instances }) => Math.floor(rng.next() * instances) };
    case 'least-request':
      return {
        pick({ instances, load }) {
          const a = Math.floor(rng.next() * instances);
          const b = Math.floor(rng.next() * instances);
          return load(b) < load(a) ? b : a;
        },
      };
    case 'consistent-hash':
      return createRingPicker();
  }
}

const POINTS_PER_INSTANCE = 160;

function createRingPicker(): SimInstancePicker {
  let ring: { hash: number; instance: number }[] = [];
  let ringSize = -1;
  const byClient = new Map<string, number>();
  return {
    pick({ instances, client }) {
      if (ringSize !== instances) {
        ring = [];
        for (let i = 0; i < instances; i++) {
          for (let v = 0; v < POINTS_PER_INSTANCE; v++)
            ring.push({ hash: hashKey(`${i}#${v}`), instance: i });
        }
        ring.sort((x, y) => x.hash - y.hash || x.instance - y.instance);
        ringSize = instances;
        byClient.clear();
      }
      let chosen = byClient.get(client);
      if (chosen === undefined) {
        const h = hashKey(client);
        let lo = 0;
        let hi = ring.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ring[mid]!.hash < h) lo = mid + 1;
          else hi = mid;
        }
        chosen = ring[lo % ring.length]!.instance;
        byClient.set(client, chosen);
      }
      return chosen;
    },
  };
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
function hashKey(text: string): number {
  let h = fnv1a(text);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
