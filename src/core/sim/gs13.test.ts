/**
 * The rest of gateway-semantics §7 GS-13 through the whole engine (Poisson arrivals, exponential
 * service, FIFO, one service node between a source and a sink): the M/M/4 row (μ = 25/s per
 * server, λ = 80/s) against Erlang C, and the M/M/1 λ = 90/s row (μ = 100/s), where every value
 * doubles from λ = 80. `queueing.test.ts` has the M/M/1 λ = 80 and Erlang C c = 3 rows.
 */
import { describe, expect, it } from 'vitest';
import { ONE_SERVICE } from './testing/gateways';
import { runSim } from './testing/runSim';
import type { SimResult, SimServiceCounters } from './types';

/** Erlang C: the probability that a call waits, with `c` servers and offered load `a` = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) * (c / (c - a)); // a^c/c! · c/(c − a)
  return top / (sum + top);
}

/**
 * P(T ≤ t) for the M/M/c response time T = S + (with probability C) Q, with S ~ Exp(μ) and
 * Q ~ Exp(γ), γ = cμ − λ ≠ μ (gateway-semantics §5.1). Rates per ms.
 */
function mmcResponseCdf(t: number, mu: number, gamma: number, waits: number): number {
  const service = 1 - Math.exp(-mu * t);
  const both = 1 - (gamma * Math.exp(-mu * t) - mu * Math.exp(-gamma * t)) / (gamma - mu);
  return (1 - waits) * service + waits * both;
}

/** The p-quantile of a CDF on [0, ∞), by bisection to 1 µs. */
function quantile(cdf: (t: number) => number, p: number): number {
  let lo = 0;
  let hi = 1;
  while (cdf(hi) < p) hi *= 2;
  while (hi - lo > 1e-3) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** About `requests` Poisson arrivals at `rps` through ONE_SERVICE's n2 with `settings`. */
function poisson(rps: number, requests: number, settings: Record<string, unknown>) {
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

/** Time-average calls at the node (waiting and in service): L. */
const inSystem = (result: SimResult) => {
  const n2 = result.nodes.n2 as SimServiceCounters;
  return n2.queue.mean + n2.inService.mean;
};

describe('GS-13 M/M/4, μ = 25/s per server, λ = 80/s (ρ = 0.8), about 300,000 requests', () => {
  const c = 4;
  const lambda = 80 / 1000; // per ms
  const mu = 25 / 1000;
  const C = erlangC(c, lambda / mu);
  const wMs = C / (c * mu - lambda) + 1 / mu;
  const cdf = (t: number) => mmcResponseCdf(t, mu, c * mu - lambda, C);

  it('the formulas give Erlang C = 0.5964, W = 69.82 ms and p50/p95/p99 = 53.8/189.5/275.7 ms', () => {
    expect(C).toBeCloseTo(0.5964, 4);
    expect(wMs).toBeCloseTo(69.82, 2);
    expect([0.5, 0.95, 0.99].map((p) => Number(quantile(cdf, p).toFixed(1)))).toEqual([
      53.8, 189.5, 275.7,
    ]);
  });

  it('the engine gives W, p50, p95, p99 and L = λ·W within 3 %, utilisation 0.8', async () => {
    const result = await poisson(80, 300_000, {
      concurrency: c,
      latency: { dist: 'exponential', meanMs: 1 / mu },
    });
    within(result.latencyMs.avg, wMs, 0.03);
    within(result.latencyMs.med, quantile(cdf, 0.5), 0.03);
    within(result.latencyMs.p95, quantile(cdf, 0.95), 0.03);
    within(result.latencyMs.p99, quantile(cdf, 0.99), 0.03);
    within(inSystem(result), lambda * wMs, 0.03); // L = 5.586
    within((result.nodes.n2 as SimServiceCounters).utilisation!, 0.8, 0.03);
  });
});

describe('GS-13 M/M/1, μ = 100/s, λ = 90/s (ρ = 0.9), about 400,000 requests', () => {
  // W = 1/(μ − λ) = 100 ms, twice the λ = 80 row; response time ~ Exp(μ − λ).
  const wMs = 1000 / (100 - 90);

  it('the engine gives W = 100 ms within 3 %, L = 9 within 4 %, p50 = 69.3 and p95 = 299.6 ms within 5 %', async () => {
    const result = await poisson(90, 400_000, {
      concurrency: 1,
      latency: { dist: 'exponential', meanMs: 10 },
    });
    // At ρ = 0.9 successive waits are strongly correlated, so estimates converge slowly: over
    // seeds 1 to 5 at this size W stays within 2.9 %, L within 3.2 %, p50 and p95 within 4.7 %
    // (p99 is off by up to 9 %: it needs about ten times more requests).
    within(result.latencyMs.avg, wMs, 0.03);
    within(inSystem(result), 9, 0.04);
    within(result.latencyMs.med, Math.log(2) * wMs, 0.05);
    within(result.latencyMs.p95, -Math.log(0.05) * wMs, 0.05);
    within((result.nodes.n2 as SimServiceCounters).utilisation!, 0.9, 0.03);
  });
});
