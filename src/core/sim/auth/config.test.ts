import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAuthConfig } from './checkConfig';
import { DEFAULT_AUTH_CONFIG, parseAuthConfig, type SimAuthConfig } from './config';

const SECRET = 'a shared secret of at least 32 bytes!!';

let rsaPublicPem: string;
let rsaPrivatePem: string;
let rsaPublicJwk: Record<string, unknown>;
let ecPublicPem: string;
let ecPrivateJwk: Record<string, unknown>;
let p384PublicPem: string;

beforeAll(async () => {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  rsaPublicPem = await exportSPKI(rsa.publicKey);
  rsaPrivatePem = await exportPKCS8(rsa.privateKey);
  rsaPublicJwk = { ...(await exportJWK(rsa.publicKey)) };
  const ec = await generateKeyPair('ES256', { extractable: true });
  ecPublicPem = await exportSPKI(ec.publicKey);
  ecPrivateJwk = { ...(await exportJWK(ec.privateKey)) };
  p384PublicPem = await exportSPKI((await generateKeyPair('ES384')).publicKey);
});

const problems = (config: Partial<SimAuthConfig>) =>
  checkAuthConfig({ ...DEFAULT_AUTH_CONFIG, ...config }, 'nodes.n5');

describe('parseAuthConfig', () => {
  it('fills the defaults: HS256, realm api-gateway, tolerance 0, the simulator issuer and audience', () => {
    expect(parseAuthConfig({ role: 'auth', delayMs: 1 }, 'nodes.n5')).toEqual({
      config: {
        alg: 'HS256',
        realm: 'api-gateway',
        clockToleranceSec: 0,
        issuer: 'https://idp.sim',
        audience: 'api-gateway',
      },
    });
  });

  it('keeps every given setting', () => {
    const parsed = parseAuthConfig(
      {
        alg: 'RS256',
        realm: 'shop',
        clockToleranceSec: 60,
        issuer: 'https://login.shop',
        audience: 'orders',
        privateKey: rsaPrivatePem,
        publicKey: rsaPublicPem,
      },
      'nodes.n5',
    );
    expect(parsed).toEqual({
      config: {
        alg: 'RS256',
        realm: 'shop',
        clockToleranceSec: 60,
        issuer: 'https://login.shop',
        audience: 'orders',
        privateKey: rsaPrivatePem,
        publicKey: rsaPublicPem,
      },
    });
  });

  it('names the key of every problem', () => {
    const parsed = parseAuthConfig(
      {
        alg: 'HS999',
        realm: 'a "quoted" realm',
        clockToleranceSec: 1.5,
        issuer: '',
        audince: 'typo',
        publicKey: 42,
      },
      'nodes.n5',
    );
    expect('errors' in parsed && parsed.errors.map((e) => e.key)).toEqual([
      'nodes.n5.audince',
      'nodes.n5.alg',
      'nodes.n5.realm',
      'nodes.n5.clockToleranceSec',
      'nodes.n5.issuer',
      'nodes.n5.publicKey',
    ]);
    expect('errors' in parsed && parsed.errors[1]!.message).toBe(
      'must be one of "HS256", "RS256" or "ES256", got the string "HS999"',
    );
  });

  it('says an algorithm jose knows is not supported yet, and bounds the tolerance', () => {
    const parsed = parseAuthConfig({ alg: 'PS256', clockToleranceSec: 31_536_001 }, 'auth');
    expect(parsed).toEqual({
      errors: [
        {
          key: 'auth.alg',
          message: '"PS256" is not supported yet; use "HS256", "RS256" or "ES256"',
        },
        { key: 'auth.clockToleranceSec', message: 'must be at most 31536000, got 31536001' },
      ],
    });
  });

  it('refuses a non-object and runs the consistency checks', () => {
    expect(parseAuthConfig([], 'nodes.n5')).toEqual({
      errors: [{ key: 'nodes.n5', message: 'must be an object of auth settings, got an array' }],
    });
    const mixed = parseAuthConfig({ alg: 'HS256', publicKey: rsaPublicPem }, 'nodes.n5');
    expect('errors' in mixed && mixed.errors[0]!.key).toBe('nodes.n5.publicKey');
  });
});

