/**
 * The simulated identity provider: mints one real JWT per (token kind, client) with `jose`
 * (`SignJWT`), with claims placed on the virtual clock (virtual time 0 is
 * {@link SIM_EPOCH_SECONDS}). Tokens are minted once, before a run starts: signing costs
 * 0.1–0.4 ms, which per request would dominate a 100k-request run.
 */
import { SignJWT, UnsecuredJWT } from 'jose';
import type { JWTPayload } from 'jose';
import type { SimTokenKind } from '../types';
import { SIM_EPOCH_SECONDS } from './clock';
import { DEFAULT_AUTH_CONFIG, type SimAuthConfig, type SimJwtAlg } from './config';
import { DEFAULT_AUTH_SEED, hs256Keys, type SimAuthKeys, type SimKey } from './keys';

export { SIM_EPOCH_SECONDS } from './clock';
export { SIM_AUDIENCE, SIM_ISSUER } from './config';

/**
 * Every kind of token a scenario can send: the kinds of simulation.md plus `alg-confusion`, an
 * HS256 token HMAC-signed with the RSA/EC public key's PEM bytes (BR-18). Wiring it into the
 * scenario schema means adding `'alg-confusion'` to `SimTokenKind` and `SIM_TOKEN_KINDS`.
 */
export type SimAuthTokenKind = SimTokenKind | 'alg-confusion';

/** {@link SimAuthTokenKind} in documentation order. */
export const SIM_AUTH_TOKEN_KINDS: readonly SimAuthTokenKind[] = [
  'valid',
  'missing',
  'expired',
  'not-yet-valid',
  'bad-signature',
  'malformed',
  'alg-none',
  'wrong-audience',
  'wrong-issuer',
  'alg-confusion',
];

/** How long a `valid` token lives: a year of virtual time, longer than any run. */
const VALID_LIFETIME_SECONDS = 365 * 86_400;
/** An `expired` token expired an hour before virtual time 0 (GS-07: exp = now − 3600). */
const EXPIRED_AGO_SECONDS = 3600;
/** A `not-yet-valid` token becomes valid 30 days after virtual time 0. */
const NOT_BEFORE_SECONDS = 30 * 86_400;
/** Not a JWS at all: jose answers `ERR_JWS_INVALID`. */
const MALFORMED_TOKEN = 'this-is.not-a.jwt!';

/** Mints the tokens of one run. */
export interface SimTokenIssuer {
  /** The token a client of `kind` sends, or `undefined` for `missing`. */
  mint(kind: SimAuthTokenKind, client: string): Promise<string | undefined>;
  /** Mints every distinct (kind, client) once; keyed by {@link tokenTableKey}. */
  mintTable(
    pairs: Iterable<{ kind: SimAuthTokenKind; client: string }>,
  ): Promise<Map<string, string | undefined>>;
}

/**
 * The identity provider for `config` (its `alg`, `issuer`, `audience`) and the run's `keys`.
 * Claims, with E the epoch at virtual t=0: `sub` = client, `iat` = E, valid `exp = E + 1 year`;
 * expired `exp = E − 3600`; not-yet-valid `nbf = E + 30 days`; wrong-audience/wrong-issuer change
 * only `aud`/`iss`; bad-signature is signed with `keys.foreign`; alg-none is an unsecured JWT
 * (`{"alg":"none"}`, empty signature); malformed is not a JWS; alg-confusion is an HS256 token
 * HMAC-signed with `keys.publicKeyPem`.
 *
 * Determinism: HS256 and RS256 (RSASSA-PKCS1-v1_5) signatures are deterministic, so the same seed
 * gives the same token strings. ES256 (ECDSA) signatures use a random nonce, so ES256 token strings
 * differ between runs; results never contain token strings and every verdict depends only on
 * claims and keys, so results stay byte-identical.
 */
