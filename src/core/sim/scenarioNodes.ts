/**
 * Validation of the scenario's `nodes` section: per-node settings keyed by node id or exact label.
 * Which keys a node may carry depends on its role; when the scenario does not name the role, the
 * keys are checked against the inferred role later, by {@link settingsKeysForRole}.
 */
import { SIM_ROLES, type SimRole } from './roles';
import type { SimSchemaErrors } from './schemaCheck';
import {
  checkEnum,
  checkKnownKeys,
  checkNumber,
  checkString,
  describeType,
  isRecord,
  keyPath,
  quoteList,
} from './schemaCheck';
import type { SimNodeSettings } from './types';
import { AUTH_SETTING_KEYS } from './auth/config';
import { parseHealthConfig } from './health/parse';
import { SIM_LIMITER_ALL_KEYS } from './limiters/config';
import { parseRetryPolicy } from './retryPolicy';

/** Limiter settings: checked by `parseLimiterConfig` when the program is compiled. */
const LIMITER_KEYS = new Set(SIM_LIMITER_ALL_KEYS.filter((k) => k !== 'status'));

/** Instance-selection policies implemented now (`balancer.ts`). */
export const SIM_POLICIES = [
  'round-robin',
  'random',
  'least-request',
  'consistent-hash',
  'maglev',
] as const;
/** Rate-limit keys: by client name, by the token's `sub`, by client address, by request path. */
export const SIM_LIMIT_KEYS = ['client', 'sub', 'ip', 'path'] as const;
/** Latency distributions implemented now. */
export const SIM_LATENCY_DISTS = ['constant', 'uniform', 'exponential', 'lognormal'] as const;

const COMMON_KEYS = ['role', 'delayMs'] as const;

/** Keys each role accepts besides `role` and `delayMs`. */
const ROLE_KEYS: Record<SimRole, readonly string[]> = {
  source: [],
  sink: [],
  milestone: [],
  step: [],
  'load-balancer': [],
  decision: ['weights'],
  respond: ['status'],
  auth: AUTH_SETTING_KEYS,
  'rate-limit': ['key', ...SIM_LIMITER_ALL_KEYS],
  discovery: ['routes'],
  router: ['routes'],
  aggregate: ['timeoutMs'],
  service: [
    'instances',
    'concurrency',
    'queueLimit',
    'latency',
    'errorRate',
    'policy',
    'timeoutMs',
    'retries',
    'health',
  ],
};

/** Every key allowed for a node whose role is `role` (including `role` and `delayMs`). */
export function settingsKeysForRole(role: SimRole): readonly string[] {
  return [...COMMON_KEYS, ...ROLE_KEYS[role]];
}

const ALL_KEYS: readonly string[] = [...new Set(SIM_ROLES.flatMap((r) => settingsKeysForRole(r)))];

/**
 * Validates one node's settings at `path` (e.g. `nodes.n7`). Returns a copy holding the checked
 * values, or `undefined` when the entry is not an object. Errors go to `errors`.
 */
