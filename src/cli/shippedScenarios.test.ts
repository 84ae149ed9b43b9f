/**
 * The scenarios that ship in `public/scenarios/` (README, "The `fz` command"), run as
 * `fz simulate` runs them (MSW-mocked services, answers reused) on the studio's default document
 * and, when `../shared/seed/api-gateway.fz` is present, on the reference diagram: the same node
 * ids and roles, so the same result byte for byte. Each scenario's key numbers follow from how it
 * is built; the comments say how.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { handlers } from '../mocks/handlers';
import { createMswTransport } from '../mocks/transport';
import { parseScenario } from '../core/sim/scenario';
import { simulate, stringifySimResult } from '../core/sim/simulate';
import { diagramOf } from '../core/sim/testing/runSim';
import type { SimRequestResult, SimResult } from '../core/sim/types';

const SCENARIOS = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));
const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/api-gateway.fz', import.meta.url));
const SEED_TEXT = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : undefined;
if (SEED_TEXT === undefined) {
  console.log(
    `shippedScenarios.test: ${SEED_PATH} is absent; the scenarios run on the default document only`,
  );
}

const SHIPPED = ['burst', 'normal', 'outage', 'slow-backend', 'token-attack'];

/** The scenario's result on the default document, and its canonical text on both diagrams. */
interface ShippedRun {
  result: SimResult;
  results: SimRequestResult[];
  texts: { defaultDocument: string; reference?: string };
}

async function runShipped(name: string): Promise<ShippedRun> {
  const json = readFileSync(`${SCENARIOS}${name}.scenario.json`, 'utf8');
  const parsed = parseScenario(JSON.parse(json));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  const runOn = async (fz: string) => {
    const outcome = await simulate(diagramOf(fz), parsed.scenario, {
      transport: createMswTransport(handlers, { reuseAnswers: true }),
      includeResults: true,
    });
    if (!outcome.ok) throw new Error(`${name}: ${outcome.errors.join('\n')}`);
    return outcome.result;
  };
  const result = await runOn(DEFAULT_DOCUMENT);
  const reference = SEED_TEXT === undefined ? undefined : await runOn(SEED_TEXT);
  return {
    result,
    results: result.results!,
    texts: {
      defaultDocument: stringifySimResult(result),
      reference: reference === undefined ? undefined : stringifySimResult(reference),
    },
  };
}

/** A describe block for one shipped file: its run, the two-diagram check, then `checks`. */
function describeShipped(name: string, checks: (run: () => ShippedRun) => void): void {
  describe(`${name}.scenario.json`, () => {
    let run: ShippedRun | undefined;
    beforeAll(async () => {
      run = await runShipped(name);
    });
    it.skipIf(SEED_TEXT === undefined)(
      'gives the same result, byte for byte, on the reference diagram',
      () => expect(run!.texts.reference).toBe(run!.texts.defaultDocument),
    );
    checks(() => run!);
  });
}

/** Nodes that rejected something, with how many. */
function rejections(result: SimResult): Record<string, number> {
  return Object.fromEntries(
    Object.entries(result.nodes)
      .filter(([, c]) => c.rejected > 0)
      .map(([id, c]) => [id, c.rejected]),
  );
}

