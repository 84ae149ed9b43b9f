/**
 * The `WWW-Authenticate` challenge of a refused request, per RFC 6750 §3: a request without a
 * token gets `Bearer realm="…"` and no error attribute (§3.1: the server SHOULD NOT include one);
 * an invalid token gets `error="invalid_token"` and an `error_description` (Kong and Envoy add
 * the same `error="invalid_token"`; gateway-semantics.md §1.4).
 */

/** Why a token was refused. `missing` is the only one without `error="invalid_token"`. */
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

/**
 * `error_description` per failure: jose's report (its error code and `claim`) in words that fit
 * RFC 6750's character set (no quotes, no backslashes). Time failures use Kong's words ("token
 * expired"); the others follow jose's messages (`signature verification failed`,
 * `unexpected "aud" claim value`). `alg-not-allowed` names the token's algorithm (see
 * {@link algNotAllowedDescription}).
 */
export const AUTH_FAILURE_DESCRIPTIONS: Readonly<
  Record<Exclude<SimAuthFailure, 'missing'>, string>
> = {
  expired: 'token expired',
  'not-yet-valid': 'token not yet valid',
  'bad-signature': 'signature verification failed',
  malformed: 'malformed token',
  'alg-not-allowed': 'alg not allowed',
  'wrong-audience': 'unexpected aud claim value',
  'wrong-issuer': 'unexpected iss claim value',
  'invalid-claims': 'invalid claims',
};

/**
 * `alg <name> not allowed` (`alg none not allowed`, `alg HS256 not allowed`), or the plain
 * `alg not allowed` when the header's value is not a short alphanumeric name: it comes from the
 * attacker, so only a safe value is echoed.
 */
export function algNotAllowedDescription(alg: unknown): string {
  return typeof alg === 'string' && /^[A-Za-z0-9]{1,12}$/.test(alg)
    ? `alg ${alg} not allowed`
    : AUTH_FAILURE_DESCRIPTIONS['alg-not-allowed'];
}

/**
 * Builds the challenge: `Bearer realm="<realm>"` without `description`, else
 * `Bearer realm="<realm>", error="invalid_token", error_description="<description>"`.
 * Characters RFC 6750 forbids in `error_description` (outside %x20-21 / %x23-5B / %x5D-7E) are
 * dropped; `"` and `\` in the realm are escaped as RFC 9110 quoted-pairs.
 */
export function bearerChallenge(realm: string, description?: string): string {
  const quotedRealm = `"${realm.replace(/["\\]/g, '\\$&')}"`;
  if (description === undefined) return `Bearer realm=${quotedRealm}`;
  const safe = description.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '');
  return `Bearer realm=${quotedRealm}, error="invalid_token", error_description="${safe}"`;
}