export function createTokenIssuer(config: SimAuthConfig, keys: SimAuthKeys): SimTokenIssuer {
  const e = SIM_EPOCH_SECONDS;
  const mint = async (kind: SimAuthTokenKind, client: string): Promise<string | undefined> => {
    const base: JWTPayload = {
      sub: client,
      iss: config.issuer,
      aud: config.audience,
      iat: e,
      exp: e + VALID_LIFETIME_SECONDS,
    };
    switch (kind) {
      case 'missing':
        return undefined;
      case 'valid':
        return signSimToken(base, keys.signing, keys.alg);
      case 'expired':
        return signSimToken(
          { ...base, iat: e - 2 * EXPIRED_AGO_SECONDS, exp: e - EXPIRED_AGO_SECONDS },
          keys.signing,
          keys.alg,
        );
      case 'not-yet-valid':
        return signSimToken({ ...base, nbf: e + NOT_BEFORE_SECONDS }, keys.signing, keys.alg);
      case 'bad-signature':
        return signSimToken(base, keys.foreign, keys.alg);
      case 'wrong-audience':
        return signSimToken(
          { ...base, aud: other(config.audience, 'another-api') },
          keys.signing,
          keys.alg,
        );
      case 'wrong-issuer':
        return signSimToken(
          { ...base, iss: other(config.issuer, 'https://someone-else.example') },
          keys.signing,
          keys.alg,
        );
      case 'alg-none':
        return new UnsecuredJWT(base).encode();
      case 'malformed':
        return MALFORMED_TOKEN;
      case 'alg-confusion':
        return signSimToken(base, new TextEncoder().encode(keys.publicKeyPem), 'HS256');
      default:
        return exhaustive(kind);
    }
  };
  return {
    mint,
    async mintTable(pairs) {
      const table = new Map<string, string | undefined>();
      for (const { kind, client } of pairs) {
        const key = tokenTableKey(kind, client);
        if (!table.has(key)) table.set(key, await mint(kind, client));
      }
      return table;
    },
  };
}

/** `preferred`, or `preferred-2` when the configuration happens to expect `preferred` itself. */
function other(expected: string, preferred: string): string {
  return expected === preferred ? `${preferred}-2` : preferred;
}

function exhaustive(kind: never): never {
  throw new Error(`unknown token kind ${String(kind)}`);
}

/**
 * Signs `claims` as a compact JWS with header `{ alg, typ: "JWT" }`. `key` defaults to the HS256
 * secret of the default seed. Resolves to the token string; rejects only when `key` does not fit
 * `alg` (a bug) or WebCrypto is missing.
 */
export async function signSimToken(
  claims: JWTPayload,
  key: SimKey = defaultIssuerKeys().signing,
  alg: SimJwtAlg = 'HS256',
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

function defaultIssuerKeys(): SimAuthKeys {
  return hs256Keys(DEFAULT_AUTH_CONFIG, DEFAULT_AUTH_SEED);
}

/** The default identity provider: HS256 with the default seed's secret (matches `createJwtVerifier()`). */
function defaultIssuer(): SimTokenIssuer {
  return createTokenIssuer(DEFAULT_AUTH_CONFIG, defaultIssuerKeys());
}

/** {@link SimTokenIssuer.mint} of `issuer` (default: HS256, default seed). */
export function mintSimToken(
  kind: SimAuthTokenKind,
  client: string,
  issuer: SimTokenIssuer = defaultIssuer(),
): Promise<string | undefined> {
  return issuer.mint(kind, client);
}

/** {@link SimTokenIssuer.mintTable} of `issuer` (default: HS256, default seed). */
export function mintTokenTable(
  pairs: Iterable<{ kind: SimAuthTokenKind; client: string }>,
  issuer: SimTokenIssuer = defaultIssuer(),
): Promise<Map<string, string | undefined>> {
  return issuer.mintTable(pairs);
}

/** The key of a (kind, client) pair in a token table. */
export function tokenTableKey(kind: SimAuthTokenKind, client: string): string {
  return `${kind}\u0000${client}`;
}
