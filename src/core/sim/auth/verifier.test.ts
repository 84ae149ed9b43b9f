import { exportPKCS8, exportSPKI, generateKeyPair, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { SIM_EPOCH_SECONDS } from './clock';
import { DEFAULT_AUTH_CONFIG, SIM_AUDIENCE, SIM_ISSUER, type SimAuthConfig } from './config';
import { loadAuthKeys, type SimAuthKeys } from './keys';
import { createTokenIssuer, signSimToken, type SimAuthTokenKind } from './tokens';
import { createJwtVerifier, type SimJoseVerify } from './verifier';

const REALM = 'Bearer realm="api-gateway"';
const invalid = (description: string) =>
  `${REALM}, error="invalid_token", error_description="${description}"`;

async function keysFor(config: SimAuthConfig, seed = 7): Promise<SimAuthKeys> {
  const loaded = await loadAuthKeys(config, seed);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.keys;
}

/** An HS256 run's issuer and verifier, sharing the keys of seed 7. */
async function hs256Run(overrides: Partial<SimAuthConfig> = {}) {
  const config = { ...DEFAULT_AUTH_CONFIG, ...overrides };
  const keys = await keysFor(config);
  return {
    keys,
    issuer: createTokenIssuer(config, keys),
    verifier: createJwtVerifier(config, { keys }),
  };
}

describe('every token kind gets its verdict and exact RFC 6750 challenge (HS256)', () => {
  it('answers a missing token with a bare Bearer challenge and no error attribute', async () => {
    const { verifier } = await hs256Run();
    expect(await verifier.verify(undefined, 0)).toEqual({
      ok: false,
      status: 401,
      reason: 'missing',
      wwwAuthenticate: REALM,
    });
    expect(await verifier.verify('', 0)).toMatchObject({ reason: 'missing' });
  });

  const rows: [SimAuthTokenKind, string, string, string][] = [
    ['expired', 'expired', 'token expired', 'ERR_JWT_EXPIRED'],
    ['not-yet-valid', 'not-yet-valid', 'token not yet valid', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    [
      'bad-signature',
      'bad-signature',
      'signature verification failed',
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    ],
    ['malformed', 'malformed', 'malformed token', 'ERR_JWS_INVALID'],
    ['alg-none', 'alg-not-allowed', 'alg none not allowed', 'ERR_JOSE_ALG_NOT_ALLOWED'],
    [
      'wrong-audience',
      'wrong-audience',
      'unexpected aud claim value',
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
    ],
    [
      'wrong-issuer',
      'wrong-issuer',
      'unexpected iss claim value',
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
    ],
    // An HS256 gateway HMACs with its own secret, so a token keyed with a public PEM fails there.
    [
      'alg-confusion',
      'bad-signature',
      'signature verification failed',
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    ],
  ];
  for (const [kind, reason, description, joseCode] of rows) {
    it(`${kind} → 401 ${reason}, error_description="${description}" (fresh and cached)`, async () => {
      const { issuer, verifier } = await hs256Run();
      const token = await issuer.mint(kind, 'alice');
      const expected = {
        ok: false,
        status: 401,
        reason,
        joseCode,
        wwwAuthenticate: invalid(description),
      };
      expect(await verifier.verify(token, 0)).toEqual(expected);
      expect(verifier.verify(token, 1000)).toEqual(expected);
    });
  }

  it('valid → accepted with its subject', async () => {
    const { issuer, verifier } = await hs256Run();
    expect(await verifier.verify(await issuer.mint('valid', 'alice'), 0)).toEqual({
      ok: true,
      subject: 'alice',
    });
  });

  it('uses the configured realm, issuer and audience', async () => {
    const { issuer, verifier } = await hs256Run({
      realm: 'shop',
      issuer: 'https://login.shop',
      audience: 'orders',
    });
    expect(await verifier.verify(await issuer.mint('valid', 'a'), 0)).toMatchObject({ ok: true });
    expect(await verifier.verify(await issuer.mint('expired', 'a'), 0)).toMatchObject({
      wwwAuthenticate:
        'Bearer realm="shop", error="invalid_token", error_description="token expired"',
    });
    // Another gateway with the default issuer refuses the shop's tokens.
    const strict = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys: (await hs256Run()).keys });
    expect(await strict.verify(await issuer.mint('valid', 'a'), 0)).toMatchObject({
      reason: 'wrong-issuer',
    });
  });
});

