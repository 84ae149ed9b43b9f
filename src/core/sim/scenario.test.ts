import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_REQUESTS, parseScenario } from './scenario';

function errorsOf(input: unknown): { key: string; message: string }[] {
  const parsed = parseScenario(input);
  return parsed.ok ? [] : parsed.errors;
}

describe('parseScenario', () => {
  it('accepts the documented example and fills defaults', () => {
    const parsed = parseScenario({
      seed: 1,
      until: 60000,
      traffic: [
        { at: 0, count: 15, client: 'alice', token: 'valid', path: '/users/42' },
        {
          from: 0,
          to: 10000,
          rps: 10,
          arrival: 'uniform',
          client: 'bob',
          token: 'expired',
          path: '/orders/7',
        },
        { at: 5, count: 1 },
      ],
      nodes: {
        n7: {
          role: 'rate-limit',
          algorithm: 'token-bucket',
          capacity: 10,
          refillPerSec: 5,
          key: 'client',
        },
        n14: {
          role: 'service',
          instances: 2,
          concurrency: 1,
          latency: { dist: 'exponential', meanMs: 10 },
        },
        'Aggregate Responses': { role: 'aggregate', timeoutMs: 850 },
      },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.traffic[2]).toEqual({
      at: 5,
      count: 1,
      client: 'client',
      token: 'valid',
      path: '/',
      method: 'GET',
    });
    expect(parsed.scenario.until).toBe(60000);
    expect(parsed.scenario.nodes['Aggregate Responses']).toEqual({
      role: 'aggregate',
      timeoutMs: 850,
    });
  });

  it('defaults the seed to 1 and nodes to {}', () => {
    expect(parseScenario({ traffic: [] })).toEqual({
      ok: true,
      scenario: { seed: 1, traffic: [], nodes: {} },
    });
  });

  const bad: [string, unknown, string, RegExp][] = [
    ['not an object', [], '', /must be a JSON object/],
    ['unknown top-level key', { traffic: [], sed: 1 }, 'sed', /unknown key/],
    ['missing traffic', { seed: 1 }, 'traffic', /is required/],
    ['traffic not an array', { traffic: {} }, 'traffic', /must be an array/],
    ['seed not an integer', { seed: 1.5, traffic: [] }, 'seed', /whole number/],
    ['seed as a string', { seed: '1', traffic: [] }, 'seed', /finite number, got the string "1"/],
    ['NaN until', { until: NaN, traffic: [] }, 'until', /got NaN/],
    [
      'Infinity rps',
      { traffic: [{ from: 0, to: 1, rps: Infinity }] },
      'traffic[0].rps',
      /got Infinity/,
    ],
    [
      'negative count',
      { traffic: [{ at: 0, count: -2 }] },
      'traffic[0].count',
      /zero or more, got -2/,
    ],
    ['zero rps', { traffic: [{ from: 0, to: 1000, rps: 0 }] }, 'traffic[0].rps', /positive/],
    ['missing count', { traffic: [{ at: 0 }] }, 'traffic[0].count', /is required/],
    [
      'to before from',
      { traffic: [{ from: 10, to: 5, rps: 1 }] },
      'traffic[0].to',
      /must not be before from/,
    ],
    [
      'burst mixed with stream',
      { traffic: [{ at: 0, count: 1, rps: 3 }] },
      'traffic[0]',
      /mixes a burst/,
    ],
    [
      'neither burst nor stream',
      { traffic: [{ client: 'a' }] },
      'traffic[0]',
      /burst .* or a stream/,
    ],
    [
      'unknown traffic key',
      { traffic: [{ at: 0, count: 1, colour: 'red' }] },
      'traffic[0].colour',
      /unknown key/,
    ],
    [
      'unknown token kind',
      { traffic: [{ at: 0, count: 1, token: 'stolen' }] },
      'traffic[0].token',
      /one of/,
    ],
    [
      'path without slash',
      { traffic: [{ at: 0, count: 1, path: 'users' }] },
      'traffic[0].path',
      /start with "\/"/,
    ],
    [
      'bad arrival',
      { traffic: [{ from: 0, to: 1, rps: 1, arrival: 'bursty' }] },
      'traffic[0].arrival',
      /"uniform" or "poisson"/,
    ],
    ['nodes not an object', { traffic: [], nodes: [] }, 'nodes', /must be an object/],
    [
      'node settings not an object',
      { traffic: [], nodes: { n1: 3 } },
      'nodes.n1',
      /must be an object/,
    ],
    [
      'unknown node key',
      { traffic: [], nodes: { n7: { capacty: 3 } } },
      'nodes.n7.capacty',
      /unknown key/,
    ],
    [
      'unknown role',
      { traffic: [], nodes: { n7: { role: 'firewall' } } },
      'nodes.n7.role',
      /one of/,
    ],
    [
      'key not for the role',
      { traffic: [], nodes: { n7: { role: 'auth', capacity: 3 } } },
      'nodes.n7.capacity',
      /does not apply to role "auth"/,
    ],
    [
      'latency dist missing field',
      { traffic: [], nodes: { n14: { latency: { dist: 'constant' } } } },
      'nodes.n14.latency.ms',
      /required/,
    ],
    [
      'lognormal without sigma',
      { traffic: [], nodes: { n14: { latency: { dist: 'lognormal', medianMs: 5 } } } },
      'nodes.n14.latency.sigma',
      /required/,
    ],
    [
      'latency key of another dist',
      { traffic: [], nodes: { n14: { latency: { dist: 'constant', ms: 1, meanMs: 2 } } } },
      'nodes.n14.latency.meanMs',
      /unknown key/,
    ],
    [
      'error rate above 1',
      { traffic: [], nodes: { n14: { errorRate: 2 } } },
      'nodes.n14.errorRate',
      /at most 1/,
    ],
    [
      'label key with spaces',
      { traffic: [], nodes: { 'User Service': { instances: 0 } } },
      'nodes["User Service"].instances',
      /at least 1/,
    ],
  ];
  for (const [name, input, key, message] of bad) {
    it(`names the key for: ${name}`, () => {
      const errors = errorsOf(input);
      expect(errors.length, JSON.stringify(errors)).toBeGreaterThan(0);
      const match = errors.find((e) => e.key === key);
      expect(match, JSON.stringify(errors)).toBeDefined();
      expect(match!.message).toMatch(message);
    });
  }

  it('refuses a 10-million burst at once, naming the cap', () => {
    const errors = errorsOf({ traffic: [{ at: 0, count: 10_000_000 }] });
    expect(errors).toEqual([
      {
        key: 'traffic',
        message:
          'sends about 10,000,000 requests; one run is capped at 2,000,000 (lower the burst counts, the rates or the durations)',
      },
    ]);
  });

  it('counts stream requests toward the cap and accepts exactly the cap', () => {
    expect(MAX_SCENARIO_REQUESTS).toBe(2_000_000);
    expect(parseScenario({ traffic: [{ from: 0, to: 1_000_000, rps: 2000 }] }).ok).toBe(true);
    expect(
      errorsOf({
        traffic: [
          { from: 0, to: 1_000_000, rps: 2000 },
          { at: 0, count: 1 },
        ],
      })[0]?.key,
    ).toBe('traffic');
  });
});

describe('parseScenario: events, health, retries and queue limits', () => {
  const input = {
    traffic: [{ at: 0, count: 1 }],
    events: [{ at: 5000, node: 'n14', instance: 1, state: 'down' }],
    nodes: {
      n14: {
        instances: 2,
        queueLimit: 0,
        timeoutMs: 500,
        policy: 'maglev',
        retries: { numRetries: 2, perTryTimeoutMs: 100 },
        health: { activeCheck: { intervalMs: 1000 }, outlierDetection: { consecutive5xx: 3 } },
      },
    },
  };

  it('keeps top-level events in file order and parses node health and retries', () => {
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.events).toEqual(input.events);
    expect(parsed.scenario.nodes.n14).toMatchObject({
      queueLimit: 0,
      retries: { numRetries: 2, perTryTimeoutMs: 100, retryOn: ['5xx'] },
      health: {
        activeCheck: { intervalMs: 1000, timeoutMs: 1000, unhealthyThreshold: 3 },
        outlierDetection: { consecutive5xx: 3, baseEjectionTimeMs: 30_000 },
        panicThresholdPercent: 50,
      },
    });
  });

  it('parsing its own output again gives the same scenario (simulate re-checks what it gets)', () => {
    const once = parseScenario(input);
    if (!once.ok) throw new Error('expected a valid scenario');
    const twice = parseScenario(JSON.parse(JSON.stringify(once.scenario)));
    expect(twice).toEqual(once);
  });

  it('names unknown keys of an event', () => {
    expect(
      errorsOf({ traffic: [], events: [{ at: 0, node: 'n1', instance: 0, state: 'up', why: 1 }] }),
    ).toEqual([
      {
        key: 'events[0].why',
        message: 'unknown key; expected one of "at", "node", "instance" or "state"',
      },
    ]);
  });
});
