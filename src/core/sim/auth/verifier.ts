/**
 * The `auth` role's JWT check: `jose` `jwtVerify` on the virtual clock, answered the RFC 6750 way.
 * Mirrors Kong's jwt plugin and Envoy's jwt_authn: a missing token gives
 * `401 WWW-Authenticate: Bearer realm="…"` (no error), any bad token gives
 * `401 … error="invalid_token", error_description="…"`.
 */
import { decodeJwt, errors, jwtVerify } from 'jose';
import { SIM_AUDIENCE, SIM_EPOCH_SECONDS, SIM_ISSUER, SIM_SIGNING_KEY } from './tokens';

/** Settings of one auth node. `clockToleranceSec` ≥ 0 (jose's default 0). */
export interface SimAuthSettings {
  realm: string;
  clockToleranceSec: number;
  issuer: string;
  audience: string;
}

/** Defaults: realm `api-gateway`, no clock tolerance, the simulator's issuer and audience. */
export const DEFAULT_AUTH_SETTINGS: SimAuthSettings = {
  realm: 'api-gateway',
  clockToleranceSec: 0,
  issuer: SIM_ISSUER,
  audience: SIM_AUDIENCE,
};

/** Why a token was refused; `missing` is the only one without `error="invalid_token"`. */
export type SimAuthFailure =
  | 'missing'
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'malformed'
  | 'alg-not-allowed'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'invalid-claims';

/** The outcome of one check: the `sub` claim when accepted, else the 401 to send. */
export type SimAuthVerdict =
  | { ok: true; subject: string | undefined }
  | { ok: false; status: 401; reason: SimAuthFailure; wwwAuthenticate: string };

/** Checks tokens; the answer is synchronous whenever the token was seen before. */
export interface SimJwtVerifier {
  /** `token` undefined means no Authorization header. `nowMs` is virtual time. */
  verify(token: string | undefined, nowMs: number): SimAuthVerdict | Promise<SimAuthVerdict>;
}

const DESCRIPTIONS: Record<Exclude<SimAuthFailure, 'missing'>, string> = {
  expired: 'token expired',
  'not-yet-valid': 'token not yet valid',
  'bad-signature': 'signature verification failed',
  malformed: 'malformed token',
  'alg-not-allowed': 'algorithm not allowed',
  'wrong-audience': 'audience not allowed',
  'wrong-issuer': 'issuer not allowed',
  'invalid-claims': 'invalid claims',
};

/** Time claims of a token whose signature and iss/aud passed: only these depend on the clock. */
interface TrustedClaims {
  exp: number | undefined;
  nbf: number | undefined;
  sub: string | undefined;
}

type CacheEntry = TrustedClaims | SimAuthFailure;

/**
 * Creates a verifier for one auth node. Each distinct token string is verified by `jose` once;
 * after that the cache keeps either the permanent failure (signature, structure, iss, aud) or the
 * trusted `exp`/`nbf`, re-checked against the clock with jose's rules (`nbf > now + tol` → not yet
 * valid, `exp <= now − tol` → expired, `now` in whole seconds), so cached and fresh answers agree.
 */
export function createJwtVerifier(
  settings: SimAuthSettings = DEFAULT_AUTH_SETTINGS,
): SimJwtVerifier {
  const cache = new Map<string, CacheEntry>();
  const tol = settings.clockToleranceSec;
  const fail = (reason: SimAuthFailure): SimAuthVerdict => ({
    ok: false,
    status: 401,
    reason,
    wwwAuthenticate:
      reason === 'missing'
        ? `Bearer realm="${settings.realm}"`
        : `Bearer realm="${settings.realm}", error="invalid_token", error_description="${DESCRIPTIONS[reason]}"`,
  });
  const judge = (entry: CacheEntry, nowMs: number): SimAuthVerdict => {
    if (typeof entry === 'string') return fail(entry);
    const now = SIM_EPOCH_SECONDS + Math.floor(nowMs / 1000);
    if (entry.nbf !== undefined && entry.nbf > now + tol) return fail('not-yet-valid');
    if (entry.exp !== undefined && entry.exp <= now - tol) return fail('expired');
    return { ok: true, subject: entry.sub };
  };

  const verifyFresh = async (token: string, nowMs: number): Promise<SimAuthVerdict> => {
    const entry = await classify(token, nowMs, settings);
    cache.set(token, entry);
    return judge(entry, nowMs);
  };

  return {
    verify(token, nowMs) {
      if (token === undefined || token === '') return fail('missing');
      const cached = cache.get(token);
      if (cached !== undefined) return judge(cached, nowMs);
      return verifyFresh(token, nowMs);
    },
  };
}

async function classify(
  token: string,
  nowMs: number,
  settings: SimAuthSettings,
): Promise<CacheEntry> {
  try {
    const { payload } = await jwtVerify(token, SIM_SIGNING_KEY, {
      algorithms: ['HS256'],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTolerance: settings.clockToleranceSec,
      // Virtual time, not the wall clock: jose compares claims against this instant.
      // eslint-disable-next-line no-restricted-globals -- a Date built from virtual ms, not a clock read
      currentDate: new Date(SIM_EPOCH_SECONDS * 1000 + nowMs),
    });
    return trusted(payload);
  } catch (error) {
    // jose checks the signature before any claim, so a time-claim failure proves the signature.
    if (error instanceof errors.JWTExpired) return trusted(decodeJwt(token));
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'nbf') return trusted(decodeJwt(token));
      if (error.claim === 'aud') return 'wrong-audience';
      if (error.claim === 'iss') return 'wrong-issuer';
      return 'invalid-claims';
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
    if (error instanceof errors.JOSEAlgNotAllowed) return 'alg-not-allowed';
    return 'malformed';
  }
}

function trusted(payload: { exp?: unknown; nbf?: unknown; sub?: unknown }): TrustedClaims {
  return {
    exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    nbf: typeof payload.nbf === 'number' ? payload.nbf : undefined,
    sub: typeof payload.sub === 'string' ? payload.sub : undefined,
  };
}
