import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import type { FzDiagram } from '../model/types';
import { simulate } from './simulate';
import { FAN_OUT } from './testing/gateways';
import type { SimResult, SimScenario, SimServiceRequest, SimTransport } from './types';

function diagramOf(text: string): FzDiagram {
  const analysis = analyzeFz(text);
  expect(analysis.errorCount, JSON.stringify(analysis.diagnostics.slice(0, 3))).toBe(0);
  return analysis.diagram;
}

/** Answers by node: `failing` node ids answer 503; every call is logged. */
function transport(log: SimServiceRequest[], failing: string[] = []): SimTransport {
  return async (call) => {
    log.push(call);
    return { status: failing.includes(call.nodeId) ? 503 : 200, headers: {}, body: null };
  };
}

async function run(
  text: string,
  scenario: Partial<SimScenario> & Pick<SimScenario, 'traffic'>,
  t: SimTransport = transport([]),
): Promise<SimResult> {
  const outcome = await simulate(
    diagramOf(text),
    { seed: 1, nodes: {}, ...scenario },
    { transport: t, includeResults: true },
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.result;
}

describe('routing, fan-out and aggregation (KrakenD semantics)', () => {
  it('sends /profiles/1 to the "Profiles" branch only (plural/singular tolerant)', async () => {
    const log: SimServiceRequest[] = [];
    const result = await run(
      FAN_OUT,
      { traffic: [{ at: 0, count: 2, path: '/profile/1' }] },
      transport(log),
    );
    expect(log.map((c) => c.nodeId)).toEqual(['n4', 'n4']);
    expect(log[0]!.path).toBe('/profile/1');
    expect(result.nodes.n5!.arrivals).toBe(0);
    expect(result.status).toEqual({ '200': 2 });
  });

  it('fans out to every branch when no label matches and joins them', async () => {
    const log: SimServiceRequest[] = [];
    const result = await run(
      FAN_OUT,
      { traffic: [{ at: 0, count: 1, path: '/home' }] },
      transport(log),
    );
    expect(log.map((c) => `${c.nodeId} ${c.path}`)).toEqual(['n4 /profile', 'n5 /billing']);
    expect(result.results![0]).toMatchObject({
      status: 200,
      headers: { 'x-completed': 'true' },
      latencyMs: 10,
    });
    expect(result.results![0]!.path).toEqual(['n1', 'n3', 'n4', 'n5', 'n6', 'n2']);
    expect(result.nodes.n6).toEqual({ role: 'aggregate', arrivals: 1, passed: 1, rejected: 0 });
  });

  it('some backends failed → 200 with X-Completed: false; all failed → 500', async () => {
    const some = await run(
      FAN_OUT,
      { traffic: [{ at: 0, count: 1, path: '/home' }] },
      transport([], ['n5']),
    );
    expect(some.results![0]).toMatchObject({ status: 200, headers: { 'x-completed': 'false' } });
    const all = await run(
      FAN_OUT,
      { traffic: [{ at: 0, count: 1, path: '/home' }] },
      transport([], ['n4', 'n5']),
    );
    expect(all.results![0]).toMatchObject({ status: 500, headers: { 'x-completed': 'false' } });
    expect(all.nodes.n6!.rejected).toBe(1);
  });

  it('a branch slower than the aggregation timeout counts as failed; the join goes on at the deadline', async () => {
    const result = await run(FAN_OUT, {
      traffic: [{ at: 0, count: 1, path: '/home' }],
      nodes: {
        n5: { latency: { dist: 'constant', ms: 2000 } },
        'Compose Page': { timeoutMs: 100 },
      },
    });
    expect(result.results![0]).toMatchObject({
      status: 200,
      latencyMs: 100,
      headers: { 'x-completed': 'false' },
    });
  });

  it('follows explicit routes from the scenario', async () => {
    const log: SimServiceRequest[] = [];
    await run(
      FAN_OUT,
      {
        traffic: [{ at: 0, count: 1, path: '/v2/invoices' }],
        nodes: { n3: { routes: { '/v2': 'Billing' } } },
      },
      transport(log),
    );
    expect(log.map((c) => c.nodeId)).toEqual(['n5']);
  });
});

describe('services', () => {
  it('picks instances round robin starting at 0', async () => {
    const log: SimServiceRequest[] = [];
    await run(
      FAN_OUT,
      { traffic: [{ at: 0, count: 7, path: '/profiles/1' }], nodes: { n4: { instances: 3 } } },
      transport(log),
    );
    expect(log.map((c) => c.instance)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('spreads calls over instances at random with the random policy (seeded)', async () => {
    const log: SimServiceRequest[] = [];
    await run(
      FAN_OUT,
      {
        traffic: [{ at: 0, count: 300, path: '/profiles/1' }],
        nodes: { n4: { instances: 3, policy: 'random' } },
      },
      transport(log),
    );
    const counts = [0, 1, 2].map((i) => log.filter((c) => c.instance === i).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
    for (const count of counts) expect(count).toBeGreaterThan(70);
  });

  it('keeps each client on one instance with consistent hashing', async () => {
    const log: SimServiceRequest[] = [];
    const clients = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay'];
    await run(
      FAN_OUT,
      {
        traffic: clients.map((client) => ({ at: 0, count: 5, client, path: '/profiles/1' })),
        nodes: { n4: { instances: 3, policy: 'consistent-hash' } },
      },
      transport(log),
    );
    for (let i = 0; i < clients.length; i++) {
      const mine = log.slice(i * 5, i * 5 + 5).map((c) => c.instance);
      expect(new Set(mine).size).toBe(1);
    }
    expect(new Set(log.map((c) => c.instance)).size).toBeGreaterThan(1);
  });

  it('queues FIFO behind a concurrency limit', async () => {
    const result = await run(FAN_OUT, {
      traffic: [{ at: 0, count: 3, path: '/profiles/1' }],
      nodes: { n4: { concurrency: 1, latency: { dist: 'constant', ms: 10 } } },
    });
    expect(result.results!.map((r) => r.latencyMs)).toEqual([10, 20, 30]);
    expect(result.latencyMs).toMatchObject({ min: 10, med: 20, max: 30, avg: 20 });
  });

  it('turns answers into 503 at the error rate', async () => {
    const result = await run(FAN_OUT, {
      traffic: [{ at: 0, count: 4, path: '/profiles/1' }],
      nodes: { n4: { errorRate: 1 } },
    });
    expect(result.status).toEqual({ '500': 4 }); // the only backend failed: KrakenD answers 500
    expect(result.nodes.n4!.rejected).toBe(4);
  });
});

describe('decisions without a check, and requests that never finish', () => {
  const FORK = `Main { # Main
n1: circle label:"In"
n2: diamond label:"Which way?"
n3: rectangle label:"Left Step"
n4: rectangle label:"Right Step"
n5: circle label:"Out"
n1.handle(right) -> n2.handle(left)
n2.handle(top) -> n3.handle(left) [label="Left"]
n2.handle(bottom) -> n4.handle(left) [label="Right"]
n3.handle(right) -> n5.handle(top)
n4.handle(right) -> n5.handle(bottom)
}
`;

  it('splits by the scenario weights', async () => {
    const result = await run(FORK, {
      traffic: [{ at: 0, count: 20 }],
      nodes: { n2: { weights: { Left: 0, Right: 1 } } },
    });
    expect(result.nodes.n3!.arrivals).toBe(0);
    expect(result.nodes.n4!.arrivals).toBe(20);
  });

  it('splits evenly by default (seeded)', async () => {
    const result = await run(FORK, { traffic: [{ at: 0, count: 400 }] });
    expect(result.nodes.n3!.arrivals + result.nodes.n4!.arrivals).toBe(400);
    expect(result.nodes.n3!.arrivals).toBeGreaterThan(150);
    expect(result.nodes.n4!.arrivals).toBeGreaterThan(150);
  });

  it('counts requests caught in a cycle as stuck (status 0) instead of hanging', async () => {
    const cycle = `Main { # Main
n1: circle label:"In"
n2: rectangle label:"Ping"
n3: rectangle label:"Pong"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
n3.handle(bottom) -> n2.handle(bottom)
}
`;
    const result = await run(cycle, { traffic: [{ at: 0, count: 3 }] });
    expect(result.status).toEqual({ '0': 3 });
    expect(result.latencyMs.max).toBe(0); // no response, no latency sample
  });

  it('treats a dead end outside the starting lane as no response', async () => {
    const deadEnd = `Client { # Client
n1: circle label:"In"
n1.handle(right) -> Back.n2.handle(left)
}
Back { # Back
n2: rectangle label:"Swallow"
}
`;
    const result = await run(deadEnd, { traffic: [{ at: 0, count: 2 }] });
    expect(result.status).toEqual({ '0': 2 });
  });

  it('ends requests still open at `until` with status 0', async () => {
    const result = await run(FAN_OUT, {
      until: 5,
      traffic: [{ at: 0, count: 2, path: '/profiles/1' }],
    });
    expect(result.status).toEqual({ '0': 2 });
  });
});

describe('refusals and progress', () => {
  it('refuses a diagram without a source', async () => {
    const text = `Main { # Main
n1: rectangle label:"Alone"
}
`;
    const outcome = await simulate(
      diagramOf(text),
      { seed: 1, traffic: [], nodes: {} },
      { transport: transport([]) },
    );
    expect(outcome).toEqual({
      ok: false,
      errors: ['the diagram has no source: requests enter at a circle with no incoming edges'],
    });
  });

  it('names scenario keys that match no node or do not fit the role', async () => {
    const outcome = await simulate(
      diagramOf(FAN_OUT),
      {
        seed: 1,
        traffic: [],
        nodes: { n99: { delayMs: 1 }, n4: { capacity: 3 }, n3: { routes: { '/x': 'Nowhere' } } },
      },
      { transport: transport([]) },
    );
    expect(outcome.ok).toBe(false);
    const errors = outcome.ok ? [] : outcome.errors;
    expect(errors).toContain('nodes.n99: no node has the id or label "n99"');
    expect(errors.some((e) => e.startsWith('nodes.n4.capacity: does not apply to n4'))).toBe(true);
    expect(errors.some((e) => e.startsWith('nodes.n3.routes["/x"]: no outgoing edge of n3'))).toBe(
      true,
    );
  });

  it('reports an invalid scenario by key instead of running it', async () => {
    const outcome = await simulate(
      diagramOf(FAN_OUT),
      { seed: 1, traffic: [{ at: -1, count: 1 }], nodes: {} },
      { transport: transport([]) },
    );
    expect(outcome).toEqual({ ok: false, errors: ['traffic[0].at: must be zero or more, got -1'] });
  });

  it('reports progress as (done, total) and ends with (n, n)', async () => {
    const calls: [number, number][] = [];
    await simulate(
      diagramOf(FAN_OUT),
      { seed: 1, traffic: [{ from: 0, to: 1000, rps: 200, path: '/profiles/1' }], nodes: {} },
      { transport: transport([]), onProgress: (done, total) => calls.push([done, total]) },
    );
    expect(calls[0]).toEqual([2, 200]);
    expect(calls.at(-1)).toEqual([200, 200]);
  });
});
