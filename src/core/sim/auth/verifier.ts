/**
 * The `auth` role's JWT check: `jose` `jwtVerify` on the virtual clock, answered the RFC 6750 way.
 * Mirrors Kong's jwt plugin and Envoy's jwt_authn: a missing token gives
 * `401 WWW-Authenticate: Bearer realm="…"` (no error), any bad token gives
 * `401 … error="invalid_token", error_description="…"` (simulation.md: 401 also for a wrong
 * audience, where Envoy would answer 403).
 *
 * The algorithm is pinned from the configuration (`algorithms: [config.alg]`), never read from the
 * token header, so `alg: none` and HS256-with-the-public-key tokens fail (BR-18).
 */
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyOptions } from 'jose';
import {
  AUTH_FAILURE_DESCRIPTIONS,
  algNotAllowedDescription,
  bearerChallenge,
  type SimAuthFailure,
} from './challenge';
import { DEFAULT_AUTH_CONFIG, type SimAuthConfig } from './config';
import { DEFAULT_AUTH_SEED, hs256Keys, type SimAuthKeys, type SimKey } from './keys';
import { jwtCurrentDate, jwtNowSeconds } from './clock';
import { createLruCache } from './lruCache';

export type { SimAuthFailure } from './challenge';

/** The settings the first simulator slice passed (kept so existing callers compile). */
export type SimAuthSettings = Pick<
  SimAuthConfig,
  'realm' | 'clockToleranceSec' | 'issuer' | 'audience'
>;
/** Defaults: HS256, realm `api-gateway`, no clock tolerance, the simulator's issuer and audience. */
export const DEFAULT_AUTH_SETTINGS: Readonly<SimAuthConfig> = DEFAULT_AUTH_CONFIG;

/** The outcome of one check: the `sub` claim when accepted, else the 401 to send. */
export type SimAuthVerdict =
  | { ok: true; subject: string | undefined }
  | {
      ok: false;
      status: 401;
      reason: SimAuthFailure;
      wwwAuthenticate: string;
      /** jose's error code (`ERR_JWT_EXPIRED`…); absent for a missing token. */
      joseCode?: string;
    };

/** Checks tokens; the answer is synchronous whenever the token is in the cache. */
export interface SimJwtVerifier {
  /** `token` undefined or empty means no Authorization header. `nowMs` is virtual time (≥ 0). */
  verify(token: string | undefined, nowMs: number): SimAuthVerdict | Promise<SimAuthVerdict>;
}

/** jose's `jwtVerify` as the verifier calls it; injectable so tests can count the calls. */
export type SimJoseVerify = (
  token: string,
  key: SimKey,
  options: JWTVerifyOptions,
) => Promise<{ payload: JWTPayload }>;

/** Options of {@link createJwtVerifier}. */
export interface SimJwtVerifierOptions {
  /**
   * The run's keys (`loadAuthKeys`). Default: HS256 keys for the default seed, which matches the
   * default token issuer. Required for RS256/ES256 (a missing key there is a bug and throws).
   */
  keys?: SimAuthKeys;
  /** Replaces jose's `jwtVerify` (tests count calls through it). */
  verify?: SimJoseVerify;
  /** Distinct tokens remembered (LRU). Default 1024; Envoy's `jwt_cache_size` default is 100. */
  cacheSize?: number;
}

/** Default number of token strings one verifier remembers. */
export const DEFAULT_VERIFIER_CACHE_SIZE = 1024;

/**
 * What the first verification of a token string learned. `trusted`: signature, structure, `iss`
 * and `aud` passed (jose checks those before `nbf`/`exp`), so only the clock can change the
 * verdict; the time claims are kept to re-judge it. `refused`: a failure no clock can cure.
 */
type CacheEntry =
  | { kind: 'trusted'; exp: number | undefined; nbf: number | undefined; sub: string | undefined }
  | { kind: 'refused'; reason: SimAuthFailure; description: string; joseCode: string };

/**
 * Creates the verifier of one auth node. Each distinct token string is verified by jose once
 * (then again only if the bounded cache evicted it). A cached `trusted` entry is re-judged
 * against the clock with jose's own rules, in jose's order: not yet valid iff `nbf > now + tol`,
 * expired iff `exp <= now − tol`, `now` in whole seconds. So a cached valid token expires exactly
 * at `exp` (BR-17), and cached and fresh verdicts always agree.
 *
 * `config` fields left out take {@link DEFAULT_AUTH_CONFIG}'s values.
 * @example
 * const v = createJwtVerifier({ alg: 'RS256' }, { keys: loaded.keys });
 * await v.verify(token, engine.now) // → { ok: true, subject: 'alice' }
 */
