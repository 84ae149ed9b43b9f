/**
 * One service's instance health over virtual time: the real states from the scenario, the
 * gateway's view from active checks and outlier detection, and the panic threshold that decides
 * which instances the balancer may pick. Pure and lazy: every query takes the current virtual
 * time and first replays, in time order, every check, check result, sweep and real change due up
 * to it, so the engine needs no extra events (see README.md, "Wiring").
 */
import { checkVerdict, createActiveChecker, type SimActiveChecker } from './activeCheck';
import { planCall, type SimCallPlan } from './callPlan';
import type { SimHealthConfig, SimInstanceState } from './config';
import { createOutlierDetector, type SimOutlierDetector } from './outlier';
import { eligibleInstances, isPanic } from './panic';
import { createInstanceTimeline, type SimInstanceTimeline } from './timeline';

/** One timestamped health event, for traces and the UI. */
export type SimHealthLogEntry =
  | { at: number; kind: 'state'; instance: number; state: SimInstanceState }
  | { at: number; kind: 'unhealthy' | 'healthy'; instance: number }
  | { at: number; kind: 'ejected'; instance: number; times: number; durationMs: number }
  | { at: number; kind: 'unejected' | 'overflow'; instance: number }
  | { at: number; kind: 'panic' | 'panic-end'; healthy: number; total: number };

/** A service's health, as the gateway sees it and as it really is. */
export interface SimHealthTracker {
  readonly instances: number;
  readonly config: SimHealthConfig;
  readonly timeline: SimInstanceTimeline;
  /**
   * Replays everything due up to and including `t` (ms). Order at equal times: real state
   * changes, then check results due, then new checks, then the outlier sweep; all of them before
   * the caller's own call at `t`. Times must not go backwards: an earlier `t` acts as the latest
   * time already seen.
   */
  advance(t: number): void;
  /**
   * Records a check result from outside (a test, or a live transport when the tracker was made
   * with `runChecks: false`). Ignored when active checking is off.
   */
  onCheckResult(t: number, i: number, ok: boolean): void;
  /** Feeds a response status of instance `i` at `t` to outlier detection (no-op when off). */
  onResponse(t: number, i: number, status: number): void;
  /** Instances the gateway sees as healthy at `t` (not failed by checks, not ejected), ascending. */
  healthySet(t: number): readonly number[];
  /** Whether the service is in panic at `t` (see `panic.ts`). */
  inPanic(t: number): boolean;
  /**
   * Instances the balancer may pick at `t`: {@link healthySet}, or all in panic; empty when none
   * is healthy and panic is off (answer {@link NO_HEALTHY_UPSTREAM}). The same array object is
   * returned until the set changes, so pickers can cache by identity.
   */
  eligible(t: number): readonly number[];
  /** The fate of a call sent at `t` to instance `i` taking `serviceMs` (see `callPlan.ts`). */
  planCall(t: number, i: number, serviceMs: number): SimCallPlan;
  /**
   * The time of the next check, check result, sweep or real change, or +Infinity when none is
   * left. Checks and sweeps recur for ever: an engine that schedules an event at this time must
   * stop doing so once nothing else is pending, or the run never ends.
   */
  nextDueMs(): number;
  /** Returns the log entries gathered since the last call, and forgets them. */
  takeLog(): SimHealthLogEntry[];
  /** Check rounds replayed so far (settled rounds skipped in one step are not counted). */
  readonly checkRounds: number;
}

/** Options for {@link createHealthTracker}. */
export interface SimHealthTrackerOptions {
  /** `false`: the tracker never checks by itself; results come only through `onCheckResult`. */
  runChecks?: boolean;
  /** Log entries kept until `takeLog`; later ones are dropped (default 10 000). */
  maxLog?: number;
  /**
   * `false`: replay every check round and sweep, even those that cannot change anything (for
   * tests that prove the skipping exact). Default `true`.
   */
  skipIdle?: boolean;
}

/**
 * Creates the tracker of a service with `instances` instances (a non-positive or fractional count
 * is floored at 0). A mechanism whose interval is not a positive finite number is treated as off.
 *
 * @example
 * const health = createHealthTracker(config, 3);
 * const hosts = health.eligible(now); // pick among these
 * const plan = health.planCall(now, picked, serviceMs);
 * health.onResponse(plan.at, picked, status);
 */
