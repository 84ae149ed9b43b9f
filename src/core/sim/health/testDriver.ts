/**
 * A tiny stand-in for the engine, used by the tests: sends requests at given times through a
 * picker and a {@link SimHealthTracker} exactly as README.md's "Wiring" section asks the engine
 * to (eligible → pick → planCall → onResponse at the answer time), on its own event queue.
 */
import { NO_HOST, type SimInstancePicker } from '../balancer';
import { SimEventQueue } from '../eventQueue';
import { NO_HEALTHY_UPSTREAM } from './callPlan';
import type { SimHealthTracker } from './tracker';

/** One request's outcome. `instance` is {@link NO_HOST} when none was eligible. */
export interface SimDrivenResult {
  sentAt: number;
  instance: number;
  status: number;
  answeredAt: number;
  /** Whether the service was in panic when the pick was made. */
  panic: boolean;
  /** The healthy set when the pick was made. */
  healthy: readonly number[];
}

/** How the driven service behaves when it answers. */
export interface SimDriveOptions {
  serviceMs: number;
  /** The status an instance answers with (default 200). */
  status?: (instance: number, sentAt: number) => number;
  /** The client of request k (default `client-k`). */
  client?: (k: number) => string;
}

type DriveEvent =
  { kind: 'send'; k: number } | { kind: 'answer'; k: number; instance: number; status: number };

/**
 * Sends one request at each of `times` (ms, any order) and returns the outcomes in send order.
 * A request nobody may serve is answered 503 at once ({@link NO_HEALTHY_UPSTREAM}).
 */
export function driveRequests(
  tracker: SimHealthTracker,
  picker: SimInstancePicker,
  times: readonly number[],
  options: SimDriveOptions,
): SimDrivenResult[] {
  const queue = new SimEventQueue<DriveEvent>();
  const results: SimDrivenResult[] = [];
  const inFlight = new Array<number>(tracker.instances).fill(0);
  times.forEach((t, k) => queue.push(t, { kind: 'send', k }));
  while (queue.size > 0) {
    const now = queue.peekTime();
    const event = queue.pop()!;
    if (event.kind === 'answer') {
      tracker.onResponse(now, event.instance, event.status);
      inFlight[event.instance]!--;
      results[event.k]!.status = event.status;
      results[event.k]!.answeredAt = now;
      continue;
    }
    const k = event.k;
    const hosts = tracker.eligible(now);
    const instance = picker.pick({
      instances: tracker.instances,
      hosts,
      load: (i) => inFlight[i] ?? 0,
      client: options.client?.(k) ?? `client-${k}`,
    });
    const result: SimDrivenResult = {
      sentAt: now,
      instance,
      status: NO_HEALTHY_UPSTREAM.status,
      answeredAt: now,
      panic: tracker.inPanic(now),
      healthy: tracker.healthySet(now),
    };
    results[k] = result;
    if (instance === NO_HOST) continue;
    inFlight[instance]!++;
    const plan = tracker.planCall(now, instance, options.serviceMs);
    const status =
      plan.kind === 'answered' ? (options.status?.(instance, now) ?? 200) : plan.status;
    queue.push(plan.at, { kind: 'answer', k, instance, status });
  }
  return results;
}
