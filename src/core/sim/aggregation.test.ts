/**
 * KrakenD aggregation through the engine (gateway-semantics §4.1, §4.4): a fan-out to every
 * backend, a budget for the whole merge (the aggregate node's `timeoutMs`, default 85 % of
 * KrakenD's 2 s) and one per backend (the service's route `timeoutMs`); partial answers are 200
 * with `X-Completed: false`, no answer at all is 500.
 */
import { describe, expect, it } from 'vitest';
import { stringifySimResult } from './simulate';
import { FAN_OUT } from './testing/gateways';
import { answering, runSim, type TestScenario } from './testing/runSim';

/** `/home` matches no branch label, so the registry fans out to both services. */
const ONE_HOME = [{ at: 0, count: 1, path: '/home' }];
const SLOW = { dist: 'constant', ms: 2000 };

const first = async (scenario: TestScenario, failing: string[] = []) => {
  const transport = answering((call) => (failing.includes(call.nodeId) ? 503 : 200));
  return (await runSim(FAN_OUT, scenario, { transport })).results![0]!;
};

describe('aggregation (KrakenD semantics)', () => {
  it('both backends answer in time: 200, x-completed true', async () => {
    const r = await first({ traffic: ONE_HOME });
    expect(r).toMatchObject({ status: 200, latencyMs: 10, headers: { 'x-completed': 'true' } });
    expect(r.calls.map((c) => c.node)).toEqual(['n4', 'n5']);
  });

  it('a backend slower than the merge budget: 200 partial, x-completed false, at the budget', async () => {
    const r = await first({
      traffic: ONE_HOME,
      nodes: { n5: { latency: SLOW }, n6: { timeoutMs: 850 } },
    });
    expect(r).toMatchObject({ status: 200, latencyMs: 850, headers: { 'x-completed': 'false' } });
  });

  it('a backend past its own budget (route timeoutMs 300) fails with 504 there: partial at 300 ms', async () => {
    const r = await first({
      traffic: ONE_HOME,
      nodes: { n5: { latency: SLOW, timeoutMs: 300 } },
    });
    expect(r).toMatchObject({ status: 200, latencyMs: 300, headers: { 'x-completed': 'false' } });
    expect(r.calls.find((c) => c.node === 'n5')).toMatchObject({ status: 504, outcome: 'timeout' });
  });

  it('every backend failed: 500, x-completed false', async () => {
    const r = await first({ traffic: ONE_HOME }, ['n4', 'n5']);
    expect(r).toMatchObject({ status: 500, headers: { 'x-completed': 'false' } });
  });

  it('every backend too slow: 500 at the default budget of 1 700 ms', async () => {
    const r = await first({
      traffic: ONE_HOME,
      nodes: { n4: { latency: SLOW }, n5: { latency: SLOW } },
    });
    expect(r).toMatchObject({ status: 500, latencyMs: 1700, headers: { 'x-completed': 'false' } });
  });

  it('a retried backend that succeeds the second time completes the merge', async () => {
    const flaky = await runSim(
      FAN_OUT,
      { traffic: ONE_HOME, nodes: { n5: { instances: 2, retries: { numRetries: 1 } } } },
      { transport: answering((call) => (call.nodeId === 'n5' && call.instance === 0 ? 503 : 200)) },
    );
    const merged = flaky.results![0]!;
    expect(merged).toMatchObject({ status: 200, headers: { 'x-completed': 'true' } });
    expect(merged.calls.filter((c) => c.node === 'n5').map((c) => c.status)).toEqual([503, 200]);
  });

  it('replays byte for byte', async () => {
    const scenario: TestScenario = {
      traffic: [{ from: 0, to: 5000, rps: 40, arrival: 'poisson', path: '/home' }],
      nodes: {
        n4: { latency: { dist: 'exponential', meanMs: 200 }, timeoutMs: 500 },
        n5: { latency: { dist: 'lognormal', medianMs: 300, sigma: 1 }, concurrency: 4 },
        n6: { timeoutMs: 700 },
      },
    };
    const a = stringifySimResult(await runSim(FAN_OUT, scenario));
    expect(stringifySimResult(await runSim(FAN_OUT, scenario))).toBe(a);
    expect(a).toContain('"x-completed": "false"');
  });
});
