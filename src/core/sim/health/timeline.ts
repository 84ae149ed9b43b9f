/**
 * The real state of each instance over virtual time, from the scenario's events. Every instance
 * starts `up`; an event at `at` holds from `at` on, so a call or a check made at exactly `at`
 * already sees the new state.
 */
import type { SimInstanceEvent, SimInstanceState } from './config';

/** One change of an instance's real state. */
export interface SimStateChange {
  at: number;
  instance: number;
  state: SimInstanceState;
}

/** Read-only view of the instances' real states over time. */
export interface SimInstanceTimeline {
  /** The state of instance `i` at time `t` (ms); `up` for an unknown instance. */
  stateAt(i: number, t: number): SimInstanceState;
  /** The first change of instance `i` within `(from, to]`, or `undefined`. */
  firstChangeIn(i: number, from: number, to: number): SimStateChange | undefined;
  /** Every real change (an event that repeats the current state is dropped), sorted by time. */
  readonly changes: readonly SimStateChange[];
}

/**
 * Builds the timeline of `instances` instances from `events` (any order; equal times keep their
 * order, so the last event at a time wins). Events naming an instance outside `[0, instances)`
 * are ignored (the parser already refuses them).
 */
export function createInstanceTimeline(
  instances: number,
  events: readonly SimInstanceEvent[],
): SimInstanceTimeline {
  const perInstance: SimStateChange[][] = Array.from({ length: instances }, () => []);
  const sorted = events
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.at - b.e.at || a.order - b.order)
    .map(({ e }) => e);
  for (const e of sorted) {
    const list = perInstance[e.instance];
    if (list === undefined) continue;
    const last = list[list.length - 1];
    if (last !== undefined && last.at === e.at) {
      list.pop(); // a later event at the same time replaces the earlier one
    }
    const previous = list[list.length - 1]?.state ?? 'up';
    if (previous !== e.state) list.push({ at: e.at, instance: e.instance, state: e.state });
  }
  const changes = perInstance.flat().sort((a, b) => a.at - b.at || a.instance - b.instance);

  /** Index of the last change of `list` at or before `t`, or −1. */
  const lastAtOrBefore = (list: readonly SimStateChange[], t: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.at <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  return {
    changes,
    stateAt(i, t) {
      const list = perInstance[i];
      if (list === undefined) return 'up';
      const k = lastAtOrBefore(list, t);
      return k < 0 ? 'up' : list[k]!.state;
    },
    firstChangeIn(i, from, to) {
      const list = perInstance[i];
      if (list === undefined) return undefined;
      const next = list[lastAtOrBefore(list, from) + 1];
      return next !== undefined && next.at <= to ? next : undefined;
    },
  };
}
