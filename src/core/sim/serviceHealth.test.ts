/**
 * Instance health wired into the engine (health/README.md, "Wiring"): outages from the scenario,
 * active checks, outlier detection, panic, and the 503s of requests sent before the gateway
 * notices. Every count below is derived by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { stringifySimResult } from './simulate';
import { ONE_SERVICE } from './testing/gateways';
import { refusalOf, runSim, type TestScenario } from './testing/runSim';
import type { SimRequestResult, SimServiceCounters } from './types';

/** 10 requests/s from 0 to 10 s: request k (id k + 1) is sent at 100·k ms. */
const TEN_PER_SECOND = [{ from: 0, to: 10_000, rps: 10 }];
const CHECKS = { intervalMs: 1000, unhealthyThreshold: 3 };

/** Instance 1 of 2 goes down at 5 s (round robin, 10 ms of service time). */
function outage(health: Record<string, unknown>, viaTopLevel = false): TestScenario {
  const down = { at: 5000, instance: 1, state: 'down' as const };
  return {
    traffic: TEN_PER_SECOND,
    nodes: {
      n2: {
        instances: 2,
        latency: { dist: 'constant', ms: 10 },
        health: viaTopLevel ? health : { ...health, events: [down] },
      },
    },
    ...(viaTopLevel ? { events: [{ ...down, node: 'Work Service' }] } : {}),
  };
}

const sentAt = (rs: readonly SimRequestResult[]) => rs.map((r) => r.sentAt);
const instanceOf = (r: SimRequestResult) => r.calls[0]!.instance;

describe('an outage found by active checks (instance 1 of 2 down at 5 s, checks 1 s × 3)', () => {
  const scenario = outage({ activeCheck: CHECKS });

  it('requests sent to instance 1 before detection fail with 503 at once: exactly 10', async () => {
    // Checks at 5, 6 and 7 s fail (the one at 5 s already sees the outage): unhealthy at 7 s.
    // Round robin sends odd k to instance 1: k = 51, 53 … 69 are refused, 10 × 503.
    const result = await runSim(ONE_SERVICE, scenario);
    expect(result.status).toEqual({ '200': 90, '503': 10 });
    const failed = result.results!.filter((r) => r.status === 503);
    expect(sentAt(failed)).toEqual([5100, 5300, 5500, 5700, 5900, 6100, 6300, 6500, 6700, 6900]);
    expect(failed.every((r) => r.latencyMs === 0 && r.calls[0]!.outcome === 'refused')).toBe(true);
    expect(result.health).toEqual([
      { at: 5000, node: 'n2', kind: 'state', instance: 1, state: 'down' },
      { at: 7000, node: 'n2', kind: 'unhealthy', instance: 1 },
    ]);
  });

  it('from 7 s every request goes to instance 0 and succeeds', async () => {
    const result = await runSim(ONE_SERVICE, scenario);
    const after = result.results!.filter((r) => r.sentAt >= 7000);
    expect(after).toHaveLength(30);
    expect(after.every((r) => instanceOf(r) === 0 && r.status === 200)).toBe(true);
    expect((result.nodes.n2 as SimServiceCounters).calls.byInstance).toEqual([65, 35]);
  });

  it('top-level `events` naming the node by label give the same run byte for byte', async () => {
    const viaNode = stringifySimResult(await runSim(ONE_SERVICE, scenario));
    const viaTop = stringifySimResult(
      await runSim(ONE_SERVICE, outage({ activeCheck: CHECKS }, true)),
    );
    expect(viaTop).toBe(viaNode);
  });
});

describe('the same outage found by outlier detection (Envoy consecutive 5xx)', () => {
  it('the 5th consecutive 5xx (k = 59, 5.9 s) ejects instance 1: exactly 5 × 503', async () => {
    const result = await runSim(ONE_SERVICE, outage({ outlierDetection: {} }));
    expect(result.status).toEqual({ '200': 95, '503': 5 });
    expect(result.health!.find((e) => e.kind === 'ejected')).toEqual({
      at: 5900,
      node: 'n2',
      kind: 'ejected',
      instance: 1,
      times: 1,
      durationMs: 30_000,
    });
    // 1 healthy of 2 is 50 %, not below Envoy's panic threshold: health is trusted.
    const after = result.results!.filter((r) => r.sentAt > 5900);
    expect(after.every((r) => instanceOf(r) === 0)).toBe(true);
  });

  it('with consecutive5xx 2, only k = 51 and 53 fail', async () => {
    const result = await runSim(ONE_SERVICE, outage({ outlierDetection: { consecutive5xx: 2 } }));
    expect(sentAt(result.results!.filter((r) => r.status === 503))).toEqual([5100, 5300]);
  });
});

