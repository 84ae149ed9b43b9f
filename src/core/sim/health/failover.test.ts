/**
 * Worked failover scenarios (README.md, "Worked scenarios"): one service of 3 instances behind a
 * round-robin balancer, a request every 100 ms from 0 to 9 900 ms (100 requests), 10 ms of service
 * time, and instance 1 down from 2 000 ms to 6 000 ms. Every number is derived by hand in the README.
 */
import { describe, expect, it } from 'vitest';
import { NO_HOST, createPicker, type SimPolicy } from '../balancer';
import { createRng } from '../prng';
import { defaultHealthConfig, type SimHealthConfig } from './config';
import { driveRequests } from './testDriver';
import { createHealthTracker } from './tracker';

const times = Array.from({ length: 100 }, (_, k) => k * 100);
const activeCheck = {
  intervalMs: 1000,
  timeoutMs: 200,
  unhealthyThreshold: 3,
  healthyThreshold: 2,
  firstCheckMs: 1000,
};
const outage = [
  { at: 2000, instance: 1, state: 'down' as const },
  { at: 6000, instance: 1, state: 'up' as const },
];

function run(config: SimHealthConfig, policy: SimPolicy = 'round-robin', seed = 1) {
  const tracker = createHealthTracker(config, 3);
  const results = driveRequests(tracker, createPicker(policy, createRng(seed)), times, {
    serviceMs: 10,
  });
  return { results, log: tracker.takeLog() };
}

const failedAt = (results: ReturnType<typeof run>['results']) =>
  results.filter((r) => r.status >= 500).map((r) => r.sentAt);

describe('FO-1: active checks only', () => {
  const { results, log } = run({ ...defaultHealthConfig(), activeCheck, events: outage });

  it('requests sent to instance 1 before detection fail with 503 (connection refused)', () => {
    expect(failedAt(results)).toEqual([2200, 2500, 2800, 3100, 3400, 3700]);
    expect(results.filter((r) => r.status === 503).length).toBe(6);
  });

  it('checks at 2, 3, 4 s fail: unhealthy at 4 000 ms; passes at 6, 7 s: healthy at 7 000 ms', () => {
    expect(log.filter((e) => e.kind !== 'state')).toEqual([
      { at: 4000, kind: 'unhealthy', instance: 1 },
      { at: 7000, kind: 'healthy', instance: 1 },
    ]);
  });

  it('traffic moves off instance 1 from 4 000 ms and back at 7 000 ms', () => {
    const toOne = results.filter((r) => r.instance === 1).map((r) => r.sentAt);
    expect(toOne.filter((t) => t >= 4000 && t < 7000)).toEqual([]);
    expect(toOne.filter((t) => t >= 7000)).toEqual([
      7000, 7300, 7600, 7900, 8200, 8500, 8800, 9100, 9400, 9700,
    ]);
  });
});

describe('FO-2: outlier detection shortens the window', () => {
  const { results, log } = run({
    ...defaultHealthConfig(),
    activeCheck,
    outlierDetection: {
      consecutive5xx: 2,
      intervalMs: 10_000,
      baseEjectionTimeMs: 30_000,
      maxEjectionTimeMs: 300_000,
      maxEjectionPercent: 10,
    },
    events: outage,
  });

  it('the 2nd consecutive 503 ejects instance 1 at 2 500 ms: only 2 requests fail', () => {
    expect(failedAt(results)).toEqual([2200, 2500]);
    expect(log.find((e) => e.kind === 'ejected')).toEqual({
      at: 2500,
      kind: 'ejected',
      instance: 1,
      times: 1,
      durationMs: 30_000,
    });
  });

  it('the ejection outlasts the active-check recovery: instance 1 gets nothing after 2 500 ms', () => {
    expect(results.filter((r) => r.instance === 1 && r.sentAt > 2500)).toEqual([]);
  });
});

describe('FO-3: two of three down, panic at 50 %', () => {
  const twoDown = [
    { at: 2000, instance: 1, state: 'down' as const },
    { at: 2000, instance: 2, state: 'down' as const },
  ];

  it('1 of 3 healthy (33 %) is panic: all three keep traffic and 2 of 3 requests fail', () => {
    const { results, log } = run({ ...defaultHealthConfig(), activeCheck, events: twoDown });
    expect(log.filter((e) => e.kind === 'panic')).toEqual([
      { at: 4000, kind: 'panic', healthy: 1, total: 3 },
    ]);
    expect(results.filter((r) => r.sentAt < 4000 && r.status === 503).length).toBe(13);
    expect(results.filter((r) => r.sentAt >= 4000 && r.status === 503).length).toBe(40);
    expect(results.filter((r) => r.status === 200).length).toBe(47);
  });

  it('with panic off, everything goes to the survivor from 4 000 ms: 13 failures in all', () => {
    const { results } = run({
      ...defaultHealthConfig(),
      activeCheck,
      panicThresholdPercent: 0,
      events: twoDown,
    });
    expect(results.filter((r) => r.status === 503).length).toBe(13);
    expect(results.filter((r) => r.sentAt >= 4000).every((r) => r.instance === 0)).toBe(true);
  });

  it('with panic off and all three down, the gateway answers 503 no healthy upstream', () => {
    const { results } = run({
      ...defaultHealthConfig(),
      activeCheck,
      panicThresholdPercent: 0,
      events: [0, 1, 2].map((instance) => ({ at: 2000, instance, state: 'down' as const })),
    });
    const after = results.filter((r) => r.sentAt >= 4000);
    expect(after.length).toBe(60);
    expect(after.every((r) => r.instance === NO_HOST && r.status === 503)).toBe(true);
  });
});

describe('determinism with the seeded generator', () => {
  const config = { ...defaultHealthConfig(), activeCheck, events: outage };
  it.each(['random', 'least-request'] as const)(
    '%s: the same seed replays the same run',
    (policy) => {
      const a = run(config, policy, 7).results;
      const b = run(config, policy, 7).results;
      const c = run(config, policy, 8).results;
      expect(a).toEqual(b);
      expect(c.map((r) => r.instance)).not.toEqual(a.map((r) => r.instance));
      // Whatever the seed, nothing goes to instance 1 while the checks hold it unhealthy.
      for (const r of [...a, ...c])
        if (r.sentAt >= 4000 && r.sentAt < 7000) expect(r.instance).not.toBe(1);
    },
  );
});