export function createJwtVerifier(
  config: Partial<SimAuthConfig> = {},
  options: SimJwtVerifierOptions = {},
): SimJwtVerifier {
  const settings: SimAuthConfig = { ...DEFAULT_AUTH_CONFIG, ...config };
  const keys = options.keys ?? defaultKeys(settings);
  if (keys.alg !== settings.alg) {
    throw new Error(`createJwtVerifier: keys are for ${keys.alg}, the node pins ${settings.alg}`);
  }
  const verifyJwt: SimJoseVerify = options.verify ?? jwtVerify;
  const cache = createLruCache<CacheEntry>(options.cacheSize ?? DEFAULT_VERIFIER_CACHE_SIZE);
  // First verifications under way, so a token seen twice before jose answers is checked once.
  const pending = new Map<string, Promise<CacheEntry>>();
  const tol = settings.clockToleranceSec;

  const refuse = (
    reason: SimAuthFailure,
    description: string,
    joseCode: string,
  ): SimAuthVerdict => ({
    ok: false,
    status: 401,
    reason,
    wwwAuthenticate: bearerChallenge(settings.realm, description),
    joseCode,
  });
  const judge = (entry: CacheEntry, nowMs: number): SimAuthVerdict => {
    if (entry.kind === 'refused') return refuse(entry.reason, entry.description, entry.joseCode);
    const now = jwtNowSeconds(nowMs);
    if (entry.nbf !== undefined && entry.nbf > now + tol) {
      const reason = 'not-yet-valid';
      return refuse(
        reason,
        AUTH_FAILURE_DESCRIPTIONS[reason],
        errors.JWTClaimValidationFailed.code,
      );
    }
    if (entry.exp !== undefined && entry.exp <= now - tol) {
      return refuse('expired', AUTH_FAILURE_DESCRIPTIONS.expired, errors.JWTExpired.code);
    }
    return { ok: true, subject: entry.sub };
  };
  const firstVerification = async (token: string, nowMs: number): Promise<SimAuthVerdict> => {
    let work = pending.get(token);
    if (work === undefined) {
      work = classify(token, nowMs, settings, keys.verifying, verifyJwt);
      pending.set(token, work);
    }
    try {
      const entry = await work;
      cache.set(token, entry);
      return judge(entry, nowMs);
    } finally {
      pending.delete(token);
    }
  };

  return {
    verify(token, nowMs) {
      if (token === undefined || token === '') {
        return {
          ok: false,
          status: 401,
          reason: 'missing',
          wwwAuthenticate: bearerChallenge(settings.realm),
        };
      }
      const cached = cache.get(token);
      if (cached !== undefined) return judge(cached, nowMs);
      return firstVerification(token, nowMs);
    },
  };
}

function defaultKeys(settings: SimAuthConfig): SimAuthKeys {
  if (settings.alg !== 'HS256') {
    throw new Error(`createJwtVerifier: ${settings.alg} needs options.keys from loadAuthKeys`);
  }
  return hs256Keys(settings, DEFAULT_AUTH_SEED);
}

/** Runs jose once and sorts its answer into a cache entry (see {@link CacheEntry}). */
async function classify(
  token: string,
  nowMs: number,
  settings: SimAuthConfig,
  key: SimKey,
  verifyJwt: SimJoseVerify,
): Promise<CacheEntry> {
  try {
    const { payload } = await verifyJwt(token, key, {
      algorithms: [settings.alg],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTolerance: settings.clockToleranceSec,
      // Virtual time, not the wall clock: jose compares claims against this instant.
      currentDate: jwtCurrentDate(nowMs),
    });
    return trusted(payload);
  } catch (error) {
    return classifyError(token, error);
  }
}

function classifyError(token: string, error: unknown): CacheEntry {
  const refused = (
    reason: Exclude<SimAuthFailure, 'missing'>,
    joseCode: string,
    description?: string,
  ) =>
    ({
      kind: 'refused',
      reason,
      joseCode,
      description: description ?? AUTH_FAILURE_DESCRIPTIONS[reason],
    }) as const;
  // A failed time check proves the signature and iss/aud (jose checks them first): trust the claims.
  if (error instanceof errors.JWTExpired && error.claim === 'exp') return trusted(decodeJwt(token));
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' && error.reason === 'check_failed') return trusted(decodeJwt(token));
    if (error.claim === 'aud') return refused('wrong-audience', error.code);
    if (error.claim === 'iss') return refused('wrong-issuer', error.code);
    return refused('invalid-claims', error.code);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return refused('bad-signature', error.code);
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return refused('alg-not-allowed', error.code, algNotAllowedDescription(headerAlg(token)));
  }
  if (error instanceof errors.JOSEError) return refused('malformed', error.code);
  // Anything else (a TypeError about a key or an option) is a bug here, not a bad token.
  throw error;
}

function headerAlg(token: string): unknown {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    return undefined;
  }
}

function trusted(payload: JWTPayload): CacheEntry {
  return {
    kind: 'trusted',
    exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    nbf: typeof payload.nbf === 'number' ? payload.nbf : undefined,
    sub: typeof payload.sub === 'string' ? payload.sub : undefined,
  };
}
