/**
 * Route timeouts, per-try timeouts, retries (Envoy router, gateway-semantics §3.7) and the queue
 * limit (Envoy circuit-breaker overflow, §3.6) through the whole engine. Times are exact: constant
 * service times, bursts, one seed.
 */
import { describe, expect, it } from 'vitest';
import { stringifySimResult } from './simulate';
import { ONE_SERVICE } from './testing/gateways';
import { answering, runSim, type TestScenario } from './testing/runSim';
import type { SimServiceCounters, SimServiceRequest } from './types';

const TEN_MS = { dist: 'constant', ms: 10 };
const counters = (r: { nodes: Record<string, unknown> }) => r.nodes.n2 as SimServiceCounters;

/** Instance 0 answers 503, instance 1 answers 200. */
const zeroFails = answering((call) => (call.instance === 0 ? 503 : 200));

/** One request per second for 4 s: each request is alone in the system. */
const ONE_PER_SECOND = [{ from: 0, to: 4000, rps: 1 }];

describe('queue limit (Envoy max_pending_requests overflow)', () => {
  const scenario: TestScenario = {
    traffic: [{ at: 0, count: 5 }],
    nodes: { n2: { concurrency: 1, queueLimit: 2, latency: TEN_MS } },
  };

  it('1 served, 2 queued, the next 2 get 503 at once with x-envoy-overloaded', async () => {
    const result = await runSim(ONE_SERVICE, scenario);
    expect(result.results!.map((r) => [r.status, r.latencyMs])).toEqual([
      [200, 10],
      [200, 20],
      [200, 30],
      [503, 0],
      [503, 0],
    ]);
    expect(result.results![3]!.headers['x-envoy-overloaded']).toBe('true');
    expect(result.results![3]!.calls[0]!.outcome).toBe('overflow');
    expect(result.results![0]!.headers['x-envoy-overloaded']).toBeUndefined();
    expect(counters(result)).toMatchObject({ queue: { max: 2 }, calls: { overflows: 2 } });
  });

  it('without the limit all 5 wait their turn', async () => {
    const result = await runSim(ONE_SERVICE, {
      ...scenario,
      nodes: { n2: { concurrency: 1, latency: TEN_MS } },
    });
    expect(result.results!.map((r) => r.latencyMs)).toEqual([10, 20, 30, 40, 50]);
  });
});

describe('route timeout (timeoutMs)', () => {
  it('ends a slow call and a queued one with 504 at the deadline; the server stays busy', async () => {
    // Service 100 ms, deadline 50 ms, one server. Requests at 0, 0 and 60 ms: the first times
    // out in service, the second in the queue (both at 50 ms); the third waits for the server
    // (busy until 100 ms with the abandoned first call), starts at 100 and times out at 110.
    const result = await runSim(ONE_SERVICE, {
      traffic: [
        { at: 0, count: 2 },
        { at: 60, count: 1 },
      ],
      nodes: { n2: { concurrency: 1, timeoutMs: 50, latency: { dist: 'constant', ms: 100 } } },
    });
    expect(result.results!.map((r) => [r.status, r.latencyMs])).toEqual([
      [504, 50],
      [504, 50],
      [504, 50],
    ]);
    expect(result.results!.map((r) => r.calls[0]!.outcome)).toEqual([
      'timeout',
      'timeout',
      'timeout',
    ]);
    expect(counters(result)).toMatchObject({
      queue: { max: 1, waitMs: 30 }, // waits 0, 50 (abandoned) and 40 ms
      calls: { total: 3, timeouts: 3 },
    });
  });

  it('a 504 from a hung instance stays 504 whatever the error rate (drawn for answers only)', async () => {
    const result = await runSim(ONE_SERVICE, {
      traffic: [{ at: 0, count: 2 }],
      nodes: { n2: { instances: 2, errorRate: 1, timeoutMs: 200 } },
      events: [{ at: 0, node: 'n2', instance: 0, state: 'unresponsive' }],
    });
    expect(result.results!.map((r) => r.status)).toEqual([504, 503]);
  });
});

