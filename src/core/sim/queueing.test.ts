/**
 * Queueing theory through the whole engine (gateway-semantics §5.1, GS-13): Little's law per
 * node, M/M/c against Erlang C, M/M/1 percentiles against Exp(μ − λ), and Erlang B for a service
 * with no queue. Poisson arrivals, exponential service, FIFO; one seed, so each number is fixed.
 */
import { describe, expect, it } from 'vitest';
import { ONE_SERVICE, TANDEM } from './testing/gateways';
import { answering, runSim } from './testing/runSim';
import type { SimResult, SimServiceCounters } from './types';

/** Erlang C: the probability that a call waits, with `c` servers and offered load `a` = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a)); // a^c/c! · c/(c − a)
  return top / (sum + top);
}

/** Erlang B: the probability that a call finds all `c` servers busy (no queue). */
function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** `requests` Poisson arrivals at `rps` through `ONE_SERVICE`'s n2 with `settings`. */
async function poisson(rps: number, requests: number, settings: Record<string, unknown>) {
  return runSim(
    ONE_SERVICE,
    {
      traffic: [{ from: 0, to: (requests / rps) * 1000, rps, arrival: 'poisson' }],
      nodes: { n2: settings },
    },
    { results: false },
  );
}

const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(share);

/** Time-average number of calls at a service node (waiting + in service). */
const inSystem = (c: SimServiceCounters) => c.queue.mean + c.inService.mean;

describe('Little’s law, L = λ·W, per node', () => {
  it('holds within 2 % at both nodes of a tandem (M/M/2 then M/M/1, ρ = 0.8), 40,000 requests', async () => {
    const result = await runSim(TANDEM, {
      traffic: [{ from: 0, to: 500_000, rps: 80, arrival: 'poisson' }],
      nodes: {
        n2: { concurrency: 2, latency: { dist: 'exponential', meanMs: 20 } },
        n3: { concurrency: 1, latency: { dist: 'exponential', meanMs: 10 } },
      },
    });
    // Every call left before the last response, so the run ends with it: T = durationMs.
    const endMs = result.durationMs;
    for (const id of ['n2', 'n3']) {
      const node = result.nodes[id] as SimServiceCounters;
      const calls = result.results!.flatMap((r) => r.calls.filter((c) => c.node === id));
      const lambda = calls.length / endMs; // per ms
      const w = calls.reduce((sum, c) => sum + c.ms, 0) / calls.length; // ms at the node
      within(inSystem(node), lambda * w, 0.02);
      within(node.queue.mean, lambda * node.queue.waitMs, 0.02);
      within(node.utilisation!, 0.8, 0.03);
    }
  });

  it('holds for the queue when some calls overflow and are retried (L_q = λ·W_q within 2 %)', async () => {
    const result = await poisson(90, 40_000, {
      concurrency: 1,
      queueLimit: 5,
      errorRate: 0.1,
      latency: { dist: 'exponential', meanMs: 10 },
      retries: { numRetries: 2, retryOn: ['5xx'] },
    });
    const n2 = result.nodes.n2! as SimServiceCounters;
    expect(n2.calls.overflows).toBeGreaterThan(0);
    expect(n2.calls.retries).toBeGreaterThan(0);
    expect(n2.queue.max).toBe(5);
    const queued = n2.calls.total - n2.calls.overflows - n2.calls.noHost;
    within(n2.queue.mean, (queued / result.durationMs) * n2.queue.waitMs, 0.02);
  });
});

describe('M/M/c against Erlang C (c = 3, λ = 240/s, μ = 100/s, ρ = 0.8), 400,000 requests', () => {
  const c = 3;
  const lambda = 240;
  const mu = 100;
  const C = erlangC(c, lambda / mu); // 0.6472
  const wqMs = (C / (c * mu - lambda)) * 1000; // 10.787 ms
  let result: SimResult;

  it('mean wait in queue W_q within 3 % of C/(cμ − λ)', async () => {
    result = await poisson(lambda, 400_000, {
      concurrency: c,
      latency: { dist: 'exponential', meanMs: 1000 / mu },
    });
    expect(C).toBeCloseTo(0.6472, 4);
    within((result.nodes.n2 as SimServiceCounters).queue.waitMs, wqMs, 0.03);
  });

  it('mean response time W = W_q + 1/μ, utilisation ρ, and L_q = λ·W_q, within 3 %', () => {
    const n2 = result.nodes.n2 as SimServiceCounters;
    within(result.latencyMs.avg, wqMs + 1000 / mu, 0.03);
    within(n2.utilisation!, lambda / (c * mu), 0.03);
    within(n2.queue.mean, (lambda / 1000) * wqMs, 0.03);
  });
});

describe('M/M/1 response-time percentiles (λ = 80/s, μ = 100/s), 500,000 requests', () => {
  it('p50 = 0.693·W and p95 = 2.996·W with W = 1/(μ − λ) = 50 ms, within 3 %', async () => {
    const result = await poisson(80, 500_000, {
      concurrency: 1,
      latency: { dist: 'exponential', meanMs: 10 },
    });
    const w = 1000 / (100 - 80);
    within(result.latencyMs.avg, w, 0.03);
    within(result.latencyMs.med, Math.log(2) * w, 0.03); // 34.66 ms
    within(result.latencyMs.p95, -Math.log(0.05) * w, 0.03); // 149.8 ms
    within((result.nodes.n2 as SimServiceCounters).inService.mean, 0.8, 0.03);
  });
});

describe('M/M/c/c (queueLimit 0): calls that find every server busy get 503 at once', () => {
  it('the blocked share matches Erlang B (c = 3, a = 2.4: 26.8 %) within 3 %', async () => {
    const result = await poisson(240, 100_000, {
      concurrency: 3,
      queueLimit: 0,
      latency: { dist: 'exponential', meanMs: 10 },
    });
    const n2 = result.nodes.n2 as SimServiceCounters;
    within(n2.calls.overflows / n2.calls.total, erlangB(3, 2.4), 0.03);
    expect(result.status['503']).toBe(n2.calls.overflows);
    expect(n2.queue.max).toBe(0);
  });
});

describe('queue statistics stay O(1): no per-request memory without results', () => {
  it('a run without results keeps no per-request record', async () => {
    const result = await runSim(
      ONE_SERVICE,
      { traffic: [{ at: 0, count: 3 }], nodes: { n2: { concurrency: 1 } } },
      { results: false, transport: answering() },
    );
    expect(result.results).toBeUndefined();
    expect(result.nodes.n2).toMatchObject({
      queue: { max: 2, waitMs: 10 }, // waits 0, 10 and 20 ms
      inService: { max: 1 },
      utilisation: 1,
      calls: { total: 3, retries: 0, timeouts: 0, overflows: 0, noHost: 0, byInstance: [3] },
    });
  });
});