describe('checkAuthConfig (BR-18 and key sanity)', () => {
  it('accepts the defaults and sound key configurations', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ secret: SECRET })).toEqual([]);
    expect(problems({ alg: 'RS256', privateKey: rsaPrivatePem, publicKey: rsaPublicJwk })).toEqual(
      [],
    );
    expect(problems({ alg: 'ES256', privateKey: ecPrivateJwk, publicKey: ecPublicPem })).toEqual(
      [],
    );
  });

  it('flags HS256 with an RSA public key: algorithm confusion', () => {
    expect(problems({ publicKey: rsaPublicPem })).toEqual([
      {
        key: 'nodes.n5.publicKey',
        message:
          'cannot be used with alg HS256: an RSA public key mixed with an HMAC algorithm lets anyone ' +
          'forge tokens by HMAC-signing with the public key (algorithm confusion, BR-18); set "alg" ' +
          'to "RS256" or "ES256", or remove the key',
      },
    ]);
    expect(problems({ privateKey: ecPrivateJwk })[0]!.message).toMatch(
      /^cannot be used with alg HS256: an EC P-256 private key mixed/,
    );
  });

  it('flags an HS256 secret that is really an RSA/EC key, as PEM or JWK JSON', () => {
    expect(problems({ secret: rsaPublicPem })).toEqual([
      {
        key: 'nodes.n5.secret',
        message:
          'is an RSA public key: HMAC with a public key is the algorithm-confusion attack (BR-18); ' +
          'use "alg": "RS256" or "ES256" with "publicKey"/"privateKey" instead',
      },
    ]);
    expect(problems({ secret: JSON.stringify(rsaPublicJwk) })[0]!.key).toBe('nodes.n5.secret');
  });

  it('flags an HS256 secret shorter than the hash (RFC 7518 §3.2)', () => {
    expect(problems({ secret: 'short' })).toEqual([
      {
        key: 'nodes.n5.secret',
        message: 'must be at least 32 bytes for HS256 (RFC 7518 §3.2), got 5',
      },
    ]);
  });

  it('flags RS256/ES256 with a secret, a key of another family or curve, or a missing private key', () => {
    expect(problems({ alg: 'RS256', secret: SECRET }).map((p) => p.key)).toEqual([
      'nodes.n5.secret',
    ]);
    expect(problems({ alg: 'RS256', privateKey: ecPrivateJwk })).toEqual([
      {
        key: 'nodes.n5.privateKey',
        message: 'is an EC P-256 private key; alg RS256 needs an RSA key',
      },
    ]);
    expect(problems({ alg: 'ES256', privateKey: rsaPrivatePem })[0]!.message).toBe(
      'is an RSA private key; alg ES256 needs an EC P-256 key',
    );
    expect(problems({ alg: 'ES256', privateKey: ecPrivateJwk, publicKey: p384PublicPem })).toEqual([
      { key: 'nodes.n5.publicKey', message: 'is on curve P-384; alg ES256 needs P-256' },
    ]);
    expect(problems({ alg: 'RS256', publicKey: rsaPublicPem })).toEqual([
      {
        key: 'nodes.n5.privateKey',
        message:
          'is required with publicKey: the simulated identity provider signs the valid tokens with it',
      },
    ]);
  });

  it('flags keys on the wrong side, JWK alg conflicts and PEMs jose cannot import', () => {
    expect(problems({ alg: 'ES256', privateKey: ecPrivateJwk, publicKey: ecPrivateJwk })).toEqual([
      { key: 'nodes.n5.publicKey', message: 'holds a private key; put it in "privateKey"' },
    ]);
    expect(problems({ alg: 'RS256', privateKey: rsaPublicPem })[0]!.message).toBe(
      'holds a public key only; the simulated identity provider needs the private key to sign',
    );
    expect(
      problems({
        alg: 'RS256',
        privateKey: rsaPrivatePem,
        publicKey: { ...rsaPublicJwk, alg: 'RS512' },
      }),
    ).toEqual([
      {
        key: 'nodes.n5.publicKey',
        message: 'is a JWK marked "alg": "RS512", but the node pins RS256',
      },
    ]);
    const pkcs1 = rsaPrivatePem.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY');
    expect(problems({ alg: 'RS256', privateKey: pkcs1 })[0]!.message).toMatch(
      /^is a PKCS#1 PEM .* openssl pkcs8 -topk8 -nocrypt -in key.pem$/,
    );
    expect(problems({ alg: 'RS256', privateKey: 'not a key' })[0]!.message).toMatch(
      /^is not a PEM block/,
    );
    expect(problems({ alg: 'RS256', privateKey: { kty: 'XYZ' } })[0]!.message).toBe(
      'is a JWK of unknown kty "XYZ"',
    );
  });
});