describe('BR-17: exp equal to now is expired; tolerance shifts both boundaries', () => {
  const atT = 100_000; // virtual 100 s
  const T = SIM_EPOCH_SECONDS + 100;
  const claims = { sub: 'u', iss: SIM_ISSUER, aud: SIM_AUDIENCE };

  it('tolerance 0: exp = T → 401 expired, exp = T+1 → 200 (fresh and cached)', async () => {
    const { keys } = await hs256Run();
    const atExp = await signSimToken({ ...claims, exp: T }, keys.signing);
    const after = await signSimToken({ ...claims, exp: T + 1 }, keys.signing);
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys });
    for (let round = 0; round < 2; round++) {
      expect(await v.verify(atExp, atT)).toMatchObject({ ok: false, reason: 'expired' });
      expect(await v.verify(after, atT)).toMatchObject({ ok: true });
    }
  });

  it('tolerance 5 s: exp = T−5 → 401 expired, exp = T−4 → 200', async () => {
    const config = { ...DEFAULT_AUTH_CONFIG, clockToleranceSec: 5 };
    const { keys } = await hs256Run();
    const v = createJwtVerifier(config, { keys });
    const minus5 = await signSimToken({ ...claims, exp: T - 5 }, keys.signing);
    const minus4 = await signSimToken({ ...claims, exp: T - 4 }, keys.signing);
    for (let round = 0; round < 2; round++) {
      expect(await v.verify(minus5, atT)).toMatchObject({ ok: false, reason: 'expired' });
      expect(await v.verify(minus4, atT)).toMatchObject({ ok: true });
    }
  });

  it('nbf likewise: nbf = T+1 → 401 not yet valid, nbf = T → 200; tolerance 5: T+6 → 401, T+5 → 200', async () => {
    const { keys } = await hs256Run();
    const token = (nbf: number) => signSimToken({ ...claims, nbf }, keys.signing);
    const v0 = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys });
    const v5 = createJwtVerifier({ ...DEFAULT_AUTH_CONFIG, clockToleranceSec: 5 }, { keys });
    for (let round = 0; round < 2; round++) {
      expect(await v0.verify(await token(T + 1), atT)).toMatchObject({ reason: 'not-yet-valid' });
      expect(await v0.verify(await token(T), atT)).toMatchObject({ ok: true });
      expect(await v5.verify(await token(T + 6), atT)).toMatchObject({ reason: 'not-yet-valid' });
      expect(await v5.verify(await token(T + 5), atT)).toMatchObject({ ok: true });
    }
  });
});

describe('BR-18: the algorithm is pinned from configuration, never from the token', () => {
  it('an RS256 node with a given public key: valid → 200; HS256 keyed with its PEM → 401; alg none → 401', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const publicPem = await exportSPKI(pair.publicKey);
    const config: SimAuthConfig = {
      ...DEFAULT_AUTH_CONFIG,
      alg: 'RS256',
      publicKey: publicPem,
      privateKey: await exportPKCS8(pair.privateKey),
    };
    const keys = await keysFor(config);
    expect(keys.publicKeyPem).toBe(publicPem);
    const issuer = createTokenIssuer(config, keys);
    const v = createJwtVerifier(config, { keys });

    expect(await v.verify(await issuer.mint('valid', 'alice'), 0)).toEqual({
      ok: true,
      subject: 'alice',
    });
    // (b) the same claims, HS256, HMAC-signed with the public key's PEM bytes.
    const confused = await issuer.mint('alg-confusion', 'alice');
    const hs = await signSimToken(
      {
        sub: 'alice',
        iss: SIM_ISSUER,
        aud: SIM_AUDIENCE,
        iat: SIM_EPOCH_SECONDS,
        exp: SIM_EPOCH_SECONDS + 365 * 86400,
      },
      new TextEncoder().encode(publicPem),
      'HS256',
    );
    expect(confused).toBe(hs);
    expect(await v.verify(confused, 0)).toEqual({
      ok: false,
      status: 401,
      reason: 'alg-not-allowed',
      joseCode: 'ERR_JOSE_ALG_NOT_ALLOWED',
      wwwAuthenticate: invalid('alg HS256 not allowed'),
    });
    // (c) header {"alg":"none"} and an empty signature.
    const none = await issuer.mint('alg-none', 'alice');
    expect(none!.endsWith('.')).toBe(true);
    expect(await v.verify(none, 0)).toMatchObject({
      status: 401,
      reason: 'alg-not-allowed',
      wwwAuthenticate: invalid('alg none not allowed'),
    });
  });

  it('an HS256 node refuses an RS256-signed token', async () => {
    const rsConfig: SimAuthConfig = { ...DEFAULT_AUTH_CONFIG, alg: 'RS256' };
    const rsToken = await createTokenIssuer(rsConfig, await keysFor(rsConfig)).mint('valid', 'a');
    const { verifier } = await hs256Run();
    expect(await verifier.verify(rsToken, 0)).toMatchObject({
      reason: 'alg-not-allowed',
      wwwAuthenticate: invalid('alg RS256 not allowed'),
    });
  });
});

