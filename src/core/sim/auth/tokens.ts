/**
 * The simulated identity provider: mints one real HS256 JWT per (token kind, client) with `jose`
 * (`SignJWT`), with claims placed on the virtual clock. Virtual time 0 is {@link SIM_EPOCH_SECONDS}.
 */
import { SignJWT, UnsecuredJWT } from 'jose';
import type { JWTPayload } from 'jose';
import type { SimTokenKind } from '../types';

/** Epoch seconds at virtual time 0 (2026-01-01T00:00:00Z), so JWT claims look like real ones. */
export const SIM_EPOCH_SECONDS = 1_767_225_600;

/** Issuer the simulated gateway expects by default (`iss`). */
export const SIM_ISSUER = 'https://idp.sim';
/** Audience the simulated gateway expects by default (`aud`). */
export const SIM_AUDIENCE = 'api-gateway';

const encoder = new TextEncoder();

/** The HS256 key the simulated identity provider and gateway share (not a secret: it is a toy). */
export const SIM_SIGNING_KEY: Uint8Array = encoder.encode(
  'fz-studio simulated HS256 key, 256 bits!',
);
/** A different key, used to produce `bad-signature` tokens. */
const FOREIGN_KEY: Uint8Array = encoder.encode('someone else entirely, also 256 bits long');

/** How long a `valid` token lives: a year of virtual time, longer than any run. */
const VALID_LIFETIME_SECONDS = 365 * 86400;

/**
 * Signs `claims` as a compact HS256 JWT with `key` (the simulator's key by default).
 * Resolves to the token string; rejects only on a `jose` bug, never on claim values.
 */
export async function signSimToken(
  claims: JWTPayload,
  key: Uint8Array = SIM_SIGNING_KEY,
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

/**
 * The token a client of the given kind sends, or `undefined` for `missing`. Claims, with E the
 * epoch at virtual t=0: valid `exp = E + 1 year`; expired `exp = E − 3600`; not-yet-valid
 * `nbf = E + 3600`; wrong-audience/wrong-issuer change only `aud`/`iss`; bad-signature is signed
 * with another key; alg-none is an unsecured JWT; malformed is not a JWS at all.
 */
export async function mintSimToken(
  kind: SimTokenKind,
  client: string,
): Promise<string | undefined> {
  const e = SIM_EPOCH_SECONDS;
  const base: JWTPayload = {
    sub: client,
    iss: SIM_ISSUER,
    aud: SIM_AUDIENCE,
    iat: e,
    exp: e + VALID_LIFETIME_SECONDS,
  };
  switch (kind) {
    case 'missing':
      return undefined;
    case 'valid':
      return signSimToken(base);
    case 'expired':
      return signSimToken({ ...base, iat: e - 7200, exp: e - 3600 });
    case 'not-yet-valid':
      return signSimToken({ ...base, nbf: e + 3600 });
    case 'bad-signature':
      return signSimToken(base, FOREIGN_KEY);
    case 'wrong-audience':
      return signSimToken({ ...base, aud: 'another-api' });
    case 'wrong-issuer':
      return signSimToken({ ...base, iss: 'https://someone-else.example' });
    case 'alg-none':
      return new UnsecuredJWT(base).encode();
    case 'malformed':
      return 'this-is.not-a.jwt!';
    default:
      return exhaustive(kind);
  }
}

function exhaustive(kind: never): never {
  throw new Error(`unknown token kind ${String(kind)}`);
}

/**
 * Mints every token a run needs once, before it starts (signing costs ~0.2 ms; doing it per
 * request would dominate a 100k-request run). Keyed by kind and client.
 */
export async function mintTokenTable(
  pairs: Iterable<{ kind: SimTokenKind; client: string }>,
): Promise<Map<string, string | undefined>> {
  const table = new Map<string, string | undefined>();
  for (const { kind, client } of pairs) {
    const key = tokenTableKey(kind, client);
    if (!table.has(key)) table.set(key, await mintSimToken(kind, client));
  }
  return table;
}

/** The key of a (kind, client) pair in {@link mintTokenTable}'s map. */
export function tokenTableKey(kind: SimTokenKind, client: string): string {
  return `${kind}\u0000${client}`;
}
