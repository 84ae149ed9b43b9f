import { describe, expect, it } from 'vitest';
import { defaultHealthConfig, type SimHealthConfig } from './config';
import { createHealthTracker } from './tracker';

const withConfig = (over: Partial<SimHealthConfig>): SimHealthConfig => ({
  ...defaultHealthConfig(),
  ...over,
});

/** Kubernetes readiness defaults: period 10 s, failureThreshold 3, first check one period in. */
const probe = {
  intervalMs: 10_000,
  timeoutMs: 1000,
  unhealthyThreshold: 3,
  healthyThreshold: 1,
  firstCheckMs: 10_000,
};

/** When instance `i` is first marked unhealthy by the checks, replaying up to `to`; else ∞. */
function detectedAt(config: SimHealthConfig, instances: number, i: number, to: number): number {
  const tracker = createHealthTracker(config, instances);
  tracker.advance(to);
  const entry = tracker.takeLog().find((e) => e.kind === 'unhealthy' && e.instance === i);
  return entry?.at ?? Infinity;
}

describe('active checks: detection after interval × threshold', () => {
  it('an instance down from t = 0 is marked unhealthy at exactly 10 s × 3 = 30 s', () => {
    const config = withConfig({
      activeCheck: probe,
      events: [{ at: 0, instance: 1, state: 'down' }],
    });
    const tracker = createHealthTracker(config, 3);
    expect(tracker.healthySet(29_999)).toEqual([0, 1, 2]);
    expect(tracker.healthySet(30_000)).toEqual([0, 2]);
    expect(detectedAt(config, 3, 1, 100_000)).toBe(30_000);
  });

  it('detection lags the outage by 20–30 s depending on the probe phase (§3.3)', () => {
    const at = (down: number) =>
      detectedAt(
        withConfig({ activeCheck: probe, events: [{ at: down, instance: 0, state: 'down' }] }),
        2,
        0,
        200_000,
      );
    // An outage starting on a check is seen by it: checks at 10, 20, 30 s fail → 20 s of lag.
    expect(at(10_000)).toBe(30_000);
    // One just after a check waits for the next: 20, 30, 40 s → 29 999 ms of lag.
    expect(at(10_001)).toBe(40_000);
    expect(at(19_999)).toBe(40_000);
  });

  it('an unresponsive instance fails each check at its timeout: 11, 21, 31 s', () => {
    const config = withConfig({
      activeCheck: probe,
      events: [{ at: 0, instance: 0, state: 'unresponsive' }],
    });
    expect(detectedAt(config, 1, 0, 100_000)).toBe(31_000);
  });

  it('recovers after healthyThreshold consecutive passes', () => {
    const tracker = createHealthTracker(
      withConfig({
        activeCheck: { ...probe, healthyThreshold: 2 },
        events: [
          { at: 0, instance: 1, state: 'down' },
          { at: 45_000, instance: 1, state: 'up' },
        ],
      }),
      2,
    );
    expect(tracker.healthySet(30_000)).toEqual([0]);
    expect(tracker.healthySet(59_999)).toEqual([0]); // one pass at 50 s
    expect(tracker.healthySet(60_000)).toEqual([0, 1]); // the second at 60 s
    expect(tracker.takeLog()).toEqual([
      { at: 0, kind: 'state', instance: 1, state: 'down' },
      { at: 30_000, kind: 'unhealthy', instance: 1 },
      { at: 45_000, kind: 'state', instance: 1, state: 'up' },
      { at: 60_000, kind: 'healthy', instance: 1 },
    ]);
  });

  it('a blip shorter than the threshold is never noticed', () => {
    const tracker = createHealthTracker(
      withConfig({
        activeCheck: probe,
        events: [
          { at: 15_000, instance: 0, state: 'down' },
          { at: 35_000, instance: 0, state: 'up' },
        ],
      }),
      1,
    );
    tracker.advance(100_000);
    expect(tracker.takeLog().filter((e) => e.kind !== 'state')).toEqual([]);
  });

  it('tells the engine when the next check, result, sweep or change is due', () => {
    const tracker = createHealthTracker(
      withConfig({
        activeCheck: { ...probe, intervalMs: 1000, timeoutMs: 300, firstCheckMs: 1000 },
        outlierDetection: {
          consecutive5xx: 5,
          intervalMs: 2500,
          baseEjectionTimeMs: 30_000,
          maxEjectionTimeMs: 300_000,
          maxEjectionPercent: 10,
        },
        events: [{ at: 1500, instance: 0, state: 'unresponsive' }],
      }),
      1,
    );
    const due: number[] = [];
    for (let k = 0; k < 6; k++) {
      const next = tracker.nextDueMs();
      due.push(next);
      tracker.advance(next);
    }
    // check 1000, change 1500, check 2000 (its result 2300), sweep 2500 (idle: skipped past), 3000…
    expect(due).toEqual([1000, 1500, 2000, 2300, 2500, 3000]);
  });

  it('is off without activeCheck: a down instance stays in the healthy set', () => {
    const tracker = createHealthTracker(
      withConfig({ events: [{ at: 0, instance: 0, state: 'down' }] }),
      2,
    );
    expect(tracker.healthySet(1_000_000)).toEqual([0, 1]);
    expect(tracker.planCall(1_000_000, 0, 10).kind).toBe('refused');
    expect(tracker.nextDueMs()).toBe(Infinity);
  });

  it('takes external check results when it runs none itself', () => {
    const tracker = createHealthTracker(withConfig({ activeCheck: probe }), 2, {
      runChecks: false,
    });
    tracker.onCheckResult(5, 1, false);
    tracker.onCheckResult(6, 1, false);
    expect(tracker.healthySet(7)).toEqual([0, 1]);
    tracker.onCheckResult(8, 1, false);
    expect(tracker.healthySet(8)).toEqual([0]);
    expect(tracker.healthySet(1_000_000)).toEqual([0]); // no checks of its own bring it back
  });

  it('replays a very long run without checking round by round (1 ms interval over 10⁸ ms)', () => {
    const tracker = createHealthTracker(
      withConfig({
        activeCheck: {
          intervalMs: 1,
          timeoutMs: 1,
          unhealthyThreshold: 3,
          healthyThreshold: 2,
          firstCheckMs: 1,
        },
        events: [
          { at: 50_000_000, instance: 1, state: 'down' },
          { at: 70_000_000.5, instance: 1, state: 'up' },
        ],
      }),
      4,
    );
    expect(tracker.healthySet(60_000_000)).toEqual([0, 2, 3]);
    expect(tracker.healthySet(100_000_000)).toEqual([0, 1, 2, 3]);
    expect(tracker.checkRounds).toBeLessThan(20);
    expect(tracker.takeLog()).toEqual([
      { at: 50_000_000, kind: 'state', instance: 1, state: 'down' },
      { at: 50_000_002, kind: 'unhealthy', instance: 1 },
      { at: 70_000_000.5, kind: 'state', instance: 1, state: 'up' },
      { at: 70_000_002, kind: 'healthy', instance: 1 },
    ]);
  });
});

