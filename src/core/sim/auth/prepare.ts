/**
 * One call that readies JWT authentication for a run: imports every auth node's keys, builds
 * their verifiers, and mints the tokens the traffic carries. Keeps the engine's wiring to a few
 * lines (see README.md, "Wiring").
 */
import type { SimScenarioError } from '../types';
import { DEFAULT_AUTH_CONFIG, type SimAuthConfig } from './config';
import { loadAuthKeys } from './keys';
import { createTokenIssuer, type SimAuthTokenKind, type SimTokenIssuer } from './tokens';
import { createJwtVerifier, type SimJwtVerifier, type SimJwtVerifierOptions } from './verifier';

/** One auth node: its parsed settings and the JSON path they came from (`nodes.n5`). */
export interface SimAuthNodeInput {
  path: string;
  config: SimAuthConfig;
}

/** What {@link prepareSimAuth} resolves to. */
export type SimAuthPreparation =
  | {
      ok: true;
      /** One verifier per input node, in input order (each with its own cache). */
      verifiers: SimJwtVerifier[];
      /** The identity provider: the first node's algorithm, keys, issuer and audience. */
      issuer: SimTokenIssuer;
      /** The minted tokens, keyed by `tokenTableKey(kind, client)`. */
      tokens: Map<string, string | undefined>;
    }
  | { ok: false; errors: string[] };

/**
 * Readies auth for a run with `seed`. The simulated identity provider is configured like the first
 * auth node (a diagram usually has one); other nodes verify with their own settings, so with
 * another algorithm or issuer they refuse its tokens, as a second gateway with another trust
 * configuration would. No nodes: the default HS256 configuration mints the tokens.
 *
 * @returns `{ ok: false, errors }` (`"nodes.n5.privateKey: could not be imported…"`, one sentence
 *   each) when keys cannot be imported or do not match, or when WebCrypto is missing; never rejects.
 * @example
 * const auth = await prepareSimAuth([{ path: 'nodes.n5', config }], scenario.seed, pairs);
 * if (auth.ok) node.verifier = auth.verifiers[0];
 */
export async function prepareSimAuth(
  nodes: readonly SimAuthNodeInput[],
  seed: number,
  pairs: Iterable<{ kind: SimAuthTokenKind; client: string }> = [],
  options: Pick<SimJwtVerifierOptions, 'verify' | 'cacheSize'> = {},
): Promise<SimAuthPreparation> {
  const errors: SimScenarioError[] = [];
  const verifiers: SimJwtVerifier[] = [];
  let issuer: SimTokenIssuer | undefined;
  for (const node of nodes) {
    const loaded = await loadAuthKeys(node.config, seed, node.path);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      continue;
    }
    verifiers.push(createJwtVerifier(node.config, { ...options, keys: loaded.keys }));
    issuer ??= createTokenIssuer(node.config, loaded.keys);
  }
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => `${e.key}: ${e.message}`) };
  if (issuer === undefined) {
    const loaded = await loadAuthKeys(DEFAULT_AUTH_CONFIG, seed);
    if (!loaded.ok) return { ok: false, errors: loaded.errors.map((e) => e.message) };
    issuer = createTokenIssuer(DEFAULT_AUTH_CONFIG, loaded.keys);
  }
  try {
    const tokens = await issuer.mintTable(pairs);
    return { ok: true, verifiers, issuer, tokens };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        `could not sign the JWTs (WebCrypto needs a secure context: HTTPS or localhost): ${text}`,
      ],
    };
  }
}
