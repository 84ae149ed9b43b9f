/**
 * Bad input never hangs and never throws (issue 4): each case gives a clear error naming what is
 * wrong, or a bounded run that reports what happened, with stuck requests counted and listed.
 */
import { describe, expect, it } from 'vitest';
import { stringifySimResult } from './simulate';
import { FAN_OUT, ONE_SERVICE } from './testing/gateways';
import { refusalOf, runSim } from './testing/runSim';

describe('scenarios that are refused with a message naming the key', () => {
  it.each([
    [
      'a negative rate',
      { traffic: [{ from: 0, to: 10, rps: -5 }] },
      'traffic[0].rps: must be positive, got -5',
    ],
    [
      'NaN',
      { traffic: [{ at: Number.NaN, count: 1 }] },
      'traffic[0].at: must be a finite number, got NaN',
    ],
    [
      'an absurd rate',
      { traffic: [{ from: 0, to: 1000, rps: 1e12 }] },
      'traffic: sends about 1,000,000,000,000 requests; one run is capped at 2,000,000',
    ],
    [
      'a 10-million burst',
      { traffic: [{ at: 0, count: 10_000_000 }] },
      'traffic: sends about 10,000,000 requests',
    ],
    ['a missing field', { traffic: [{ from: 0, rps: 5 }] }, 'traffic[0].to: is required'],
    ['no traffic at all', {}, 'traffic: is required'],
    [
      'an unknown limiter algorithm',
      { traffic: [], nodes: { n2: { role: 'rate-limit', algorithm: 'magic' } } },
      'nodes.n2.algorithm',
    ],
    [
      'an unknown latency distribution',
      { traffic: [], nodes: { n2: { latency: { dist: 'pareto' } } } },
      'nodes.n2.latency.dist: must be one of',
    ],
    [
      'a negative queue limit',
      { traffic: [], nodes: { n2: { queueLimit: -1 } } },
      'nodes.n2.queueLimit: must be zero or more, got -1',
    ],
    [
      'an unknown retry condition',
      { traffic: [], nodes: { n2: { retries: { retryOn: ['always'] } } } },
      'nodes.n2.retries.retryOn[0]: must be one of "5xx"',
    ],
    [
      'too many retries',
      { traffic: [], nodes: { n2: { retries: { numRetries: 1000 } } } },
      'nodes.n2.retries.numRetries: must be at most 10, got 1000',
    ],
    [
      'an unknown retry key',
      { traffic: [], nodes: { n2: { retries: { tries: 2 } } } },
      'nodes.n2.retries.tries: unknown key',
    ],
    [
      'a zero route timeout',
      { traffic: [], nodes: { n2: { timeoutMs: 0 } } },
      'nodes.n2.timeoutMs: must be positive, got 0',
    ],
  ])('%s', async (_name, scenario, message) => {
    const errors = await refusalOf(ONE_SERVICE, scenario);
    expect(
      errors.some((e) => e.startsWith(message)),
      errors.join('\n'),
    ).toBe(true);
  });
});

describe('diagrams that cannot finish a request give a bounded run', () => {
  it('a cycle with no sink: every request is stuck, counted and listed where it was', async () => {
    const cycle = `Main { # Main
n1: circle label:"In"
n2: rectangle label:"Ping"
n3: rectangle label:"Pong"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
n3.handle(bottom) -> n2.handle(bottom)
}
`;
    const result = await runSim(cycle, { traffic: [{ at: 0, count: 3 }] }, { results: false });
    expect(result.status).toEqual({ '0': 3 });
    // The hop limit (4 · 3 nodes + 16 = 28) stops each request on its 29th hop.
    expect(result.stuck).toEqual({ count: 3, byNode: { n2: 3 }, ids: [1, 2, 3] });
  });

  it('a join that can never complete (one branch loops for ever): the merge goes on without it', async () => {
    const loop = `Client { # Client
n1: circle label:"Go"
n2: circle label:"Back"
n1.handle(right) -> Api.n3.handle(left)
}
Api { # API
n3: rectangle label:"Service Registry"
n4: rectangle label:"Profile Service"
n5: rectangle label:"Billing Service"
n6: rectangle label:"Compose Page"
n7: rectangle label:"Retry Billing"
n3.handle(right) -> n4.handle(left) [label="Profiles"]
n3.handle(bottom) -> n5.handle(top) [label="Billing"]
n4.handle(right) -> n6.handle(left)
n5.handle(right) -> n7.handle(left)
n7.handle(bottom) -> n5.handle(bottom)
n6.handle(top) -> Client.n2.handle(bottom)
}
`;
    const result = await runSim(loop, { traffic: [{ at: 0, count: 2, path: '/home' }] });
    // Compose Page is the join though Billing can never reach it; the looping branch fails at the
    // hop limit (or would at the 1 700 ms budget), and the merge answers partial.
    expect(result.status).toEqual({ '200': 2 });
    for (const r of result.results!) {
      expect(r.headers['x-completed']).toBe('false');
      expect(r.latencyMs).toBeLessThanOrEqual(1700);
    }
    expect(result.stuck).toBeUndefined();
  });

  it('requests still waiting at `until` are stuck at the service they wait for', async () => {
    const result = await runSim(ONE_SERVICE, {
      until: 25,
      traffic: [{ at: 0, count: 5 }],
      nodes: { n2: { concurrency: 1, latency: { dist: 'constant', ms: 10 } } },
    });
    expect(result.status).toEqual({ '0': 3, '200': 2 });
    expect(result.stuck).toEqual({ count: 3, byNode: { n2: 3 }, ids: [3, 4, 5] });
    expect(JSON.parse(stringifySimResult(result)).stuck).toEqual(result.stuck);
  });

  it('a fork whose branches dead-end outside the client lane answers 502s, never hangs', async () => {
    const deadEnds = FAN_OUT.replace('n6.handle(top) -> Client.n2.handle(bottom)\n', '');
    const result = await runSim(deadEnds, { traffic: [{ at: 0, count: 2, path: '/home' }] });
    expect(Object.values(result.status).reduce((a, b) => a + b, 0)).toBe(2);
    expect(result.stuck?.count ?? 0).toBe(result.status['0'] ?? 0);
  });
});