/** How many of `items` fall under each key. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('public/scenarios', () => {
  it('holds exactly the shipped scenarios tested here', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.scenario.json'));
    expect(files.map((f) => f.replace('.scenario.json', '')).sort()).toEqual(SHIPPED);
  });
});

describeShipped('normal', (run) => {
  // Poisson streams of 4, 3 and 1 requests/s for 60 s, far under every limit.
  it('answers every request 200, rejecting nothing anywhere', () => {
    const { result, results } = run();
    expect(result.requests).toBe(468);
    expect(result.status).toEqual({ 200: 468 });
    expect(countBy(results, (r) => r.client)).toEqual({ alice: 238, bob: 171, carol: 59 });
    expect(rejections(result)).toEqual({});
    expect(results.every((r) => r.headers['x-completed'] === 'true')).toBe(true);
  });

  it('routes /users to n14 and /orders through n15 then n16', () => {
    const { result } = run();
    expect(result.nodes.n14!.arrivals).toBe(238 + 59);
    expect([result.nodes.n15!.arrivals, result.nodes.n16!.arrivals]).toEqual([171, 171]);
  });

  it('keeps n14 busy λ·S/servers of the time (2 instances of 1 server, 60 ms mean), ±5 %', () => {
    const { result } = run();
    const lambda = result.nodes.n14!.arrivals / result.durationMs; // per ms
    expect(result.nodes.n14!.utilisation! / ((lambda * 60) / 2)).toBeCloseTo(1, 1);
  });
});

describeShipped('burst', (run) => {
  // GS-01 on n7 (token bucket: 10 tokens, 5 per second, per client) through the whole gateway.
  it('lets 10 of 15 through at t = 0, 5 of 6 at 1 s, then 429, 200, 200 at 1.1, 1.2, 1.4 s', () => {
    const { result, results } = run();
    expect(result.status).toEqual({ 200: 18, 429: 7 });
    expect(rejections(result)).toEqual({ n7: 7 });
    expect(result.nodes.n11!.arrivals).toBe(7);
    const alice = results.filter((r) => r.client === 'alice').map((r) => r.status);
    expect(alice).toEqual([
      ...Array<number>(10).fill(200),
      ...Array<number>(5).fill(429),
      ...[200, 200, 200, 200, 200, 429],
      ...[429, 200, 200],
    ]);
    expect(results.filter((r) => r.client === 'bob').map((r) => r.status)).toEqual([200]);
  });

  it('tells each 429 to retry after 1 s (ceil of 0.2 s)', () => {
    const throttled = run().results.filter((r) => r.status === 429);
    expect(countBy(throttled, (r) => r.headers['retry-after'] ?? 'none')).toEqual({ 1: 7 });
  });

  it('queues the 11 calls that pass at t = 0 behind n14’s 4 servers: 7 wait, the last 31 ms', () => {
    const { result } = run();
    expect(result.nodes.n14!.queue!.max).toBe(11 - 4);
    expect(result.latencyMs.max).toBe(3 * 10 + 1); // three rounds of 10 ms, 1 ms at n3
  });
});

describeShipped('token-attack', (run) => {
  const description = (r: SimRequestResult) =>
    /error_description="([^"]*)"/.exec(r.headers['www-authenticate'] ?? '')?.[1] ?? 'none';

  it('refuses 5 of each of the 9 bad kinds at n5 (RS256) with 401, before the rate limit', () => {
    const { result } = run();
    expect(result.status).toEqual({ 200: 15, 401: 45, 429: 1 });
    expect(rejections(result)).toEqual({ n5: 45, n7: 1 });
    expect(result.nodes.n8!.arrivals).toBe(45);
    expect(result.nodes.n7!.arrivals).toBe(61 - 45);
  });

  it('answers each kind with its RFC 6750 challenge; alg-confusion is refused by the pinned alg', () => {
    const refused = run().results.filter((r) => r.status === 401);
    expect(countBy(refused, description)).toEqual({
      none: 5, // missing: a bare challenge
      'token expired': 5,
      'token not yet valid': 5,
      'signature verification failed': 5,
      'malformed token': 5,
      'alg none not allowed': 5,
      'unexpected aud claim value': 5,
      'unexpected iss claim value': 5,
      'alg HS256 not allowed': 5,
    });
    const missing = refused.filter((r) => description(r) === 'none');
    expect(missing.map((r) => r.headers['www-authenticate'])).toEqual(
      Array<string>(5).fill('Bearer realm="api-gateway"'),
    );
  });

  it('leaves mallory’s quota whole: 5 of 6 valid requests pass after the 45 refusals', () => {
    const { results } = run();
    const valid = results.filter((r) => r.client === 'mallory' && r.status !== 401);
    expect(valid.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(
      countBy(
        results.filter((r) => r.client === 'alice'),
        (r) => String(r.status),
      ),
    ).toEqual({
      200: 10,
    });
  });
});

describeShipped('outage', (run) => {
  // n14 instance 1 is down from 5 s to 12 s; round robin over 2 instances, 10 requests/s.
  const callsOf = (results: SimRequestResult[]) => results.flatMap((r) => r.calls);

  it('fails 5 calls to instance 1 (503, refused) before outlier detection ejects it at 5.9 s', () => {
    const { result, results } = run();
    const failed = callsOf(results).filter((c) => c.status !== 200);
    expect(failed.map((c) => [c.at, c.instance, c.status, c.outcome])).toEqual(
      [5100, 5300, 5500, 5700, 5900].map((at) => [at, 1, 503, 'refused']),
    );
    // Compose Response got no answer from its only backend: 500, as KrakenD answers.
    expect(result.status).toEqual({ 200: 195, 500: 5 });
    expect(rejections(result)).toEqual({ n14: 5, n17: 5 });
  });

  it('sends nothing to instance 1 from the ejection until two checks pass again at 13 s', () => {
    const { result, results } = run();
    const toOne = callsOf(results).filter((c) => c.instance === 1);
    expect(toOne.filter((c) => c.at > 5900 && c.at < 13_000)).toEqual([]);
    expect(toOne.filter((c) => c.at >= 13_000)).toHaveLength(35);
    expect(result.nodes.n14!.calls!.byInstance).toEqual([25 + 5 + 70 + 35, 25 + 5 + 35]);
    expect(results.filter((r) => r.sentAt > 5900).every((r) => r.status === 200)).toBe(true);
  });

  it('logs what the gateway saw: ejected, unhealthy, back from ejection, healthy', () => {
    const health = run().result.health!.map((e) => [e.at, e.kind, e.instance]);
    expect(health).toEqual([
      [5000, 'state', 1],
      [5900, 'ejected', 1],
      [7000, 'unhealthy', 1],
      [9000, 'unejected', 1],
      [12_000, 'state', 1],
      [13_000, 'healthy', 1],
    ]);
  });
});

describeShipped('slow-backend', (run) => {
  // /dashboard/42 matches no branch of n13, so it fans out to n14 and n15 → n16; n16 often
  // takes longer than its 300 ms budget (lognormal, median 150 ms, σ 0.8: P(> 300 ms) ≈ 19 %).
  it('answers every request 200; 54 of them partial (x-completed: false), one per n16 timeout', () => {
    const { result, results } = run();
    expect(result.status).toEqual({ 200: 598 });
    expect(rejections(result)).toEqual({ n16: 54 });
    const partial = results.filter((r) => r.headers['x-completed'] === 'false');
    expect(partial).toHaveLength(54);
    expect(result.nodes.n16!.calls!.timeouts).toBe(54);
    expect(countBy(partial, (r) => r.client)).toEqual({ web: 54 });
  });

  it('cuts each partial answer’s n16 call at its 300 ms budget with 504', () => {
    const partial = run().results.filter((r) => r.headers['x-completed'] === 'false');
    const slow = partial.map((r) => r.calls.find((c) => c.node === 'n16')!);
    expect(countBy(slow, (c) => `${c.status} ${c.outcome} ${c.ms}`)).toEqual({
      '504 timeout 300': 54,
    });
  });

  it('fans /dashboard out to all three services and sends /users to n14 alone', () => {
    const { result, results } = run();
    expect(countBy(results, (r) => r.client)).toEqual({ web: 292, mobile: 306 });
    expect(result.nodes.n14!.arrivals).toBe(292 + 306);
    expect([result.nodes.n15!.arrivals, result.nodes.n16!.arrivals]).toEqual([292, 292]);
  });
});
