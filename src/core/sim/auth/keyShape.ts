/**
 * What kind of key a scenario gave, read without importing it (importing needs async WebCrypto):
 * the PEM label and the algorithm OID inside the DER body, or the JWK's `kty`/`crv`/`d`. Used by
 * `checkAuthConfig` to refuse configurations that mix algorithm families (BR-18).
 */
import { isRecord } from '../schemaCheck';
import type { SimKeyInput } from './config';

/** How the key was written. `pkcs1`/`sec1`/`certificate`/`encrypted` are PEMs jose cannot import as given. */
export type SimKeyFormat =
  'jwk' | 'spki' | 'pkcs8' | 'pkcs1' | 'sec1' | 'certificate' | 'encrypted' | 'unreadable';

/** The key's family as a JWK `kty` (RFC 7517/7518/8037), or `undefined` when it cannot be told. */
export type SimKeyType = 'RSA' | 'EC' | 'OKP' | 'oct';

/** What {@link describeKey} found. */
export interface SimKeyShape {
  format: SimKeyFormat;
  kty: SimKeyType | undefined;
  /** EC/OKP curve (`P-256`, `P-384`, `P-521`, `Ed25519`) when known. */
  crv: string | undefined;
  /** Holds private material (`d` in a JWK; a private-key PEM). */
  isPrivate: boolean;
  /** A JWK's own `alg` member, if any. */
  alg: string | undefined;
  /** For `unreadable`: why. */
  problem?: string;
}

// DER-encoded OIDs (tag 06, length, value) as they appear inside SPKI/PKCS#8/X.509 bodies.
const OIDS: { bytes: number[]; kty: SimKeyType; crv?: string }[] = [
  // rsaEncryption 1.2.840.113549.1.1.1 and RSASSA-PSS 1.2.840.113549.1.1.10
  { bytes: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01], kty: 'RSA' },
  { bytes: [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], kty: 'RSA' },
  // Ed25519 1.3.101.112
  { bytes: [0x06, 0x03, 0x2b, 0x65, 0x70], kty: 'OKP', crv: 'Ed25519' },
];
// id-ecPublicKey 1.2.840.10045.2.1, then the named curve.
const EC_OID = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const CURVES: { bytes: number[]; crv: string }[] = [
  { bytes: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07], crv: 'P-256' },
  { bytes: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22], crv: 'P-384' },
  { bytes: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23], crv: 'P-521' },
];

const PEM = /^-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----$/;

/**
 * Reads the shape of a scenario key. Never throws: a string that is not a PEM, or a PEM whose
 * body is not base64, gives `format: 'unreadable'` with a `problem`.
 */
export function describeKey(input: SimKeyInput): SimKeyShape {
  if (typeof input !== 'string') return describeJwk(input);
  const match = PEM.exec(input.trim());
  if (match === null) {
    return unreadable(
      'is not a PEM block ("-----BEGIN PUBLIC KEY-----" … "-----END PUBLIC KEY-----")',
    );
  }
  const label = match[1]!;
  const der = decodeBase64(match[2]!.replace(/\s+/g, ''));
  if (der === undefined) return unreadable('has a PEM body that is not valid base64');
  const found = findAlgorithm(der);
  const shape = (format: SimKeyFormat, isPrivate: boolean, kty = found.kty): SimKeyShape => ({
    format,
    kty,
    crv: found.crv,
    isPrivate,
    alg: undefined,
  });
  switch (label) {
    case 'PUBLIC KEY':
      return shape('spki', false);
    case 'PRIVATE KEY':
      return shape('pkcs8', true);
    case 'RSA PUBLIC KEY':
      return shape('pkcs1', false, 'RSA');
    case 'RSA PRIVATE KEY':
      return shape('pkcs1', true, 'RSA');
    case 'EC PRIVATE KEY':
      return shape('sec1', true, 'EC');
    case 'CERTIFICATE':
      return shape('certificate', false);
    case 'ENCRYPTED PRIVATE KEY':
      return shape('encrypted', true);
    default:
      return unreadable(`is a PEM "${label}", not a key`);
  }
}

/**
 * If `secret` is really an RSA/EC/OKP key (a PEM block, or JSON of a JWK that is not `oct`),
 * its shape; else `undefined`. An HMAC secret that is a public key is the algorithm-confusion
 * attack's key (BR-18, libjwt issue #200).
 */
export function asymmetricKeyInSecret(secret: string): SimKeyShape | undefined {
  const text = secret.trim();
  if (text.startsWith('-----BEGIN')) {
    const shape = describeKey(text);
    return shape.kty === 'oct' ? undefined : shape;
  }
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed)) return undefined;
    const shape = describeJwk(parsed);
    return shape.kty === undefined || shape.kty === 'oct' ? undefined : shape;
  } catch {
    return undefined;
  }
}

function describeJwk(jwk: Record<string, unknown>): SimKeyShape {
  const kty = jwk.kty;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP' && kty !== 'oct') {
    return unreadable(
      typeof kty === 'string'
        ? `is a JWK of unknown kty "${kty}"`
        : 'is not a JWK: it has no "kty" member',
    );
  }
  return {
    format: 'jwk',
    kty,
    crv: typeof jwk.crv === 'string' ? jwk.crv : undefined,
    isPrivate: kty === 'oct' ? typeof jwk.k === 'string' : typeof jwk.d === 'string',
    alg: typeof jwk.alg === 'string' ? jwk.alg : undefined,
  };
}

function unreadable(problem: string): SimKeyShape {
  return {
    format: 'unreadable',
    kty: undefined,
    crv: undefined,
    isPrivate: false,
    alg: undefined,
    problem,
  };
}

function findAlgorithm(der: Uint8Array): { kty: SimKeyType | undefined; crv: string | undefined } {
  for (const oid of OIDS) if (indexOf(der, oid.bytes) >= 0) return { kty: oid.kty, crv: oid.crv };
  if (indexOf(der, EC_OID) >= 0) {
    const curve = CURVES.find((c) => indexOf(der, c.bytes) >= 0);
    return { kty: 'EC', crv: curve?.crv };
  }
  return { kty: undefined, crv: undefined };
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0) return undefined;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}
