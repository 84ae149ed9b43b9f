// Rate-limit settings are checked against the node's algorithm when the scenario is compiled for
// a diagram (parseScenario alone cannot know which node limits): each problem names its key.
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { compileProgram } from './program';
import { parseScenario } from './scenario';
import { INLINE_GATEWAY } from './testing/gateways';
import type { SimNodeSettings } from './types';

const diagram = analyzeFz(INLINE_GATEWAY).diagram;

function compileErrors(limiter: SimNodeSettings): string[] {
  const parsed = parseScenario({ traffic: [], nodes: { n6: limiter } });
  if (!parsed.ok) return parsed.errors.map((e) => `${e.key}: ${e.message}`);
  const compiled = compileProgram(diagram, parsed.scenario.nodes);
  return compiled.ok ? [] : compiled.errors;
}

describe('rate-limit settings of a node', () => {
  it.each([
    [
      'an unknown algorithm, listing the valid ones',
      { algorithm: 'bucket' },
      /^nodes\.n6\.algorithm: .*token-bucket.*leaky-bucket/,
    ],
    ['a capacity below 1', { capacity: 0 }, /^nodes\.n6\.capacity: /],
    [
      'a negative burst',
      { algorithm: 'leaky-bucket', ratePerSec: 5, burst: -1 },
      /^nodes\.n6\.burst: /,
    ],
    ['NaN as a rate', { algorithm: 'gcra', ratePerSec: Number.NaN }, /^nodes\.n6\.ratePerSec: /],
    ['a key of another algorithm', { algorithm: 'gcra', capacity: 3 }, /^nodes\.n6\.capacity: /],
  ])('refuses %s', (_, settings, pattern) => {
    const errors = compileErrors(settings);
    expect(
      errors.some((e) => pattern.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it.each([
    { algorithm: 'token-bucket', capacity: 10, refillPerSec: 5 },
    { algorithm: 'fixed-window', minute: 3, hour: 10 },
    { algorithm: 'sliding-window', limit: 5, windowMs: 1000 },
    { algorithm: 'gcra', ratePerSec: 2, burst: 0 },
    { algorithm: 'leaky-bucket', ratePerSec: 5, burst: 2, nodelay: true },
  ])('accepts %o', (settings) => {
    expect(compileErrors(settings)).toEqual([]);
  });
});

describe('limiters in a whole simulation', () => {
  const answer200 = async () => ({ status: 200, headers: {}, body: null });

  it('BR-20 through the gateway: GCRA 2 per 3 s, no burst; Retry-After rounds up', async () => {
    const { simulate } = await import('./simulate');
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [0, 200, 1200, 1500].map((at) => ({ at, count: 1, path: '/users/1' })),
        nodes: { n6: { algorithm: 'gcra', count: 2, periodSec: 3, burst: 0 } },
      },
      { transport: answer200, includeResults: true },
    );
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const results = outcome.result.results!;
    expect(results.map((r) => r.status)).toEqual([200, 429, 429, 200]);
    expect(results[1]!.headers['retry-after']).toBe('2');
  });

  it('NGINX leaky bucket without nodelay delays the excess instead of refusing it', async () => {
    const { simulate } = await import('./simulate');
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [{ at: 0, count: 3, path: '/users/1' }],
        nodes: { n6: { algorithm: 'leaky-bucket', ratePerSec: 10, burst: 5 } },
      },
      { transport: answer200, includeResults: true },
    );
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const latencies = outcome.result.results!.map((r) => r.latencyMs);
    expect(outcome.result.results!.map((r) => r.status)).toEqual([200, 200, 200]);
    // 10 r/s: one request every 100 ms, so the 2nd waits 100 ms and the 3rd 200 ms more than the 1st.
    expect(latencies[1]! - latencies[0]!).toBeCloseTo(100, 6);
    expect(latencies[2]! - latencies[0]!).toBeCloseTo(200, 6);
  });
});

describe('rate limiting by client address', () => {
  it('key "ip" counts two clients behind one address together, and apart otherwise', async () => {
    const { simulate } = await import('./simulate');
    const run = async (ips: [string | undefined, string | undefined]) => {
      const outcome = await simulate(
        diagram,
        {
          seed: 1,
          traffic: ips.map((ip, i) => ({
            at: i,
            count: 1,
            client: `c${i}`,
            ...(ip ? { ip } : {}),
          })),
          nodes: { n6: { algorithm: 'token-bucket', capacity: 1, refillPerSec: 0.001, key: 'ip' } },
        },
        { transport: async () => ({ status: 200, headers: {}, body: null }) },
      );
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      return outcome.result.status;
    };
    expect(await run(['10.0.0.7', '10.0.0.7'])).toEqual({ '200': 1, '429': 1 });
    expect(await run(['10.0.0.7', '10.0.0.8'])).toEqual({ '200': 2 });
    // Without an address each client is its own (one address per client).
    expect(await run([undefined, undefined])).toEqual({ '200': 2 });
  });

  it('refuses an address that is not a string, naming the key', async () => {
    const { parseScenario } = await import('./scenario');
    const parsed = parseScenario({ traffic: [{ at: 0, count: 1, ip: 7 }], nodes: {} });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.key).toBe('traffic[0].ip');
  });
});

describe('BR-21 through the gateway: Kong fixed windows on the UTC clock', () => {
  // Virtual time 0 is the limiter epoch, 2026-01-01T00:00:00Z (SIM_LIMITER_EPOCH_MS), so
  // 12:34:50.7 UTC that day is 45,290,700 ms of virtual time.
  const at = (h: number, m: number, s: number) => ((h * 60 + m) * 60 + s) * 1000;
  const answer200 = async () => ({ status: 200, headers: {}, body: null });

  it('minute=3 and hour=10: 3×200, then 429 with reset and Retry-After 10 s, then 200 in the next minute', async () => {
    const { simulate } = await import('./simulate');
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [
          { at: at(12, 34, 50.7), count: 4, path: '/users/1' },
          { at: at(12, 35, 0.2), count: 1, path: '/users/1' },
        ],
        nodes: { n6: { algorithm: 'fixed-window', minute: 3, hour: 10 } },
      },
      { transport: answer200, includeResults: true },
    );
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const results = outcome.result.results!;
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429, 200]);
    expect(results[3]!.headers['ratelimit-reset']).toBe('10');
    expect(results[3]!.headers['retry-after']).toBe('10');
  });

  it('day=5 only: the reset is a finite positive number of seconds (to UTC midnight)', async () => {
    const { simulate } = await import('./simulate');
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [{ at: at(12, 34, 50.7), count: 1, path: '/users/1' }],
        nodes: { n6: { algorithm: 'fixed-window', day: 5 } },
      },
      { transport: answer200, includeResults: true },
    );
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    const reset = Number(outcome.result.results![0]!.headers['ratelimit-reset']);
    // 24 h − 12:34:50.7 = 41,109.3 s → 41,110 whole seconds.
    expect(reset).toBe(41_110);
  });
});