describe('retries (Envoy retry policy)', () => {
  it('a 503 is retried on the next instance: every request ends 200 after two calls', async () => {
    const result = await runSim(
      ONE_SERVICE,
      {
        traffic: ONE_PER_SECOND,
        nodes: { n2: { instances: 2, latency: TEN_MS, retries: { numRetries: 1 } } },
      },
      { transport: zeroFails },
    );
    expect(result.status).toEqual({ '200': 4 });
    for (const r of result.results!) {
      expect(r.calls.map((c) => [c.instance, c.status])).toEqual([
        [0, 503],
        [1, 200],
      ]);
      // 10 ms, a back-off in [0, 25) ms (Envoy full jitter, base 25 ms), 10 ms.
      expect(r.latencyMs).toBeGreaterThanOrEqual(20);
      expect(r.latencyMs).toBeLessThan(45);
      expect(Number.isInteger(r.latencyMs - 20)).toBe(true);
    }
    expect(counters(result).calls).toMatchObject({ total: 8, retries: 4, byInstance: [4, 4] });
  });

  it('retryOn connect-failure does not retry an answered 503', async () => {
    const result = await runSim(
      ONE_SERVICE,
      {
        traffic: ONE_PER_SECOND,
        nodes: { n2: { instances: 2, retries: { retryOn: ['connect-failure'] } } },
      },
      { transport: zeroFails },
    );
    expect(result.status).toEqual({ '200': 2, '503': 2 });
    expect(counters(result).calls.retries).toBe(0);
  });

  it('a per-try timeout on a hung instance is retried on the other one', async () => {
    const result = await runSim(ONE_SERVICE, {
      traffic: [{ at: 0, count: 1 }],
      nodes: {
        n2: {
          instances: 2,
          latency: TEN_MS,
          timeoutMs: 1000,
          retries: { retryOn: ['reset'], perTryTimeoutMs: 100 },
        },
      },
      events: [{ at: 0, node: 'n2', instance: 0, state: 'unresponsive' }],
    });
    const [r] = result.results!;
    expect(r!.status).toBe(200);
    expect(r!.calls.map((c) => [c.instance, c.status, c.outcome, c.ms])).toEqual([
      [0, 504, 'timeout', 100],
      [1, 200, 'answered', 10],
    ]);
    expect(r!.latencyMs).toBeGreaterThanOrEqual(110);
    expect(r!.latencyMs).toBeLessThan(135);
  });

  it('the route timeout includes every retry and back-off: 504 at exactly 100 ms', async () => {
    const result = await runSim(ONE_SERVICE, {
      traffic: [{ at: 0, count: 3 }],
      nodes: {
        n2: { errorRate: 1, latency: TEN_MS, timeoutMs: 100, retries: { numRetries: 10 } },
      },
    });
    expect(result.results!.map((r) => [r.status, r.latencyMs])).toEqual([
      [504, 100],
      [504, 100],
      [504, 100],
    ]);
    expect(result.results!.every((r) => r.calls.length >= 3)).toBe(true);
  });

  it('at most maxActive retries in flight (Envoy max_retries 3): 10 failures, 3 retried', async () => {
    const log: SimServiceRequest[] = [];
    const firstTenFail = answering(() => (log.length <= 10 ? 503 : 200), log);
    const result = await runSim(
      ONE_SERVICE,
      { traffic: [{ at: 0, count: 10 }], nodes: { n2: { retries: { numRetries: 1 } } } },
      { transport: firstTenFail },
    );
    expect(result.status).toEqual({ '200': 3, '503': 7 });
    expect(result.results!.slice(0, 3).every((r) => r.status === 200)).toBe(true);
    expect(counters(result).calls.retries).toBe(3);
  });
});

describe('determinism of the retry and timeout scenarios', () => {
  it('a Poisson run with errors, retries, per-try timeouts and a queue limit replays byte for byte', async () => {
    const scenario: TestScenario = {
      seed: 5,
      traffic: [{ from: 0, to: 20_000, rps: 150, arrival: 'poisson' }],
      nodes: {
        n2: {
          instances: 2,
          concurrency: 1,
          queueLimit: 8,
          errorRate: 0.05,
          timeoutMs: 400,
          latency: { dist: 'lognormal', medianMs: 8, sigma: 0.8 },
          retries: { numRetries: 2, perTryTimeoutMs: 120, retryOn: ['5xx'] },
          policy: 'least-request',
        },
      },
    };
    const a = stringifySimResult(await runSim(ONE_SERVICE, scenario));
    const b = stringifySimResult(await runSim(ONE_SERVICE, scenario));
    expect(a).toBe(b);
    const result = JSON.parse(a) as { nodes: { n2: SimServiceCounters } };
    const { calls } = result.nodes.n2;
    expect(calls.retries).toBeGreaterThan(0);
    expect(calls.timeouts + calls.overflows).toBeGreaterThan(0);
  });
});
