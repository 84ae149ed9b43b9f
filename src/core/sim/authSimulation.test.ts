// Every token kind through a whole simulation (auth node → decision → 401 or onwards), for each
// algorithm, with real jose signing and verification; and known pitfall BR-18 end to end.
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { SIM_TOKEN_KINDS } from './scenario';
import { simulate } from './simulate';
import { INLINE_GATEWAY } from './testing/gateways';
import type { SimNodeSettings, SimResult, SimTokenKind, SimTransport } from './types';

const diagram = analyzeFz(INLINE_GATEWAY).diagram;
const answer200: SimTransport = async () => ({ status: 200, headers: {}, body: null });

async function runKinds(
  kinds: readonly SimTokenKind[],
  auth: SimNodeSettings = {},
): Promise<SimResult> {
  const outcome = await simulate(
    diagram,
    {
      seed: 11,
      traffic: kinds.map((token, i) => ({
        at: i,
        count: 1,
        client: `c${i}`,
        token,
        path: '/users/1',
      })),
      nodes: { n4: auth },
    },
    { transport: answer200, includeResults: true },
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.result;
}

/** Every kind but `valid`, `missing` first; `alg-confusion` is tested against RS256 below. */
const BAD_KINDS = SIM_TOKEN_KINDS.filter((k) => k !== 'valid' && k !== 'alg-confusion');

describe.each(['HS256', 'RS256', 'ES256'])(
  'every token kind through the gateway with %s',
  (alg) => {
    it('valid passes; each bad kind is a 401 with the RFC 6750 challenge', async () => {
      const result = await runKinds(['valid', ...BAD_KINDS], { alg });
      const [valid, missing, ...invalid] = result.results!;
      expect(valid!.status).toBe(200);
      expect(missing!.status).toBe(401);
      expect(missing!.headers['www-authenticate']).toBe('Bearer realm="api-gateway"');
      for (const r of invalid) {
        expect(r.status).toBe(401);
        expect(r.headers['www-authenticate']).toMatch(
          /^Bearer realm="api-gateway", error="invalid_token", error_description="[^"]+"$/,
        );
      }
      // Rejected requests never reach the rate limiter (no quota used).
      expect(result.nodes.n6!.arrivals).toBe(1);
    });
  },
);

describe('BR-18: algorithm confusion and alg none against an RS256 node with a given key', () => {
  it('valid RS256 → 200; HS256 signed with the public key PEM → 401; alg none → 401', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const auth = {
      alg: 'RS256',
      publicKey: await exportSPKI(publicKey),
      privateKey: await exportPKCS8(privateKey),
    };
    const result = await runKinds(['valid', 'alg-confusion', 'alg-none'], auth);
    expect(result.results!.map((r) => r.status)).toEqual([200, 401, 401]);
    expect(result.results![1]!.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('a scenario mixing HS256 with an RSA public key is refused, naming the key', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [{ at: 0, count: 1 }],
        nodes: { n4: { alg: 'HS256', secret: await exportSPKI(publicKey) } },
      },
      { transport: answer200 },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.join('\n')).toMatch(/nodes\.n4\.secret/);
  });
});
