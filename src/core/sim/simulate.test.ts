import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import type { FzDiagram } from '../model/types';
import { simulate, stringifySimResult } from './simulate';
import { INLINE_GATEWAY } from './testing/gateways';
import type { SimResult, SimScenario, SimTransport, SimTraffic } from './types';

const SEED_PATH = fileURLToPath(new URL('../../../../shared/seed/api-gateway.fz', import.meta.url));
const SEED_TEXT = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : undefined;
if (SEED_TEXT === undefined)
  console.log(`skipping reference-diagram tests: ${SEED_PATH} is absent`);

/** The two gateways under test, with the ids of their rate-limit trio and of their router. */
const GATEWAYS = [
  {
    name: 'inline gateway',
    text: INLINE_GATEWAY,
    limit: 'n6',
    limitDiamond: 'n7',
    limited: 'n9',
    pass: 'n5',
    router: 'n10',
    okEdge: 'Valid',
  },
  ...(SEED_TEXT === undefined
    ? []
    : [
        {
          name: 'reference api-gateway.fz',
          text: SEED_TEXT,
          limit: 'n7',
          limitDiamond: 'n9',
          limited: 'n11',
          pass: 'n6',
          router: 'n10',
          okEdge: 'Yes',
        },
      ]),
];

function diagramOf(text: string): FzDiagram {
  const analysis = analyzeFz(text);
  expect(analysis.errorCount, JSON.stringify(analysis.diagnostics.slice(0, 3))).toBe(0);
  return analysis.diagram;
}

/** A backend that always answers 200, and counts calls. */
function okTransport(
  calls: { path: string; instance: number; nodeId: string }[] = [],
): SimTransport {
  return async (call) => {
    calls.push({ path: call.path, instance: call.instance, nodeId: call.nodeId });
    return { status: 200, headers: {}, body: null };
  };
}