export function parseNodeSettings(
  errors: SimSchemaErrors,
  path: string,
  input: unknown,
): SimNodeSettings | undefined {
  if (!isRecord(input)) {
    errors.add(path, `must be an object of node settings, got ${describeType(input)}`);
    return undefined;
  }
  const out: SimNodeSettings = {};
  let allowed = ALL_KEYS;
  if (input.role !== undefined) {
    const role = checkEnum(errors, keyPath(path, 'role'), input.role, SIM_ROLES);
    if (role !== undefined) {
      out.role = role;
      allowed = settingsKeysForRole(role);
    }
  }
  for (const key of Object.keys(input)) {
    if (key === 'role') continue;
    const at = keyPath(path, key);
    if (!ALL_KEYS.includes(key)) {
      errors.add(at, `unknown key; expected one of ${quoteList(ALL_KEYS)}`);
      continue;
    }
    if (!allowed.includes(key)) {
      errors.add(at, `does not apply to role "${String(out.role)}"`);
      continue;
    }
    const value =
      key === 'health'
        ? checkHealth(errors, at, input.health, input.instances)
        : checkSetting(errors, at, key, input[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * A service's `health` (see `health/README.md`), checked against the `instances` given beside it
 * (1 when absent or invalid). The parsed config has the input's shape, so parsing it again (as
 * `simulate` does with an already parsed scenario) gives the same config.
 */
function checkHealth(
  errors: SimSchemaErrors,
  at: string,
  value: unknown,
  instances: unknown,
): unknown {
  const count =
    typeof instances === 'number' && Number.isInteger(instances) && instances >= 1 ? instances : 1;
  const parsed = parseHealthConfig(value, at, { instances: count });
  if ('errors' in parsed) {
    for (const e of parsed.errors) errors.add(e.key, e.message);
    return undefined;
  }
  return parsed.config;
}

function checkSetting(errors: SimSchemaErrors, at: string, key: string, value: unknown): unknown {
  if (LIMITER_KEYS.has(key)) return value;
  switch (key) {
    case 'delayMs':
    case 'clockToleranceSec':
      return checkNumber(errors, at, value, { min: 0 });
    case 'timeoutMs':
      return checkNumber(errors, at, value, { min: 0, exclusiveMin: true });
    case 'instances':
      return checkNumber(errors, at, value, { min: 1, max: 10_000, integer: true });
    case 'concurrency':
      return checkNumber(errors, at, value, { min: 1, max: 1_000_000, integer: true });
    case 'queueLimit':
      return checkNumber(errors, at, value, { min: 0, max: 1_000_000, integer: true });
    case 'retries':
      return parseRetryPolicy(errors, at, value);
    case 'errorRate':
      return checkNumber(errors, at, value, { min: 0, max: 1 });
    case 'status':
      return checkNumber(errors, at, value, { min: 100, max: 599, integer: true });
    case 'key':
      return checkEnum(errors, at, value, SIM_LIMIT_KEYS);
    case 'policy':
      return checkEnum(errors, at, value, SIM_POLICIES);
    // Auth keys and secrets are checked by `parseAuthConfig` when the program is compiled.
    case 'alg':
    case 'secret':
    case 'publicKey':
    case 'privateKey':
      return value;
    case 'realm': {
      const realm = checkString(errors, at, value);
      if (realm !== undefined && /["\\\r\n]/.test(realm)) {
        errors.add(at, 'must not contain quotes, backslashes or line breaks');
        return undefined;
      }
      return realm;
    }
    case 'issuer':
    case 'audience':
      return checkString(errors, at, value);
    case 'latency':
      return checkLatency(errors, at, value);
    case 'weights':
      return checkStringMap(errors, at, value, (k, v) => checkNumber(errors, k, v, { min: 0 }));
    case 'routes':
      return checkStringMap(errors, at, value, (k, v) => checkString(errors, k, v));
    default:
      errors.add(at, 'unknown key');
      return undefined;
  }
}

/** A service-time distribution, in ms. */
export type SimLatencySpec =
  | { dist: 'constant'; ms: number }
  | { dist: 'uniform'; minMs: number; maxMs: number }
  | { dist: 'exponential'; meanMs: number }
  /** Log-normal: `medianMs · e^(sigma·Z)`, Z standard normal (a long right tail, like real APIs). */
  | { dist: 'lognormal'; medianMs: number; sigma: number };

const LATENCY_KEYS: Record<SimLatencySpec['dist'], readonly string[]> = {
  constant: ['dist', 'ms'],
  uniform: ['dist', 'minMs', 'maxMs'],
  exponential: ['dist', 'meanMs'],
  lognormal: ['dist', 'medianMs', 'sigma'],
};

function checkLatency(
  errors: SimSchemaErrors,
  at: string,
  value: unknown,
): SimLatencySpec | undefined {
  if (!isRecord(value)) {
    errors.add(
      at,
      `must be an object such as {"dist":"exponential","meanMs":10}, got ${describeType(value)}`,
    );
    return undefined;
  }
  const dist = checkEnum(errors, keyPath(at, 'dist'), value.dist, SIM_LATENCY_DISTS);
  if (dist === undefined) return undefined;
  checkKnownKeys(errors, at, value, LATENCY_KEYS[dist]);
  const need = (k: string): number | undefined =>
    value[k] === undefined
      ? (errors.add(keyPath(at, k), `is required for dist "${dist}"`), undefined)
      : checkNumber(errors, keyPath(at, k), value[k], { min: 0 });
  switch (dist) {
    case 'constant': {
      const ms = need('ms');
      return ms === undefined ? undefined : { dist, ms };
    }
    case 'exponential': {
      const meanMs = need('meanMs');
      return meanMs === undefined ? undefined : { dist, meanMs };
    }
    case 'lognormal': {
      const medianMs = need('medianMs');
      const sigma = need('sigma');
      return medianMs === undefined || sigma === undefined ? undefined : { dist, medianMs, sigma };
    }
    case 'uniform': {
      const minMs = need('minMs');
      const maxMs = need('maxMs');
      if (minMs === undefined || maxMs === undefined) return undefined;
      if (maxMs < minMs) {
        errors.add(keyPath(at, 'maxMs'), `must be at least minMs (${minMs}), got ${maxMs}`);
        return undefined;
      }
      return { dist, minMs, maxMs };
    }
  }
}

function checkStringMap<T>(
  errors: SimSchemaErrors,
  at: string,
  value: unknown,
  check: (key: string, v: unknown) => T | undefined,
): Record<string, T> | undefined {
  if (!isRecord(value)) {
    errors.add(at, `must be an object, got ${describeType(value)}`);
    return undefined;
  }
  const out: Record<string, T> = {};
  let ok = true;
  for (const [k, v] of Object.entries(value)) {
    const checked = check(keyPath(at, k), v);
    if (checked === undefined) ok = false;
    else out[k] = checked;
  }
  return ok ? out : undefined;
}
