/**
 * Queueing statistics of one service node in O(1) memory: time integrals of the number of calls
 * waiting and in service (so their time averages L_q and L_s), maxima, total waiting time, and
 * call counts. Little's law, `L = λ·W`, holds between these integrals and the per-call times by
 * construction when every call has left by the end (the integral of the count over time is the
 * sum of the times), which the tests use as the check.
 */
import { roundMs } from './stats';
import type { SimServiceCounters } from './types';

/** Rounds a ratio to 4 decimals (utilisation). */
function round4(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Math.round(x * 10_000) / 10_000;
  return r === 0 ? 0 : r;
}

/** The running statistics of one service node; every method takes the current virtual time. */
export class SimServiceStats {
  private last = 0;
  private waiting = 0;
  private busy = 0;
  private waitingArea = 0;
  private busyArea = 0;
  private waitingMax = 0;
  private busyMax = 0;
  private waitSum = 0;
  private waited = 0;
  private total = 0;
  private retries = 0;
  private timeouts = 0;
  private overflows = 0;
  private noHost = 0;
  private readonly byInstance: Float64Array;

  constructor(instances: number) {
    this.byInstance = new Float64Array(Math.max(0, instances));
  }

  private advance(now: number): void {
    const dt = now - this.last;
    if (dt > 0) {
      this.waitingArea += this.waiting * dt;
      this.busyArea += this.busy * dt;
      this.last = now;
    }
  }

  /** A call (a first try or a retry) was sent to `instance` (-1: none was eligible). */
  called(instance: number, retry: boolean): void {
    this.total++;
    if (retry) this.retries++;
    if (instance >= 0 && instance < this.byInstance.length) this.byInstance[instance]!++;
  }

  /** The gateway answered a call itself: `timeout` 504, `overflow` 503, `no-host` 503. */
  gatewayAnswered(kind: 'timeout' | 'overflow' | 'no-host'): void {
    if (kind === 'timeout') this.timeouts++;
    else if (kind === 'overflow') this.overflows++;
    else this.noHost++;
  }

  /** A call joined an instance's queue. */
  enqueued(now: number): void {
    this.advance(now);
    if (++this.waiting > this.waitingMax) this.waitingMax = this.waiting;
  }

  /** A call left a queue after `waitedMs` (to start service, or abandoned at its deadline). */
  dequeued(now: number, waitedMs: number): void {
    this.advance(now);
    this.waiting--;
    this.waitSum += waitedMs;
    this.waited++;
  }

  /** A call started service; `queued` false means it never waited (a zero wait is counted). */
  started(now: number, queued: boolean): void {
    this.advance(now);
    if (!queued) this.waited++;
    if (++this.busy > this.busyMax) this.busyMax = this.busy;
  }

  /** A call's service ended (answered, failed, or finished after the gateway gave up on it). */
  finished(now: number): void {
    this.advance(now);
    this.busy--;
  }

  /**
   * The counters at the end of the run, `endMs` (time averages over `[0, endMs]`). `servers` is
   * instances × concurrency; utilisation is omitted when it is not finite.
   */
  result(endMs: number, servers: number): SimServiceCounters {
    this.advance(endMs);
    const span = endMs > 0 ? endMs : 0;
    const counters: SimServiceCounters = {
      queue: {
        mean: span > 0 ? roundMs(this.waitingArea / span) : 0,
        max: this.waitingMax,
        waitMs: this.waited > 0 ? roundMs(this.waitSum / this.waited) : 0,
      },
      inService: { mean: span > 0 ? roundMs(this.busyArea / span) : 0, max: this.busyMax },
      calls: {
        total: this.total,
        retries: this.retries,
        timeouts: this.timeouts,
        overflows: this.overflows,
        noHost: this.noHost,
        byInstance: Array.from(this.byInstance),
      },
    };
    if (Number.isFinite(servers) && servers > 0) {
      counters.utilisation = span > 0 ? round4(this.busyArea / (span * servers)) : 0;
    }
    return counters;
  }
}
