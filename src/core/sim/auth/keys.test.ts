import {
  SignJWT,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importSPKI,
  jwtVerify,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG, type SimAuthConfig } from './config';
import { ES256_FIXTURE_KEYS, RS256_FIXTURE_KEYS } from './fixtureKeys';
import { hs256Keys, loadAuthKeys, pickFixtureIndex } from './keys';
import { createTokenIssuer } from './tokens';
import { createJwtVerifier } from './verifier';

const hex = (bytes: unknown) => Buffer.from(bytes as Uint8Array).toString('hex');

describe('HS256 keys', () => {
  it('derives the secret from the seed: same seed same bytes, another seed other bytes', () => {
    const a = hs256Keys(DEFAULT_AUTH_CONFIG, 42);
    const b = hs256Keys(DEFAULT_AUTH_CONFIG, 42);
    const c = hs256Keys(DEFAULT_AUTH_CONFIG, 43);
    expect((a.signing as Uint8Array).length).toBe(32);
    expect(hex(a.signing)).toBe(hex(b.signing));
    expect(hex(a.signing)).not.toBe(hex(c.signing));
    expect(hex(a.foreign)).not.toBe(hex(a.signing));
    expect(a.verifying).toBe(a.signing);
  });

  it('uses a given secret as UTF-8 bytes', () => {
    const secret = 'a shared secret of at least 32 bytes!!';
    const keys = hs256Keys({ alg: 'HS256', secret }, 1);
    expect(new TextDecoder().decode(keys.signing as Uint8Array)).toBe(secret);
  });
});

describe('RS256/ES256 keys', () => {
  it('picks one of the fixed test pairs by seed, and another pair as the foreign key', async () => {
    for (const [alg, fixtures] of [
      ['RS256', RS256_FIXTURE_KEYS],
      ['ES256', ES256_FIXTURE_KEYS],
    ] as const) {
      const loaded = await loadAuthKeys({ ...DEFAULT_AUTH_CONFIG, alg }, 9);
      if (!loaded.ok) throw new Error('load failed');
      const index = pickFixtureIndex(9, fixtures.length);
      expect(loaded.keys.publicKeyPem).toBe(fixtures[index]!.publicPem);
      const own = await exportJWK(loaded.keys.verifying);
      const fixture = fixtures[index]!.privateJwk;
      expect(alg === 'RS256' ? own.n : own.x).toBe(alg === 'RS256' ? fixture.n : fixture.x);
      // The foreign key is the next pair: its signatures verify there, and not with our key.
      const probe = await new SignJWT({}).setProtectedHeader({ alg }).sign(loaded.keys.foreign);
      const next = fixtures[(index + 1) % fixtures.length]!.publicPem;
      await expect(jwtVerify(probe, await importSPKI(next, alg))).resolves.toBeDefined();
      await expect(jwtVerify(probe, loaded.keys.verifying)).rejects.toThrow(
        'signature verification failed',
      );
    }
  });

  it('spreads seeds over the fixture pairs', () => {
    const picked = new Set(Array.from({ length: 40 }, (_, seed) => pickFixtureIndex(seed, 4)));
    expect(picked).toEqual(new Set([0, 1, 2, 3]));
  });

  it('imports a PKCS#8 private key alone and derives its public key', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const config: SimAuthConfig = {
      ...DEFAULT_AUTH_CONFIG,
      alg: 'ES256',
      privateKey: await exportPKCS8(pair.privateKey),
    };
    const loaded = await loadAuthKeys(config, 1);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.keys.publicKeyPem).toBe(await exportSPKI(pair.publicKey));
    const token = await createTokenIssuer(config, loaded.keys).mint('valid', 'x');
    expect(await createJwtVerifier(config, { keys: loaded.keys }).verify(token, 0)).toEqual({
      ok: true,
      subject: 'x',
    });
  });

  it('imports JWKs, and exports the public key as PEM for the confusion token', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const loaded = await loadAuthKeys(
      {
        ...DEFAULT_AUTH_CONFIG,
        alg: 'RS256',
        privateKey: { ...(await exportJWK(pair.privateKey)) },
        publicKey: { ...(await exportJWK(pair.publicKey)) },
      },
      1,
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.keys.publicKeyPem).toBe(await exportSPKI(pair.publicKey));
  });

  it('reports a public key that does not belong to the private key, naming the key', async () => {
    const a = await generateKeyPair('RS256', { extractable: true });
    const b = await generateKeyPair('RS256', { extractable: true });
    const loaded = await loadAuthKeys(
      {
        ...DEFAULT_AUTH_CONFIG,
        alg: 'RS256',
        privateKey: await exportPKCS8(a.privateKey),
        publicKey: await exportSPKI(b.publicKey),
      },
      1,
      'nodes.n5',
    );
    expect(loaded).toEqual({
      ok: false,
      errors: [
        {
          key: 'nodes.n5.publicKey',
          message: 'does not belong to privateKey: a token signed with one fails with the other',
        },
      ],
    });
  });

  it('reports a key jose cannot import, with its message', async () => {
    const loaded = await loadAuthKeys(
      {
        ...DEFAULT_AUTH_CONFIG,
        alg: 'RS256',
        privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      },
      1,
      'nodes.n5',
    );
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.errors).toHaveLength(1);
      expect(loaded.errors[0]!.key).toBe('nodes.n5.privateKey');
      expect(loaded.errors[0]!.message).toMatch(
        /^could not be imported as an RS256 private key: .+/,
      );
    }
  });

  it('reports an RSA key below 2048 bits as unable to sign, not as a mismatch', async () => {
    const small = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    );
    const loaded = await loadAuthKeys(
      { ...DEFAULT_AUTH_CONFIG, alg: 'RS256', privateKey: await exportPKCS8(small.privateKey) },
      1,
      'nodes.n5',
    );
    expect(loaded).toEqual({
      ok: false,
      errors: [
        {
          key: 'nodes.n5.privateKey',
          message:
            'cannot sign RS256 tokens: RS256 requires key modulusLength to be 2048 bits or larger',
        },
      ],
    });
  });
});
