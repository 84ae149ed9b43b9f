/**
 * Per-request results (`--results`): status, headers, the node path with the time at each node,
 * the token's decoded claims, each check's verdict and each call to a service instance.
 */
import { describe, expect, it } from 'vitest';
import { stringifySimResult } from './simulate';
import { INLINE_GATEWAY } from './testing/gateways';
import { runSim } from './testing/runSim';
import type { SimResult } from './types';

const SCENARIO = {
  traffic: [
    { at: 0, count: 1, client: 'alice', token: 'valid' as const, path: '/users/42' },
    { at: 0, count: 1, client: 'alice', token: 'expired' as const, path: '/users/42' },
    { at: 0, count: 1, client: 'bob', token: 'missing' as const, path: '/users/42' },
    { at: 0, count: 1, client: 'bob', token: 'malformed' as const, path: '/users/42' },
  ],
  nodes: { n6: { capacity: 10, refillPerSec: 5 } },
};

describe('per-request results', () => {
  let result: SimResult;

  it('a valid request: its timeline, claims, both checks passed and its service call', async () => {
    result = await runSim(INLINE_GATEWAY, SCENARIO);
    const ok = result.results![0]!;
    expect(ok.path).toEqual(['n1', 'n4', 'n5', 'n6', 'n7', 'n10', 'n11', 'n13', 'n2', 'n3']);
    expect(ok.timeline.map((t) => t.node)).toEqual(ok.path);
    // The service takes 10 ms (the default), the "Show Answer" step 1 ms.
    expect(ok.timeline.slice(-4)).toEqual([
      { node: 'n11', at: 0 },
      { node: 'n13', at: 10 },
      { node: 'n2', at: 10 },
      { node: 'n3', at: 11 },
    ]);
    expect(ok.claims).toEqual({
      sub: 'alice',
      iss: 'https://idp.sim',
      aud: 'api-gateway',
      iat: 1_767_225_600, // 2026-01-01T00:00:00Z, virtual time 0
      exp: 1_798_761_600,
    });
    expect(ok.checks).toEqual([
      { node: 'n4', verdict: 'pass', reason: 'valid token' },
      { node: 'n6', verdict: 'pass', reason: 'allowed: 9 of 10 left for alice' },
    ]);
    expect(ok.calls).toEqual([
      { node: 'n11', instance: 0, at: 0, ms: 10, status: 200, outcome: 'answered' },
    ]);
  });

  it('refused tokens: the failed check and its reason; claims decoded even when expired', () => {
    const [, expired, missing, malformed] = result.results!;
    expect(expired!.checks).toEqual([{ node: 'n4', verdict: 'fail', reason: 'expired' }]);
    expect(expired!.claims).toMatchObject({ sub: 'alice', exp: 1_767_222_000 });
    expect(expired!.calls).toEqual([]);
    expect(missing!.checks).toEqual([{ node: 'n4', verdict: 'fail', reason: 'missing' }]);
    expect(missing!.claims).toBeNull();
    expect(malformed!.claims).toBeNull();
    expect(malformed!.checks[0]).toMatchObject({ verdict: 'fail', reason: 'malformed' });
  });

  it('a 429 names the limiter and when to retry', async () => {
    const burst = await runSim(INLINE_GATEWAY, {
      traffic: [{ at: 0, count: 11, client: 'carol', path: '/users/1' }],
      nodes: { n6: { capacity: 10, refillPerSec: 5 } },
    });
    expect(burst.results![10]!.status).toBe(429);
    expect(burst.results![10]!.checks[1]).toEqual({
      node: 'n6',
      verdict: 'fail',
      reason: 'rejected: retry after 1 s (carol)',
    });
  });

  it('prints the new keys after the old ones, in a fixed order', () => {
    const text = stringifySimResult(result);
    const first = JSON.parse(text).results[0] as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([
      'id',
      'client',
      'sentAt',
      'status',
      'latencyMs',
      'headers',
      'path',
      'timeline',
      'claims',
      'checks',
      'calls',
    ]);
    expect(Object.keys(JSON.parse(text).nodes.n11)).toEqual([
      'role',
      'arrivals',
      'passed',
      'rejected',
      'queue',
      'inService',
      'calls',
    ]);
  });
});
