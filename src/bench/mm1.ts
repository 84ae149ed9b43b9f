/**
 * The baseline of the simulator benchmark: a bare M/M/1 queue (Poisson arrivals, one server,
 * exponential service, FIFO) on a binary-heap event loop, the least a discrete-event simulator
 * must do per request. Nothing else: no diagram, roles, headers, tokens or results.
 */
import { createRng } from '../core/sim/prng';

interface SimEvent {
  time: number;
  seq: number;
  kind: 'arrival' | 'departure';
}

/** A binary min-heap of events ordered by time, then insertion order (FIFO among equal times). */
class EventHeap {
  private readonly items: SimEvent[] = [];

  push(event: SimEvent): void {
    const items = this.items;
    items.push(event);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): SimEvent | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && before(items[left]!, items[least]!)) least = left;
      if (right < items.length && before(items[right]!, items[least]!)) least = right;
      if (least === i) break;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
    return top;
  }
}

function before(a: SimEvent, b: SimEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

/** Outcome of {@link runMm1}: requests served and their mean time in system (ms). */
export interface Mm1Result {
  served: number;
  meanLatencyMs: number;
}

/**
 * Runs `requests` arrivals at `arrivalsPerSec` through one server of `servicePerSec`, both
 * exponential, seeded; returns how many were served and their mean sojourn time in ms.
 */
export function runMm1(
  requests: number,
  arrivalsPerSec = 100,
  servicePerSec = 120,
  seed = 1,
): Mm1Result {
  const rng = createRng(seed);
  const random = () => rng.next();
  const exponentialMs = (ratePerSec: number) => (-Math.log(1 - random()) * 1000) / ratePerSec;
  const heap = new EventHeap();
  // Arrival times of queued requests; `head` walks it so that dequeuing stays O(1).
  const waiting: number[] = [];
  let head = 0;
  let seq = 0;
  let busy = false;
  let sent = 0;
  let served = 0;
  let totalLatency = 0;
  let inService = 0;

  heap.push({ time: 0, seq: seq++, kind: 'arrival' });
  for (let event = heap.pop(); event !== undefined; event = heap.pop()) {
    const now = event.time;
    if (event.kind === 'arrival') {
      sent++;
      if (sent < requests) {
        heap.push({ time: now + exponentialMs(arrivalsPerSec), seq: seq++, kind: 'arrival' });
      }
      if (busy) {
        waiting.push(now);
      } else {
        busy = true;
        inService = now;
        heap.push({ time: now + exponentialMs(servicePerSec), seq: seq++, kind: 'departure' });
      }
    } else {
      served++;
      totalLatency += now - inService;
      const next = waiting[head];
      if (next === undefined) {
        busy = false;
      } else {
        head++;
        inService = next;
        heap.push({ time: now + exponentialMs(servicePerSec), seq: seq++, kind: 'departure' });
      }
    }
  }
  return { served, meanLatencyMs: served === 0 ? 0 : totalLatency / served };
}
