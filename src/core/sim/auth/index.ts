/**
 * Public API of JWT authentication in the simulator (see README.md): configuration parsing and
 * checks, key loading, the token issuer, the caching verifier, and `prepareSimAuth` for a run.
 */
export {
  AUTH_SETTING_KEYS,
  DEFAULT_AUTH_CONFIG,
  SIM_AUDIENCE,
  SIM_ISSUER,
  SIM_JWT_ALGS,
  parseAuthConfig,
} from './config';
export type { SimAuthConfig, SimAuthConfigParse, SimJwtAlg, SimKeyInput } from './config';
export { MIN_HS256_SECRET_BYTES, checkAuthConfig } from './checkConfig';
export { describeKey } from './keyShape';
export type { SimKeyShape } from './keyShape';
export { AUTH_FAILURE_DESCRIPTIONS, bearerChallenge } from './challenge';
export type { SimAuthFailure } from './challenge';
export { SIM_EPOCH_SECONDS, jwtNowSeconds } from './clock';
export { DEFAULT_AUTH_SEED, hs256Keys, loadAuthKeys } from './keys';
export type { SimAuthKeys, SimAuthKeysLoad, SimKey } from './keys';
export {
  SIM_AUTH_TOKEN_KINDS,
  createTokenIssuer,
  mintSimToken,
  mintTokenTable,
  signSimToken,
  tokenTableKey,
} from './tokens';
export type { SimAuthTokenKind, SimTokenIssuer } from './tokens';
export { DEFAULT_VERIFIER_CACHE_SIZE, createJwtVerifier } from './verifier';
export type {
  SimAuthVerdict,
  SimJoseVerify,
  SimJwtVerifier,
  SimJwtVerifierOptions,
} from './verifier';
export { prepareSimAuth } from './prepare';
export type { SimAuthNodeInput, SimAuthPreparation } from './prepare';