async function run(
  text: string,
  traffic: SimTraffic[],
  nodes: SimScenario['nodes'] = {},
  extra: { seed?: number; transport?: SimTransport; results?: boolean } = {},
): Promise<SimResult> {
  const outcome = await simulate(
    diagramOf(text),
    { seed: extra.seed ?? 1, traffic, nodes },
    { transport: extra.transport ?? okTransport(), includeResults: extra.results ?? false },
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.result;
}

const bucket = (id: string) => ({ [id]: { capacity: 10, refillPerSec: 5 } });

describe.each(GATEWAYS)('$name', (g) => {
  it('15 valid requests at once → 10×200 + 5×429; expired and missing → 401 without using quota', async () => {
    const result = await run(
      g.text,
      [
        { at: 0, count: 3, client: 'alice', token: 'expired', path: '/users/42' },
        { at: 0, count: 15, client: 'alice', token: 'valid', path: '/users/42' },
        { at: 0, count: 2, client: 'alice', token: 'missing', path: '/users/42' },
      ],
      bucket(g.limit),
    );
    expect(result.requests).toBe(20);
    expect(result.status).toEqual({ '200': 10, '401': 5, '429': 5 });
    expect(result.nodes[g.limit]).toEqual({
      role: 'rate-limit',
      arrivals: 15,
      passed: 10,
      rejected: 5,
    });
  });

  it('GS-07: 5 missing, 5 expired, 5 badly signed, 5 valid against 3 per minute → 15×401, 3×200, 2×429', async () => {
    const kinds = ['missing', 'expired', 'bad-signature', 'valid'] as const;
    const result = await run(
      g.text,
      kinds.map((token) => ({ at: 0, count: 5, client: 'dave', token, path: '/users/9' })),
      { [g.limit]: { capacity: 3, refillPerSec: 0.05 } },
    );
    expect(result.status).toEqual({ '200': 3, '401': 15, '429': 2 });
    expect(result.nodes[g.limit]!.arrivals).toBe(5);
  });

  it('keys buckets by path when asked (one bucket per path instead of per client)', async () => {
    const traffic: SimTraffic[] = [
      { at: 0, count: 15, client: 'erin', token: 'valid', path: '/users/1' },
      { at: 0, count: 15, client: 'erin', token: 'valid', path: '/orders/2' },
    ];
    const byClient = await run(g.text, traffic, bucket(g.limit));
    expect(byClient.status).toEqual({ '200': 10, '429': 20 });
    const byPath = await run(g.text, traffic, {
      [g.limit]: { capacity: 10, refillPerSec: 5, key: 'path' },
    });
    expect(byPath.status).toEqual({ '200': 20, '429': 10 });
  });

  it('10 requests/s for 10 s against capacity 10 refilling 5/s → 59×200, 41×429', async () => {
    const result = await run(
      g.text,
      [
        {
          from: 0,
          to: 10_000,
          rps: 10,
          arrival: 'uniform',
          client: 'bob',
          token: 'valid',
          path: '/users/1',
        },
      ],
      bucket(g.limit),
    );
    expect(result.status).toEqual({ '200': 59, '429': 41 });
  });

  it('without the rate-limit nodes nothing gets 429', async () => {
    const edited = g.text
      .replace(new RegExp(`-> ${g.limit}\\.handle`), `-> ${g.router}.handle`)
      .split('\n')
      .filter((line) => !new RegExp(`\\b(${g.limit}|${g.limitDiamond}|${g.limited})\\b`).test(line))
      .join('\n');
    const traffic: SimTraffic[] = [
      { at: 0, count: 15, client: 'alice', token: 'valid', path: '/users/42' },
    ];
    expect((await run(g.text, traffic)).status).toEqual({ '200': 10, '429': 5 });
    const result = await run(edited, traffic);
    expect(result.status).toEqual({ '200': 15 });
    expect(Object.values(result.nodes).some((n) => n.role === 'rate-limit')).toBe(false);
  });

  it('relabelling the router "Return 403 Forbidden" makes it respond 403', async () => {
    const edited = g.text.replace(
      new RegExp(`(${g.router}: rectangle label:)"[^"]*"`),
      '$1"Return 403 Forbidden"',
    );
    const result = await run(edited, [{ at: 0, count: 4, token: 'valid', path: '/users/1' }]);
    expect(result.status).toEqual({ '403': 4 });
    expect(result.nodes[g.router]!.role).toBe('respond');
  });

  it('is byte-identical across runs; another seed with Poisson arrivals differs', async () => {
    const traffic: SimTraffic[] = [
      {
        from: 0,
        to: 5000,
        rps: 8,
        arrival: 'poisson',
        client: 'carol',
        token: 'valid',
        path: '/users/3',
      },
    ];
    const nodes = {
      ...bucket(g.limit),
      'User Service': { latency: { dist: 'exponential', meanMs: 20 } },
    };
    const a = stringifySimResult(await run(g.text, traffic, nodes, { seed: 7, results: true }));
    const b = stringifySimResult(await run(g.text, traffic, nodes, { seed: 7, results: true }));
    const c = stringifySimResult(await run(g.text, traffic, nodes, { seed: 8, results: true }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('sets RateLimit-*, Retry-After and WWW-Authenticate headers', async () => {
    const result = await run(
      g.text,
      [
        { at: 0, count: 11, client: 'alice', token: 'valid', path: '/users/42' },
        { at: 0, count: 1, client: 'alice', token: 'missing', path: '/users/42' },
        { at: 0, count: 1, client: 'alice', token: 'expired', path: '/users/42' },
        { at: 0, count: 1, client: 'alice', token: 'bad-signature', path: '/users/42' },
      ],
      { [g.limit]: { capacity: 10, refillPerSec: 0.4 } },
      { results: true },
    );
    const [first, , , , , , , , , , eleventh, missing, expired, badSig] = result.results!;
    expect(first!.headers).toEqual({
      'ratelimit-limit': '10',
      'ratelimit-remaining': '9',
      'ratelimit-reset': '3', // 1 token at 0.4/s: 2.5 s, rounded up
      'x-completed': 'true',
    });
    expect(eleventh!.status).toBe(429);
    expect(eleventh!.headers['retry-after']).toBe('3');
    expect(eleventh!.headers['ratelimit-remaining']).toBe('0');
    expect(missing!.status).toBe(401);
    expect(missing!.headers).toEqual({ 'www-authenticate': 'Bearer realm="api-gateway"' });
    expect(expired!.headers['www-authenticate']).toBe(
      'Bearer realm="api-gateway", error="invalid_token", error_description="token expired"',
    );
    expect(badSig!.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(missing!.path).toContain('n8'); // the "Return 401" node of both diagrams
  });

  it('BR-17: with clock tolerance 3601 s a token expired 3600 s before t=0 passes until t = 1 s', async () => {
    const auth = analyzeFz(g.text).diagram.nodes.find((n) => /jwt/i.test(n.label))!.id;
    const result = await run(
      g.text,
      [
        { at: 999, count: 1, token: 'expired', path: '/users/1' },
        { at: 1000, count: 1, token: 'expired', path: '/users/1' },
      ],
      { [auth]: { clockToleranceSec: 3601 } },
      { results: true },
    );
    expect(result.results!.map((r) => r.status)).toEqual([200, 401]);
    expect(result.results![1]!.headers['www-authenticate']).toContain(
      'error_description="token expired"',
    );
  });
});