export function createHealthTracker(
  config: SimHealthConfig,
  instances: number,
  options: SimHealthTrackerOptions = {},
): SimHealthTracker {
  const n = Math.max(0, Math.floor(instances) || 0);
  const timeline = createInstanceTimeline(n, config.events);
  const check = usable(config.activeCheck?.intervalMs) ? config.activeCheck : undefined;
  const outlierConfig = usable(config.outlierDetection?.intervalMs)
    ? config.outlierDetection
    : undefined;
  const checker: SimActiveChecker | undefined = check && createActiveChecker(check, n);
  const outlier: SimOutlierDetector | undefined =
    outlierConfig && createOutlierDetector(outlierConfig, n);
  const runChecks = options.runChecks !== false && checker !== undefined;
  const maxLog = options.maxLog ?? 10_000;
  const skipping = options.skipIdle !== false;
  let checkRounds = 0;

  let now = 0;
  let changeIndex = 0;
  let round = 0; // index k of the next check round, at firstCheckMs + k·intervalMs
  const pending: { at: number; instance: number }[] = []; // failures of unresponsive checks
  let pendingHead = 0;
  let nextSweep = outlier ? outlier.nextSweepAt(0) : Infinity;
  let log: SimHealthLogEntry[] = [];
  let version = 0;
  let cachedVersion = -1;
  let healthy: readonly number[] = [];
  let eligible: readonly number[] = [];
  let panic = false;

  const roundAt = (k: number): number =>
    check ? check.firstCheckMs + k * check.intervalMs : Infinity;
  const record = (entry: SimHealthLogEntry): void => {
    if (log.length < maxLog) log.push(entry);
  };
  const refresh = (): void => {
    if (cachedVersion === version) return;
    cachedVersion = version;
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!(checker?.failed(i) ?? false) && !(outlier?.ejected(i) ?? false)) list.push(i);
    }
    healthy = list;
    eligible = eligibleInstances(list, n, config.panicThresholdPercent);
  };
  /** After any change of the gateway's view at `t`: logs panic entering or leaving. */
  const changed = (t: number): void => {
    version++;
    refresh();
    const nowPanic = isPanic(healthy.length, n, config.panicThresholdPercent);
    if (nowPanic !== panic) {
      panic = nowPanic;
      record({ at: t, kind: panic ? 'panic' : 'panic-end', healthy: healthy.length, total: n });
    }
  };
  const applyCheck = (t: number, i: number, ok: boolean): void => {
    const transition = checker?.onCheckResult(i, ok);
    if (transition === undefined) return;
    record({ at: t, kind: transition, instance: i });
    changed(t);
  };
  const runRound = (r: number): void => {
    checkRounds++;
    for (let i = 0; i < n; i++) {
      const verdict = checkVerdict(check!, timeline.stateAt(i, r), r);
      if (verdict.at === r) applyCheck(r, i, verdict.ok);
      else pending.push({ at: verdict.at, instance: i });
    }
  };
  /** Skips check rounds that cannot change anything (see the README's note on long runs). */
  const skipSettledRounds = (t: number): void => {
    if (pendingHead < pending.length) return;
    const nextChange = timeline.changes[changeIndex]?.at ?? Infinity;
    const r = roundAt(round);
    for (let i = 0; i < n; i++) {
      if (!checker!.settled(i, timeline.stateAt(i, r) === 'up')) return;
    }
    // Rounds started by `t` whose results land before the next real change repeat the settled
    // verdicts, so all but the last can go; the last still runs, to keep its result in order.
    const c = check!;
    let last = Math.floor((t - c.firstCheckMs) / c.intervalMs);
    if (nextChange !== Infinity) {
      last = Math.min(last, Math.ceil((nextChange - c.timeoutMs - c.firstCheckMs) / c.intervalMs));
    }
    // Float division may land one round off: step back until both bounds hold exactly.
    while (last > round && (roundAt(last) > t || roundAt(last) + c.timeoutMs >= nextChange)) last--;
    if (last > round) round = last;
  };

  const advance = (t: number): void => {
    if (!(t > now)) t = now;
    for (;;) {
      const change = timeline.changes[changeIndex];
      const changeAt = change?.at ?? Infinity;
      const pendingAt = pending[pendingHead]?.at ?? Infinity;
      if (skipping && runChecks && roundAt(round) <= t && pendingAt > roundAt(round)) {
        skipSettledRounds(t);
      }
      const roundTime = runChecks ? roundAt(round) : Infinity;
      if (skipping && outlier && nextSweep <= t && outlier.idle())
        nextSweep = outlier.nextSweepAt(t);
      const next = Math.min(changeAt, pendingAt, roundTime, nextSweep);
      if (next > t) break;
      now = next;
      if (changeAt === next) {
        record({ at: next, kind: 'state', instance: change!.instance, state: change!.state });
        changeIndex++;
      } else if (pendingAt === next) {
        applyCheck(next, pending[pendingHead]!.instance, false);
        if (++pendingHead === pending.length) pending.length = pendingHead = 0;
      } else if (roundTime === next) {
        round++;
        runRound(next);
      } else {
        for (const e of outlier!.sweep(next)) {
          record({ at: next, kind: 'unejected', instance: e.instance });
          changed(next);
        }
        nextSweep = outlier!.nextSweepAt(next);
      }
    }
    now = t;
  };

  return {
    instances: n,
    config,
    timeline,
    advance,
    onCheckResult(t, i, ok) {
      advance(t);
      if (checker) applyCheck(now, i, ok);
    },
    onResponse(t, i, status) {
      advance(t);
      const e = outlier?.onResponse(now, i, status);
      if (e === undefined) return;
      record(
        e.kind === 'ejected'
          ? { at: now, kind: 'ejected', instance: i, times: e.times, durationMs: e.durationMs }
          : { at: now, kind: e.kind, instance: i },
      );
      if (e.kind === 'ejected') changed(now);
    },
    healthySet(t) {
      advance(t);
      refresh();
      return healthy;
    },
    inPanic(t) {
      advance(t);
      refresh();
      return isPanic(healthy.length, n, config.panicThresholdPercent);
    },
    eligible(t) {
      advance(t);
      refresh();
      return eligible;
    },
    planCall(t, i, serviceMs) {
      advance(t);
      return planCall(timeline, config.routeTimeoutMs, now, i, serviceMs);
    },
    nextDueMs() {
      const changeAt = timeline.changes[changeIndex]?.at ?? Infinity;
      const pendingAt = pending[pendingHead]?.at ?? Infinity;
      return Math.min(changeAt, pendingAt, runChecks ? roundAt(round) : Infinity, nextSweep);
    },
    get checkRounds() {
      return checkRounds;
    },
    takeLog() {
      const out = log;
      log = [];
      return out;
    },
  };
}

function usable(intervalMs: number | undefined): boolean {
  return intervalMs !== undefined && Number.isFinite(intervalMs) && intervalMs > 0;
}