describe('Envoy panic threshold (3 instances, 2 down at 2 s, checks 1 s × 3)', () => {
  const twoDown = (panicThresholdPercent?: number): TestScenario => ({
    traffic: TEN_PER_SECOND,
    nodes: {
      n2: {
        instances: 3,
        latency: { dist: 'constant', ms: 10 },
        health: {
          activeCheck: { ...CHECKS, timeoutMs: 200 },
          ...(panicThresholdPercent === undefined ? {} : { panicThresholdPercent }),
        },
      },
    },
    events: [
      { at: 2000, node: 'n2', instance: 1, state: 'down' },
      { at: 2000, node: 'n2', instance: 2, state: 'down' },
    ],
  });

  it('1 of 3 healthy is panic: traffic stays on all three, 53 × 503 (as health/README FO-3)', async () => {
    const result = await runSim(ONE_SERVICE, twoDown());
    expect(result.status).toEqual({ '200': 47, '503': 53 });
    expect(result.health!.filter((e) => e.kind === 'panic')).toEqual([
      { at: 4000, node: 'n2', kind: 'panic', healthy: 1, total: 3 },
    ]);
  });

  it('panic off: the survivor takes everything from 4 s, 13 × 503', async () => {
    const result = await runSim(ONE_SERVICE, twoDown(0));
    expect(result.status).toEqual({ '200': 87, '503': 13 });
  });

  it('panic off and all three down: 503 "no healthy upstream" without calling anyone', async () => {
    const scenario = twoDown(0);
    scenario.events!.push({ at: 2000, node: 'n2', instance: 0, state: 'down' });
    const result = await runSim(ONE_SERVICE, scenario);
    const late = result.results!.filter((r) => r.sentAt >= 4000);
    expect(late).toHaveLength(60);
    expect(
      late.every((r) => r.status === 503 && r.calls[0]!.outcome === 'no-healthy-upstream'),
    ).toBe(true);
    expect(late[0]!.calls[0]!.instance).toBeNull();
    expect((result.nodes.n2 as SimServiceCounters).calls.noHost).toBe(60);
  });
});

describe('an unresponsive instance hangs calls until the route timeout (504)', () => {
  it('with timeoutMs 300, calls to the hung instance answer 504 after 300 ms', async () => {
    const result = await runSim(ONE_SERVICE, {
      traffic: [{ at: 0, count: 4 }],
      nodes: { n2: { instances: 2, timeoutMs: 300 } },
      events: [{ at: 0, node: 'n2', instance: 1, state: 'unresponsive' }],
    });
    expect(result.results!.map((r) => [r.status, r.latencyMs])).toEqual([
      [200, 10],
      [504, 300],
      [200, 10],
      [504, 300],
    ]);
    expect(result.results![1]!.calls[0]).toMatchObject({ outcome: 'timeout', instance: 1 });
  });
});

describe('Maglev (Envoy MAGLEV) through health', () => {
  it('when instance 1 is found down, only its clients move; the others keep their instance', async () => {
    const clients = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    const result = await runSim(ONE_SERVICE, {
      traffic: [
        ...clients.map((client) => ({ at: 0, count: 1, client })),
        ...clients.map((client) => ({ at: 10_000, count: 1, client })),
      ],
      nodes: { n2: { instances: 3, policy: 'maglev', health: { activeCheck: CHECKS } } },
      events: [{ at: 1000, node: 'n2', instance: 1, state: 'down' }],
    });
    const before = result.results!.slice(0, 12).map(instanceOf);
    const after = result.results!.slice(12).map(instanceOf);
    expect(before).toContain(1);
    expect(after).not.toContain(1);
    before.forEach((instance, k) => {
      if (instance !== 1) expect(after[k]).toBe(instance);
    });
    expect(result.status).toEqual({ '200': 24 });
  });
});

describe('schema errors for health and events name the key', () => {
  it.each([
    [{ events: [{ at: 0, node: 'n9', instance: 0, state: 'down' }] }, /events\[0\]\.node: no node/],
    [
      { events: [{ at: 0, node: 'n1', instance: 0, state: 'down' }] },
      /n1 \("In"\) has the role "source"; events apply to services/,
    ],
    [
      { events: [{ at: 0, node: 'n2', instance: 3, state: 'down' }] },
      /events\[0\]\.instance: n2 has 1 instance \(0 to 0\), got 3/,
    ],
    [
      { events: [{ at: 0, node: 'n2', instance: 0, state: 'off' }] },
      /events\[0\]\.state: must be one of "up", "down" or "unresponsive"/,
    ],
    [{ events: [{ at: -5, node: 'n2', instance: 0 }] }, /events\[0\]\.at: must be zero or more/],
    [{ events: { at: 0 } }, /events: must be an array/],
    [
      { nodes: { n2: { health: { activeCheck: { intervalMs: -1 } } } } },
      /nodes\.n2\.health\.activeCheck\.intervalMs: must be positive/,
    ],
    [
      {
        nodes: {
          n2: { health: { events: [{ at: 0, instance: 2, state: 'down' }] }, instances: 2 },
        },
      },
      /nodes\.n2\.health\.events\[0\]\.instance: must be at most 1/,
    ],
    [{ nodes: { n2: { policy: 'fastest' } } }, /"consistent-hash" or "maglev"/],
  ])('%j → %s', async (extra, message) => {
    const errors = await refusalOf(ONE_SERVICE, { traffic: [{ at: 0, count: 1 }], ...extra });
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
});

describe('determinism of the health scenarios', () => {
  it('each runs byte-identical twice; maglev and least-request through health too', async () => {
    for (const scenario of [
      outage({ activeCheck: CHECKS }),
      outage({ outlierDetection: { consecutive5xx: 2 }, activeCheck: CHECKS }),
      {
        ...outage({}, true),
        nodes: { n2: { instances: 2, policy: 'maglev', health: { activeCheck: CHECKS } } },
      },
      {
        ...outage({}, true),
        traffic: [{ from: 0, to: 10_000, rps: 30, arrival: 'poisson' as const }],
        nodes: {
          n2: {
            instances: 2,
            policy: 'least-request',
            concurrency: 1,
            latency: { dist: 'exponential', meanMs: 20 },
            health: { outlierDetection: {} },
          },
        },
      },
    ]) {
      const a = stringifySimResult(await runSim(ONE_SERVICE, scenario));
      const b = stringifySimResult(await runSim(ONE_SERVICE, scenario));
      expect(a).toBe(b);
    }
  });
});
