import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG, type SimAuthConfig, type SimJwtAlg } from './config';
import { prepareSimAuth } from './prepare';
import { SIM_AUTH_TOKEN_KINDS, tokenTableKey, type SimAuthTokenKind } from './tokens';
import type { SimAuthVerdict } from './verifier';

const PAIRS = SIM_AUTH_TOKEN_KINDS.flatMap((kind) =>
  ['alice', 'bob'].map((client) => ({ kind, client })),
);

async function ready(alg: SimJwtAlg, seed: number) {
  const config: SimAuthConfig = { ...DEFAULT_AUTH_CONFIG, alg };
  const auth = await prepareSimAuth([{ path: 'nodes.n5', config }], seed, PAIRS);
  if (!auth.ok) throw new Error(auth.errors.join('\n'));
  return auth;
}

/** Verdicts for every (kind, client) at a few virtual times, in a fixed order. */
async function verdicts(alg: SimJwtAlg, seed: number): Promise<SimAuthVerdict[]> {
  const auth = await ready(alg, seed);
  const out: SimAuthVerdict[] = [];
  for (const nowMs of [0, 1000, 3_600_000]) {
    for (const { kind, client } of PAIRS) {
      out.push(
        await auth.verifiers[0]!.verify(auth.tokens.get(tokenTableKey(kind, client)), nowMs),
      );
    }
  }
  return out;
}

describe('determinism: the same seed gives the same tokens and verdicts', () => {
  for (const alg of ['HS256', 'RS256'] as const) {
    it(`${alg}: same seed → byte-identical token strings; another seed → other signatures`, async () => {
      const a = await ready(alg, 3);
      const b = await ready(alg, 3);
      const c = await ready(alg, 4);
      expect([...a.tokens]).toEqual([...b.tokens]);
      const valid = tokenTableKey('valid', 'alice');
      expect(c.tokens.get(valid)).not.toBe(a.tokens.get(valid));
    });
  }

  for (const alg of ['HS256', 'RS256', 'ES256'] as const) {
    it(`${alg}: same seed → same verdict sequence`, async () => {
      const first = await verdicts(alg, 11);
      expect(await verdicts(alg, 11)).toEqual(first);
      expect(first.filter((v) => v.ok)).toHaveLength(2 * 3); // valid × 2 clients × 3 times
    });
  }

  it('ES256: signatures differ per run (ECDSA nonce) but headers and claims do not', async () => {
    const a = await ready('ES256', 5);
    const b = await ready('ES256', 5);
    const key = tokenTableKey('valid', 'alice');
    const [ha, pa] = a.tokens.get(key)!.split('.');
    const [hb, pb] = b.tokens.get(key)!.split('.');
    expect([ha, pa]).toEqual([hb, pb]);
  });
});

describe('GS-07 (auth part): 5 missing, 5 expired, 5 wrong-key, 5 valid from one client', () => {
  it('gives 15×401 with the documented challenges and jose codes, and lets 5 through', async () => {
    const auth = await ready('HS256', 1);
    const verifier = auth.verifiers[0]!;
    const kinds: SimAuthTokenKind[] = ['missing', 'expired', 'bad-signature', 'valid'];
    const tokens = await Promise.all(kinds.map((kind) => auth.issuer.mint(kind, 'client')));
    const results: SimAuthVerdict[] = [];
    for (let i = 0; i < 20; i++)
      results.push(await verifier.verify(tokens[Math.floor(i / 5)], i * 100));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(15);
    expect(
      new Set(refused.map((r) => `${r.reason} | ${r.wwwAuthenticate} | ${r.joseCode}`)),
    ).toEqual(
      new Set([
        'missing | Bearer realm="api-gateway" | undefined',
        'expired | Bearer realm="api-gateway", error="invalid_token", error_description="token expired" | ERR_JWT_EXPIRED',
        'bad-signature | Bearer realm="api-gateway", error="invalid_token", ' +
          'error_description="signature verification failed" | ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      ]),
    );
  });

  it("variant: aud=another-api under audience api-gateway → 401 invalid_token (RFC 6750, not Envoy's 403)", async () => {
    const auth = await ready('HS256', 1);
    const token = await auth.issuer.mint('wrong-audience', 'client');
    expect(await auth.verifiers[0]!.verify(token, 0)).toMatchObject({
      status: 401,
      reason: 'wrong-audience',
      wwwAuthenticate:
        'Bearer realm="api-gateway", error="invalid_token", error_description="unexpected aud claim value"',
    });
  });
});

describe('prepareSimAuth', () => {
  it('the identity provider follows the first node; a node with another algorithm refuses its tokens', async () => {
    const auth = await prepareSimAuth(
      [
        { path: 'nodes.n5', config: { ...DEFAULT_AUTH_CONFIG, alg: 'RS256' } },
        { path: 'nodes.n6', config: { ...DEFAULT_AUTH_CONFIG } },
      ],
      2,
      [{ kind: 'valid', client: 'a' }],
    );
    if (!auth.ok) throw new Error(auth.errors.join('\n'));
    const token = auth.tokens.get(tokenTableKey('valid', 'a'));
    expect(await auth.verifiers[0]!.verify(token, 0)).toMatchObject({ ok: true });
    expect(await auth.verifiers[1]!.verify(token, 0)).toMatchObject({ reason: 'alg-not-allowed' });
  });

  it('reports key problems as one sentence each, naming the key', async () => {
    const auth = await prepareSimAuth(
      [
        {
          path: 'nodes.n5',
          config: {
            ...DEFAULT_AUTH_CONFIG,
            alg: 'ES256',
            privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
          },
        },
      ],
      1,
    );
    expect(auth.ok).toBe(false);
    if (!auth.ok)
      expect(auth.errors[0]).toMatch(
        /^nodes\.n5\.privateKey: could not be imported as an ES256 private key: /,
      );
  });

  it('mints with the default HS256 configuration when there is no auth node', async () => {
    const auth = await prepareSimAuth([], 1, [
      { kind: 'missing', client: 'a' },
      { kind: 'valid', client: 'a' },
    ]);
    if (!auth.ok) throw new Error(auth.errors.join('\n'));
    expect(auth.verifiers).toEqual([]);
    expect(auth.tokens.get(tokenTableKey('missing', 'a'))).toBeUndefined();
    expect(auth.tokens.get(tokenTableKey('valid', 'a'))!.split('.')).toHaveLength(3);
  });
});
