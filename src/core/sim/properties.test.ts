import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { parseScenario } from './scenario';
import { simulate, stringifySimResult } from './simulate';
import type { SimTraffic, SimTransport } from './types';

const GATEWAY = `Client { # Client
n1: circle label:"Send"
n2: circle label:"Got It"
n1.handle(right) -> Api.n3.handle(left)
}
Api { # API
n3: rectangle label:"JWT Check"
n4: diamond label:"Valid?"
n5: rectangle label:"Rate Limit"
n6: diamond label:"OK?"
n7: rectangle label:"Return 401 No"
n8: rectangle label:"Return 429 Later"
n9: rectangle label:"Service Discovery"
n10: rectangle label:"Cart Service"
n11: rectangle label:"Stock Service"
n12: rectangle label:"Aggregate"
n3.handle(right) -> n4.handle(left)
n4.handle(right) -> n5.handle(left) [label="Yes"]
n4.handle(bottom) -> n7.handle(top) [label="No"]
n5.handle(right) -> n6.handle(left)
n6.handle(right) -> n9.handle(left) [label="Yes"]
n6.handle(bottom) -> n8.handle(top) [label="No"]
n7.handle(top) -> Client.n2.handle(bottom)
n8.handle(top) -> Client.n2.handle(bottom)
n9.handle(right) -> n10.handle(left) [label="Carts"]
n9.handle(bottom) -> n11.handle(top) [label="Stock"]
n10.handle(right) -> n12.handle(left)
n11.handle(right) -> n12.handle(top)
n12.handle(top) -> Client.n2.handle(bottom)
}
`;

/** Fails a seeded share of calls so the aggregation paths are exercised too. */
const flaky: SimTransport = async (call) => ({
  status: call.path.includes('7') ? 503 : 200,
  headers: {},
  body: null,
});

const trafficArb: fc.Arbitrary<SimTraffic> = fc.oneof(
  fc.record({
    at: fc.integer({ min: 0, max: 3000 }),
    count: fc.integer({ min: 0, max: 30 }),
    client: fc.constantFrom('a', 'b'),
    token: fc.constantFrom('valid', 'missing', 'expired', 'bad-signature', 'alg-none'),
    path: fc.constantFrom('/carts/1', '/stock/7', '/', '/home'),
  }),
  fc.record({
    from: fc.integer({ min: 0, max: 1000 }),
    to: fc.integer({ min: 1000, max: 4000 }),
    rps: fc.integer({ min: 1, max: 40 }),
    arrival: fc.constantFrom('uniform' as const, 'poisson' as const),
    client: fc.constantFrom('a', 'b'),
    path: fc.constantFrom('/carts/1', '/stock/7', '/home'),
  }),
);

describe('properties', () => {
  it('parseScenario never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseScenario(value);
        if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('every request gets exactly one status, and a run replays byte for byte', async () => {
    const analysis = analyzeFz(GATEWAY);
    expect(analysis.errorCount).toBe(0);
    const diagram = analysis.diagram;
    await fc.assert(
      fc.asyncProperty(
        fc.array(trafficArb, { maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 20 }),
        async (traffic, seed, capacity) => {
          const scenario = {
            seed,
            traffic,
            nodes: {
              n5: { capacity, refillPerSec: 2 },
              n11: { latency: { dist: 'exponential' as const, meanMs: 30 } },
              n12: { timeoutMs: 50 },
            },
          };
          const options = { transport: flaky, includeResults: true };
          const first = await simulate(diagram, scenario, options);
          const second = await simulate(diagram, scenario, options);
          expect(first.ok, first.ok ? '' : first.errors.join('; ')).toBe(true);
          if (!first.ok || !second.ok) return;
          const total = Object.values(first.result.status).reduce((a, b) => a + b, 0);
          expect(total).toBe(first.result.requests);
          expect(first.result.results).toHaveLength(first.result.requests);
          expect(first.result.status['0']).toBeUndefined(); // every request finds its way back
          expect(stringifySimResult(second.result)).toBe(stringifySimResult(first.result));
        },
      ),
      { numRuns: 25 },
    );
  });
});
