/**
 * Key material of one run: what the simulated identity provider signs with, what the gateway
 * verifies with, and the keys of the attacks the token kinds simulate.
 *
 * Where keys come from (decided for determinism: same seed → same keys in Node and in a browser):
 * - HS256 without `secret`: 32 bytes drawn from the seeded sfc32 generator (`prng.ts`).
 * - RS256/ES256 without keys: one of the fixed test pairs of `fixtureKeys.ts`, picked by the seed
 *   (WebCrypto cannot derive an RSA or EC pair from a seed).
 * - Keys given in the scenario (`secret`, `privateKey`, `publicKey`) are used as given.
 */
import {
  exportJWK,
  exportSPKI,
  importJWK,
  importPKCS8,
  importSPKI,
  SignJWT,
  errors,
  jwtVerify,
} from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { createRng } from '../prng';
import { keyPath } from '../schemaCheck';
import type { SimScenarioError } from '../types';
import {
  DEFAULT_AUTH_CONFIG,
  type SimAuthConfig,
  type SimJwtAlg,
  type SimKeyInput,
} from './config';
import { ES256_FIXTURE_KEYS, RS256_FIXTURE_KEYS, type SimFixtureKeyPair } from './fixtureKeys';

/** A key jose signs or verifies with: a CryptoKey (RSA/EC) or the raw bytes of an HMAC secret. */
export type SimKey = CryptoKey | Uint8Array;

/** Everything a run needs to mint and check tokens for one algorithm. */
export interface SimAuthKeys {
  alg: SimJwtAlg;
  /** The identity provider's signing key (private key, or the shared secret). */
  signing: SimKey;
  /** The gateway's verification key (public key, or the shared secret). */
  verifying: SimKey;
  /** Another key of the same algorithm: `bad-signature` tokens are signed with it. */
  foreign: SimKey;
  /**
   * An RSA/EC public key as SPKI PEM. `alg-confusion` tokens are HS256, HMAC-signed with these
   * bytes (BR-18). For RS256/ES256 it is the gateway's own public key (exactly as given when the
   * scenario gave a PEM); for HS256 the RS256 test key the seed picks.
   */
  publicKeyPem: string;
}

/** Random stream ids of the key material (far from the engine's per-node streams). */
const SECRET_STREAM = 0x4a57_0001;
const FOREIGN_STREAM = 0x4a57_0002;
const PICK_STREAM = 0x4a57_0003;

/** The seed runs use when the scenario gives none (simulation.md). */
export const DEFAULT_AUTH_SEED = 1;

const FIXTURES: Record<Exclude<SimJwtAlg, 'HS256'>, readonly SimFixtureKeyPair[]> = {
  RS256: RS256_FIXTURE_KEYS,
  ES256: ES256_FIXTURE_KEYS,
};

/** Index of the fixture pair `seed` picks among `count` (the next one is the foreign pair). */
export function pickFixtureIndex(seed: number, count: number): number {
  return createRng(seed, PICK_STREAM).nextUint32() % count;
}

/** 32 bytes from the seeded generator on `stream`: the same seed gives the same bytes everywhere. */
function seededSecret(seed: number, stream: number): Uint8Array {
  const rng = createRng(seed, stream);
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 4) {
    const word = rng.nextUint32();
    bytes[i] = word >>> 24;
    bytes[i + 1] = (word >>> 16) & 0xff;
    bytes[i + 2] = (word >>> 8) & 0xff;
    bytes[i + 3] = word & 0xff;
  }
  return bytes;
}

/**
 * HS256 keys, synchronously: `config.secret` (UTF-8) or 32 bytes derived from `seed`; the foreign
 * key is derived from the seed on another stream. Throws if `config.alg` is not HS256 (a bug).
 */
export function hs256Keys(
  config: Pick<SimAuthConfig, 'alg' | 'secret'>,
  seed: number,
): SimAuthKeys {
  if (config.alg !== 'HS256') throw new Error(`hs256Keys called for ${config.alg}`);
  const secret =
    config.secret !== undefined
      ? new TextEncoder().encode(config.secret)
      : seededSecret(seed, SECRET_STREAM);
  const rsa = RS256_FIXTURE_KEYS[pickFixtureIndex(seed, RS256_FIXTURE_KEYS.length)]!;
  return {
    alg: 'HS256',
    signing: secret,
    verifying: secret,
    foreign: seededSecret(seed, FOREIGN_STREAM),
    publicKeyPem: rsa.publicPem,
  };
}

/** The outcome of {@link loadAuthKeys}. */
export type SimAuthKeysLoad =
  { ok: true; keys: SimAuthKeys } | { ok: false; errors: SimScenarioError[] };

/**
 * Imports the keys of `config` for a run with `seed` (see the file comment for where they come
 * from). A given `publicKey` is checked against `privateKey` by signing and verifying a probe.
 * `path` (e.g. `nodes.n5`) prefixes error keys.
 *
 * @returns `{ ok: false, errors }` naming the key when jose cannot import it, when the two keys
 *   do not match, or when WebCrypto is missing (no secure context). Never rejects.
 */
