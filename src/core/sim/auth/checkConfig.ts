/**
 * Consistency rules for an auth node's algorithm and keys, checked without WebCrypto so that
 * `fz validate` and the scenario schema can run them synchronously. The main rule is BR-18
 * (libjwt issue #200): HS* must never be configured with an RSA/EC key, because a verifier that
 * takes the algorithm from the token would then accept HMACs made with the public key.
 */
import { keyPath } from '../schemaCheck';
import type { SimScenarioError } from '../types';
import type { SimAuthConfig, SimJwtAlg, SimKeyInput } from './config';
import { asymmetricKeyInSecret, describeKey, type SimKeyShape } from './keyShape';

/** RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (256 bits). */
export const MIN_HS256_SECRET_BYTES = 32;

const FAMILY: Record<
  Exclude<SimJwtAlg, 'HS256'>,
  { kty: 'RSA' | 'EC'; crv?: string; name: string }
> = {
  RS256: { kty: 'RSA', name: 'an RSA key' },
  ES256: { kty: 'EC', crv: 'P-256', name: 'an EC P-256 key' },
};

/**
 * Reports every inconsistency of `config` (keys are JSON paths under `path`, e.g. `nodes.n5.secret`):
 * - HS256 with `publicKey`/`privateKey`, or with a `secret` that is really an RSA/EC key (PEM or
 *   JWK JSON): algorithm confusion, BR-18;
 * - an HS256 `secret` shorter than 32 bytes (RFC 7518 §3.2);
 * - RS256/ES256 with a `secret`, with `publicKey` but no `privateKey`, or with a key of another
 *   family or curve, a JWK whose own `alg` differs, a private key given as `publicKey` (or the
 *   reverse), or a PEM jose cannot import (PKCS#1, SEC1, certificate, encrypted) with the
 *   `openssl` line that converts it.
 *
 * @returns the problems, empty when the configuration is sound. Never throws.
 */
export function checkAuthConfig(config: SimAuthConfig, path = ''): SimScenarioError[] {
  const problems: SimScenarioError[] = [];
  const add = (key: string, message: string) => problems.push({ key: keyPath(path, key), message });
  if (config.alg === 'HS256') {
    for (const key of ['publicKey', 'privateKey'] as const) {
      if (config[key] === undefined) continue;
      const shape = describeKey(config[key]);
      if (shape.kty === 'oct') {
        add(key, 'is a symmetric (oct) JWK: give HS256 secrets as "secret"');
      } else if (shape.kty === undefined) {
        add(key, 'applies to RS256 and ES256 only; alg HS256 takes a "secret"');
      } else {
        add(
          key,
          `cannot be used with alg HS256: ${describeFamily(shape)} mixed with an HMAC algorithm ` +
            'lets anyone forge tokens by HMAC-signing with the public key (algorithm confusion, BR-18); ' +
            'set "alg" to "RS256" or "ES256", or remove the key',
        );
      }
    }
    if (config.secret !== undefined) {
      const hidden = asymmetricKeyInSecret(config.secret);
      if (hidden !== undefined) {
        add(
          'secret',
          `is ${describeFamily(hidden)}: HMAC with a public key is the algorithm-confusion attack ` +
            '(BR-18); use "alg": "RS256" or "ES256" with "publicKey"/"privateKey" instead',
        );
      } else {
        const bytes = new TextEncoder().encode(config.secret).length;
        if (bytes < MIN_HS256_SECRET_BYTES) {
          add(
            'secret',
            `must be at least ${MIN_HS256_SECRET_BYTES} bytes for HS256 (RFC 7518 §3.2), got ${bytes}`,
          );
        }
      }
    }
    return problems;
  }

  const family = FAMILY[config.alg];
  if (config.secret !== undefined) {
    add(
      'secret',
      `applies to HS256 only: alg ${config.alg} verifies with "publicKey" and signs with "privateKey"`,
    );
  }
  if (config.publicKey !== undefined && config.privateKey === undefined) {
    add(
      'privateKey',
      'is required with publicKey: the simulated identity provider signs the valid tokens with it',
    );
  }
  const check = (key: 'publicKey' | 'privateKey', input: SimKeyInput) => {
    const shape = describeKey(input);
    const wrong = shapeProblem(shape, key === 'privateKey');
    if (wrong !== undefined) return add(key, wrong);
    if (shape.kty !== family.kty) {
      return add(key, `is ${describeFamily(shape)}; alg ${config.alg} needs ${family.name}`);
    }
    if (family.crv !== undefined && shape.crv !== undefined && shape.crv !== family.crv) {
      return add(key, `is on curve ${shape.crv}; alg ${config.alg} needs ${family.crv}`);
    }
    if (shape.alg !== undefined && shape.alg !== config.alg) {
      add(key, `is a JWK marked "alg": "${shape.alg}", but the node pins ${config.alg}`);
    }
  };
  if (config.publicKey !== undefined) check('publicKey', config.publicKey);
  if (config.privateKey !== undefined) check('privateKey', config.privateKey);
  return problems;
}

/** Why a key cannot be imported as given, or is on the wrong side (public/private). */
function shapeProblem(shape: SimKeyShape, wantPrivate: boolean): string | undefined {
  switch (shape.format) {
    case 'unreadable':
      return shape.problem;
    case 'pkcs1':
      return wantPrivate
        ? 'is a PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"); convert it to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in key.pem'
        : 'is a PKCS#1 PEM ("BEGIN RSA PUBLIC KEY"); convert it to SPKI: openssl rsa -RSAPublicKey_in -in key.pem -pubout';
    case 'sec1':
      return 'is a SEC1 PEM ("BEGIN EC PRIVATE KEY"); convert it to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in key.pem';
    case 'certificate':
      return 'is a certificate; give its public key: openssl x509 -pubkey -noout -in cert.pem';
    case 'encrypted':
      return 'is encrypted; give an unencrypted PKCS#8 test key ("BEGIN PRIVATE KEY")';
    case 'jwk':
    case 'spki':
    case 'pkcs8':
      break;
  }
  if (wantPrivate && !shape.isPrivate) {
    return 'holds a public key only; the simulated identity provider needs the private key to sign';
  }
  if (!wantPrivate && shape.isPrivate) return 'holds a private key; put it in "privateKey"';
  return undefined;
}

function describeFamily(shape: SimKeyShape): string {
  switch (shape.kty) {
    case 'RSA':
      return `an RSA ${shape.isPrivate ? 'private' : 'public'} key`;
    case 'EC':
      return `an EC${shape.crv ? ` ${shape.crv}` : ''} ${shape.isPrivate ? 'private' : 'public'} key`;
    case 'OKP':
      return `an ${shape.crv ?? 'OKP'} key`;
    case 'oct':
      return 'a symmetric (oct) key';
    case undefined:
      return shape.problem !== undefined
        ? `a value that ${shape.problem}`
        : 'a key of unknown type';
  }
}