describe('RS256 and ES256 runs', () => {
  for (const alg of ['RS256', 'ES256'] as const) {
    it(`${alg}: valid → 200, bad signature and confusion → 401`, async () => {
      const config: SimAuthConfig = { ...DEFAULT_AUTH_CONFIG, alg };
      const keys = await keysFor(config);
      const issuer = createTokenIssuer(config, keys);
      const v = createJwtVerifier(config, { keys });
      const valid = await issuer.mint('valid', 'bob');
      expect(JSON.parse(atob(valid!.split('.')[0]!))).toEqual({ alg, typ: 'JWT' });
      expect(await v.verify(valid, 0)).toEqual({ ok: true, subject: 'bob' });
      expect(await v.verify(await issuer.mint('bad-signature', 'bob'), 0)).toMatchObject({
        reason: 'bad-signature',
      });
      expect(await v.verify(await issuer.mint('expired', 'bob'), 0)).toMatchObject({
        reason: 'expired',
      });
      expect(await v.verify(await issuer.mint('alg-confusion', 'bob'), 0)).toMatchObject({
        reason: 'alg-not-allowed',
      });
    });
  }

  it('refuses keys of another algorithm (a bug, so it throws)', async () => {
    const { keys } = await hs256Run();
    expect(() => createJwtVerifier({ alg: 'RS256' }, { keys })).toThrow(/keys are for HS256/);
    expect(() => createJwtVerifier({ alg: 'ES256' })).toThrow(/needs options.keys/);
  });
});

describe('verification cache', () => {
  function countingVerify(): { verify: SimJoseVerify; calls: () => number } {
    let calls = 0;
    return {
      verify: (token, key, options) => {
        calls++;
        return jwtVerify(token, key, options);
      },
      calls: () => calls,
    };
  }

  it('verifies a token string with jose once; later answers are synchronous', async () => {
    const { keys, issuer } = await hs256Run();
    const counter = countingVerify();
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys, verify: counter.verify });
    const valid = await issuer.mint('valid', 'bob');
    const badSig = await issuer.mint('bad-signature', 'bob');
    const first = v.verify(valid, 0);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual({ ok: true, subject: 'bob' });
    expect(v.verify(valid, 5)).toEqual({ ok: true, subject: 'bob' });
    await v.verify(badSig, 0);
    expect(v.verify(badSig, 10)).toMatchObject({ reason: 'bad-signature' });
    expect(counter.calls()).toBe(2);
  });

  it('checks a token once even when asked again before jose answered', async () => {
    const { keys, issuer } = await hs256Run();
    const counter = countingVerify();
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys, verify: counter.verify });
    const token = await issuer.mint('valid', 'bob');
    const both = await Promise.all([v.verify(token, 0), v.verify(token, 0)]);
    expect(both).toEqual([
      { ok: true, subject: 'bob' },
      { ok: true, subject: 'bob' },
    ]);
    expect(counter.calls()).toBe(1);
  });

  it('a cached valid token becomes expired at exp, without asking jose again', async () => {
    const { keys } = await hs256Run();
    const counter = countingVerify();
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys, verify: counter.verify });
    const exp = SIM_EPOCH_SECONDS + 60;
    const token = await signSimToken(
      { sub: 'u', iss: SIM_ISSUER, aud: SIM_AUDIENCE, exp },
      keys.signing,
    );
    expect(await v.verify(token, 0)).toMatchObject({ ok: true });
    expect(v.verify(token, 59_999)).toMatchObject({ ok: true });
    expect(v.verify(token, 60_000)).toMatchObject({
      ok: false,
      reason: 'expired',
      joseCode: 'ERR_JWT_EXPIRED',
      wwwAuthenticate: invalid('token expired'),
    });
    expect(counter.calls()).toBe(1);
  });

  it('a cached not-yet-valid token becomes valid at nbf', async () => {
    const { keys } = await hs256Run();
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, { keys });
    const nbf = SIM_EPOCH_SECONDS + 30;
    const token = await signSimToken(
      { sub: 'u', iss: SIM_ISSUER, aud: SIM_AUDIENCE, nbf },
      keys.signing,
    );
    expect(await v.verify(token, 29_999)).toMatchObject({ reason: 'not-yet-valid' });
    expect(v.verify(token, 30_000)).toEqual({ ok: true, subject: 'u' });
  });

  it('is bounded: an evicted token is verified again', async () => {
    const { keys, issuer } = await hs256Run();
    const counter = countingVerify();
    const v = createJwtVerifier(DEFAULT_AUTH_CONFIG, {
      keys,
      verify: counter.verify,
      cacheSize: 2,
    });
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map((client) => issuer.mint('valid', client)),
    );
    await v.verify(a, 0);
    await v.verify(b, 0);
    expect(v.verify(a, 0)).not.toBeInstanceOf(Promise); // a is now the most recently used
    await v.verify(c, 0); // evicts b
    expect(v.verify(a, 0)).not.toBeInstanceOf(Promise);
    expect(v.verify(b, 0)).toBeInstanceOf(Promise);
    expect(counter.calls()).toBe(4);
  });
});