export async function loadAuthKeys(
  config: SimAuthConfig = DEFAULT_AUTH_CONFIG,
  seed: number = DEFAULT_AUTH_SEED,
  path = '',
): Promise<SimAuthKeysLoad> {
  if (config.alg === 'HS256') return { ok: true, keys: hs256Keys(config, seed) };
  const alg = config.alg;
  const fixtures = FIXTURES[alg];
  const picked = pickFixtureIndex(seed, fixtures.length);
  const fail = (key: string, message: string): SimAuthKeysLoad => ({
    ok: false,
    errors: [{ key: keyPath(path, key), message }],
  });
  if (globalThis.crypto?.subtle === undefined) {
    return fail(
      'alg',
      `${alg} needs WebCrypto (crypto.subtle): serve the studio over HTTPS or localhost`,
    );
  }

  if (config.privateKey === undefined) {
    const own = fixtures[picked]!;
    const other = fixtures[(picked + 1) % fixtures.length]!;
    try {
      return {
        ok: true,
        keys: {
          alg,
          signing: await importJWK(own.privateJwk, alg),
          verifying: await importJWK(publicJwk(own.privateJwk), alg),
          foreign: await importJWK(other.privateJwk, alg),
          publicKeyPem: own.publicPem,
        },
      };
    } catch (error) {
      // Only a WebCrypto without RSA/EC support gets here: the fixtures are known-good keys.
      return fail('alg', `this runtime cannot import ${alg} keys: ${message(error)}`);
    }
  }

  let signing: CryptoKey;
  let ownPublic: JWK;
  try {
    // Extractable so that the public half can be derived: a test key, never a secret.
    signing = await importKey(config.privateKey, alg, 'private');
    ownPublic = publicJwk(await exportJWK(signing));
  } catch (error) {
    return fail('privateKey', `could not be imported as an ${alg} private key: ${message(error)}`);
  }
  let verifying: CryptoKey;
  let publicKeyPem: string;
  try {
    if (config.publicKey !== undefined) {
      verifying = await importKey(config.publicKey, alg, 'public');
      publicKeyPem =
        typeof config.publicKey === 'string' ? config.publicKey : await exportSPKI(verifying);
    } else {
      verifying = await importKey({ ...ownPublic }, alg, 'public');
      publicKeyPem = await exportSPKI(verifying);
    }
  } catch (error) {
    return fail('publicKey', `could not be imported as an ${alg} public key: ${message(error)}`);
  }
  const mismatch = await probeKeys(alg, signing, verifying);
  if (mismatch !== undefined) return fail(mismatch.key, mismatch.message);
  // The foreign key must differ from the user's: skip the fixture pair if it is the same key.
  const sameAs = (pair: SimFixtureKeyPair) =>
    pair.privateJwk.n === ownPublic.n && pair.privateJwk.x === ownPublic.x;
  const foreignPair =
    fixtures.find((p, i) => i >= picked && !sameAs(p)) ?? fixtures.find((p) => !sameAs(p))!;
  const foreign = await importJWK(foreignPair.privateJwk, alg).catch((error: unknown) => error);
  if (foreign instanceof Error)
    return fail('alg', `cannot import ${alg} keys: ${message(foreign)}`);
  return { ok: true, keys: { alg, signing, verifying, foreign: foreign as SimKey, publicKeyPem } };
}

/** The public members of an RSA or EC JWK (private members, `key_ops` and `ext` dropped). */
function publicJwk(jwk: JWK): JWK {
  return jwk.kty === 'RSA'
    ? { kty: 'RSA', n: jwk.n, e: jwk.e }
    : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

async function importKey(
  input: SimKeyInput,
  alg: SimJwtAlg,
  side: 'public' | 'private',
): Promise<CryptoKey> {
  const extractable = true;
  if (typeof input === 'string') {
    const pem = input.trim();
    return side === 'public'
      ? importSPKI(pem, alg, { extractable })
      : importPKCS8(pem, alg, { extractable });
  }
  const key = await importJWK(input as JWK, alg, { extractable });
  if (key instanceof Uint8Array) throw new Error('a symmetric (oct) JWK is not an RSA/EC key');
  return key;
}

/**
 * Signs a probe with `signing` and verifies it with `verifying`: a small RSA key (jose wants 2048
 * bits) fails the first step, keys of two different pairs the second.
 */
async function probeKeys(
  alg: SimJwtAlg,
  signing: CryptoKey,
  verifying: CryptoKey,
): Promise<{ key: 'privateKey' | 'publicKey'; message: string } | undefined> {
  let probe: string;
  try {
    probe = await new SignJWT({ probe: true }).setProtectedHeader({ alg }).sign(signing);
  } catch (error) {
    return { key: 'privateKey', message: `cannot sign ${alg} tokens: ${message(error)}` };
  }
  try {
    await jwtVerify(probe, verifying, { algorithms: [alg] });
    return undefined;
  } catch (error) {
    return {
      key: 'publicKey',
      message:
        error instanceof errors.JWSSignatureVerificationFailed
          ? 'does not belong to privateKey: a token signed with one fails with the other'
          : `cannot verify ${alg} tokens: ${message(error)}`,
    };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
