import { describe, expect, it } from 'vitest';
import { SIM_AUDIENCE, SIM_EPOCH_SECONDS, SIM_ISSUER, mintSimToken, signSimToken } from './tokens';
import { DEFAULT_AUTH_SETTINGS, createJwtVerifier } from './verifier';
import type { SimTokenKind } from '../types';

const T = SIM_EPOCH_SECONDS + 100; // the clock at virtual t = 100 s
const atT = 100_000;

function tokenExpiringAt(exp: number): Promise<string> {
  return signSimToken({ sub: 'u', iss: SIM_ISSUER, aud: SIM_AUDIENCE, exp });
}

describe('JWT verification on the virtual clock', () => {
  it('answers a missing token with a bare Bearer challenge (RFC 6750 §3)', async () => {
    const v = createJwtVerifier();
    expect(await v.verify(undefined, 0)).toEqual({
      ok: false,
      status: 401,
      reason: 'missing',
      wwwAuthenticate: 'Bearer realm="api-gateway"',
    });
  });

  const cases: [SimTokenKind, string][] = [
    ['expired', 'expired'],
    ['not-yet-valid', 'not-yet-valid'],
    ['bad-signature', 'bad-signature'],
    ['malformed', 'malformed'],
    ['alg-none', 'alg-not-allowed'],
    ['wrong-audience', 'wrong-audience'],
    ['wrong-issuer', 'wrong-issuer'],
  ];
  for (const [kind, reason] of cases) {
    it(`rejects a ${kind} token as invalid_token (${reason})`, async () => {
      const verdict = await createJwtVerifier().verify(await mintSimToken(kind, 'alice'), 0);
      expect(verdict).toMatchObject({ ok: false, status: 401, reason });
      if (!verdict.ok) {
        expect(verdict.wwwAuthenticate).toMatch(
          /^Bearer realm="api-gateway", error="invalid_token", error_description="[a-z ]+"$/,
        );
      }
    });
  }

  it('accepts a valid token and reports its subject', async () => {
    const verdict = await createJwtVerifier().verify(await mintSimToken('valid', 'alice'), 0);
    expect(verdict).toEqual({ ok: true, subject: 'alice' });
  });

  it('uses the configured realm', async () => {
    const v = createJwtVerifier({ ...DEFAULT_AUTH_SETTINGS, realm: 'shop' });
    const verdict = await v.verify(await mintSimToken('expired', 'a'), 0);
    expect(verdict).toMatchObject({
      wwwAuthenticate:
        'Bearer realm="shop", error="invalid_token", error_description="token expired"',
    });
  });

  describe('BR-17: exp equal to now is expired', () => {
    it('tolerance 0: exp = T → 401 expired, exp = T+1 → accepted (fresh and cached)', async () => {
      const atExp = await tokenExpiringAt(T);
      const after = await tokenExpiringAt(T + 1);
      const v = createJwtVerifier();
      for (let round = 0; round < 2; round++) {
        expect(await v.verify(atExp, atT)).toMatchObject({ ok: false, reason: 'expired' });
        expect(await v.verify(after, atT)).toMatchObject({ ok: true });
      }
      // The same token, checked first while valid (cached), expires when the clock reaches exp.
      const v2 = createJwtVerifier();
      expect(await v2.verify(after, atT)).toMatchObject({ ok: true });
      expect(v2.verify(after, atT + 999)).toMatchObject({ ok: true });
      expect(v2.verify(after, atT + 1000)).toMatchObject({ ok: false, reason: 'expired' });
    });

    it('tolerance 5 s: exp = T−5 → 401, exp = T−4 → accepted', async () => {
      const v = createJwtVerifier({ ...DEFAULT_AUTH_SETTINGS, clockToleranceSec: 5 });
      const minus5 = await tokenExpiringAt(T - 5);
      const minus4 = await tokenExpiringAt(T - 4);
      for (let round = 0; round < 2; round++) {
        expect(await v.verify(minus5, atT)).toMatchObject({ ok: false, reason: 'expired' });
        expect(await v.verify(minus4, atT)).toMatchObject({ ok: true });
      }
    });
  });

  it('answers synchronously once a token has been verified', async () => {
    const v = createJwtVerifier();
    const token = await mintSimToken('valid', 'bob');
    const first = v.verify(token, 0);
    expect(first).toBeInstanceOf(Promise);
    await first;
    expect(v.verify(token, 5)).toEqual({ ok: true, subject: 'bob' });
  });
});
