/**
 * Settings of one `auth` node: which algorithm it pins, which keys it trusts, what it expects in
 * `iss`/`aud`, its clock tolerance and realm. {@link parseAuthConfig} turns the scenario's
 * untrusted JSON into a {@link SimAuthConfig}, naming the key of every problem.
 */
import {
  SimSchemaErrors,
  checkEnum,
  checkNumber,
  checkString,
  describeType,
  isRecord,
  keyPath,
  quoteList,
} from '../schemaCheck';
import type { SimScenarioError } from '../types';
import { checkAuthConfig } from './checkConfig';

/** Algorithms an auth node can pin (RFC 7518 names). HS256 is the default. */
export type SimJwtAlg = 'HS256' | 'RS256' | 'ES256';

/** The algorithms of {@link SimJwtAlg}, in documentation order. */
export const SIM_JWT_ALGS: readonly SimJwtAlg[] = ['HS256', 'RS256', 'ES256'];

/** Names jose supports that the simulator does not offer (yet): reported as "not supported". */
const LATER_ALGS = ['HS384', 'HS512', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES384'];

/**
 * A key given in the scenario: a PEM string (`-----BEGIN PUBLIC KEY-----`, SPKI; or
 * `-----BEGIN PRIVATE KEY-----`, PKCS#8) or a JWK object (RFC 7517).
 */
export type SimKeyInput = string | Record<string, unknown>;

/**
 * One auth node's settings, with defaults filled in.
 *
 * Keys: with none given, HS256 uses a secret derived from the run's seed and RS256/ES256 use a
 * fixed test key pair picked by the seed (`keys.ts`). Otherwise HS256 takes `secret` (UTF-8, at
 * least 32 bytes: RFC 7518 §3.2), RS256/ES256 take `privateKey` (the simulated identity provider
 * signs valid tokens with it) and optionally `publicKey` (derived from `privateKey` when absent).
 */
export interface SimAuthConfig {
  /** The only algorithm the verifier accepts, whatever the token header says (BR-18). */
  alg: SimJwtAlg;
  /** `realm` of the RFC 6750 challenge. No quotes, backslashes or control characters. */
  realm: string;
  /** Allowed clock skew in whole seconds for `exp` and `nbf` (jose `clockTolerance`; default 0). */
  clockToleranceSec: number;
  /** Required `iss` (jose `issuer`). */
  issuer: string;
  /** Required `aud`: a token passes when its `aud` is, or contains, this value (jose `audience`). */
  audience: string;
  secret?: string;
  publicKey?: SimKeyInput;
  privateKey?: SimKeyInput;
}

/** The simulated identity provider's issuer, expected by default. */
export const SIM_ISSUER = 'https://idp.sim';
/** The audience the simulated gateway expects by default. */
export const SIM_AUDIENCE = 'api-gateway';

/**
 * Defaults (simulation.md "Gateway behaviour"): HS256, realm `api-gateway`, tolerance 0 (jose's
 * default; Envoy's would be 60), the simulator's issuer and audience, keys from the seed.
 */
export const DEFAULT_AUTH_CONFIG: Readonly<SimAuthConfig> = {
  alg: 'HS256',
  realm: 'api-gateway',
  clockToleranceSec: 0,
  issuer: SIM_ISSUER,
  audience: SIM_AUDIENCE,
};

/** Scenario keys of an auth node, besides the node-level `role` and `delayMs`. */
export const AUTH_SETTING_KEYS = [
  'alg',
  'realm',
  'clockToleranceSec',
  'issuer',
  'audience',
  'secret',
  'publicKey',
  'privateKey',
] as const;

/** Node-level keys that may sit beside the auth keys; they belong to the node, not to auth. */
const NODE_KEYS = ['role', 'delayMs'];

/** A year: a larger tolerance would accept any token the simulator mints as "not expired". */
const MAX_TOLERANCE_SEC = 31_536_000;

/** The outcome of {@link parseAuthConfig}. */
export type SimAuthConfigParse = { config: SimAuthConfig } | { errors: SimScenarioError[] };

/**
 * Validates an auth node's settings (`json`, usually `scenario.nodes[id]`) found at `path`
 * (`nodes.n5`). `role` and `delayMs` are node keys and are skipped here.
 *
 * @returns `{ config }` with defaults filled in, or `{ errors }` where each error's `key` is the
 *   full JSON path (`nodes.n5.alg`) and the message says what is wrong: unknown key, wrong type,
 *   unsupported algorithm, a tolerance outside 0…31536000 whole seconds, a realm that cannot be
 *   quoted, or any problem {@link checkAuthConfig} finds (HS256 with an RSA/EC key, a short
 *   secret, a key of the wrong type…). Never throws.
 * @example
 * parseAuthConfig({ alg: 'RS256', privateKey: pem }, 'nodes.n5') // → { config: { alg: 'RS256', … } }
 */
export function parseAuthConfig(json: unknown, path: string): SimAuthConfigParse {
  const errors = new SimSchemaErrors();
  if (!isRecord(json)) {
    errors.add(path, `must be an object of auth settings, got ${describeType(json)}`);
    return { errors: errors.list };
  }
  const config: SimAuthConfig = { ...DEFAULT_AUTH_CONFIG };
  const known: readonly string[] = AUTH_SETTING_KEYS;
  for (const key of Object.keys(json)) {
    if (NODE_KEYS.includes(key) || known.includes(key)) continue;
    errors.add(keyPath(path, key), `unknown key; expected one of ${quoteList(known)}`);
  }
  const at = (key: string) => keyPath(path, key);
  if (json.alg !== undefined) {
    const alg = checkEnum(errors, at('alg'), json.alg, SIM_JWT_ALGS, LATER_ALGS);
    if (alg !== undefined) config.alg = alg;
  }
  if (json.realm !== undefined) {
    const realm = checkString(errors, at('realm'), json.realm);
    // RFC 7235 quoted-string: refusing these keeps the challenge header unambiguous.
    if (realm !== undefined && !/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/.test(realm)) {
      errors.add(
        at('realm'),
        'must be printable ASCII without quotes or backslashes (it is quoted in WWW-Authenticate)',
      );
    } else if (realm !== undefined) config.realm = realm;
  }
  if (json.clockToleranceSec !== undefined) {
    const tolerance = checkNumber(errors, at('clockToleranceSec'), json.clockToleranceSec, {
      min: 0,
      max: MAX_TOLERANCE_SEC,
      integer: true,
    });
    if (tolerance !== undefined) config.clockToleranceSec = tolerance;
  }
  for (const key of ['issuer', 'audience', 'secret'] as const) {
    if (json[key] === undefined) continue;
    const value = checkString(errors, at(key), json[key]);
    if (value !== undefined) config[key] = value;
  }
  for (const key of ['publicKey', 'privateKey'] as const) {
    const value = json[key];
    if (value === undefined) continue;
    if ((typeof value === 'string' && value.trim() !== '') || isRecord(value)) config[key] = value;
    else errors.add(at(key), `must be a PEM string or a JWK object, got ${describeType(value)}`);
  }
  if (errors.list.length > 0) return { errors: errors.list };
  const problems = checkAuthConfig(config, path);
  return problems.length > 0 ? { errors: problems } : { config };
}