describe('outlier detection through the tracker', () => {
  const outlier = {
    consecutive5xx: 3,
    intervalMs: 1000,
    baseEjectionTimeMs: 5000,
    maxEjectionTimeMs: 300_000,
    maxEjectionPercent: 50,
  };

  it('ejects on the 3rd consecutive 5xx and returns the host on the first sweep 5 s later', () => {
    const tracker = createHealthTracker(withConfig({ outlierDetection: outlier }), 2);
    tracker.onResponse(100, 1, 503);
    tracker.onResponse(200, 1, 500);
    expect(tracker.healthySet(200)).toEqual([0, 1]);
    tracker.onResponse(300, 1, 504);
    expect(tracker.healthySet(300)).toEqual([0]);
    expect(tracker.healthySet(5999)).toEqual([0]);
    expect(tracker.healthySet(6000)).toEqual([0, 1]); // 5700 ≥ 5000 at the sweep of 6000
    expect(tracker.takeLog()).toEqual([
      { at: 300, kind: 'ejected', instance: 1, times: 1, durationMs: 5000 },
      { at: 6000, kind: 'unejected', instance: 1 },
    ]);
  });

  it('a one-instance service keeps sending to its ejected host: panic (envoy #2671)', () => {
    const tracker = createHealthTracker(
      withConfig({ outlierDetection: { ...outlier, maxEjectionPercent: 10 } }),
      1,
    );
    for (let k = 0; k < 3; k++) tracker.onResponse(k, 0, 503);
    expect(tracker.healthySet(3)).toEqual([]);
    expect(tracker.inPanic(3)).toBe(true);
    expect(tracker.eligible(3)).toEqual([0]);
    expect(tracker.takeLog().map((e) => e.kind)).toEqual(['ejected', 'panic']);
  });
});

describe('panic threshold at its boundary', () => {
  const fourWith = (down: number[], panicThresholdPercent = 50) =>
    createHealthTracker(
      withConfig({
        activeCheck: { ...probe, unhealthyThreshold: 1 },
        panicThresholdPercent,
        events: down.map((instance) => ({ at: 0, instance, state: 'down' as const })),
      }),
      4,
    );

  it('2 of 4 healthy (50 %) is not panic: only the healthy two are eligible', () => {
    const tracker = fourWith([1, 3]);
    expect(tracker.eligible(10_000)).toEqual([0, 2]);
    expect(tracker.inPanic(10_000)).toBe(false);
  });

  it('1 of 4 healthy (25 %) is panic: all four are eligible', () => {
    const tracker = fourWith([1, 2, 3]);
    expect(tracker.eligible(9_999)).toEqual([0, 1, 2, 3]); // not yet detected: all healthy
    expect(tracker.eligible(10_000)).toEqual([0, 1, 2, 3]); // detected: panic
    expect(tracker.inPanic(10_000)).toBe(true);
    expect(tracker.healthySet(10_000)).toEqual([0]);
    expect(tracker.takeLog().filter((e) => e.kind === 'panic')).toEqual([
      { at: 10_000, kind: 'panic', healthy: 1, total: 4 },
    ]);
  });

  it('with the threshold at 0 there is no panic, and with none healthy nothing is eligible', () => {
    expect(fourWith([1, 2, 3], 0).eligible(10_000)).toEqual([0]);
    expect(fourWith([0, 1, 2, 3], 0).eligible(10_000)).toEqual([]);
  });

  it('returns the same eligible array until the set changes', () => {
    const tracker = fourWith([1]);
    const a = tracker.eligible(5_000);
    expect(tracker.eligible(9_000)).toBe(a);
    expect(tracker.eligible(10_000)).not.toBe(a);
  });
});
