/**
 * Validation of a service's `health` settings (untrusted scenario JSON) into a
 * {@link SimHealthConfig}. Every problem names its JSON path; nothing throws.
 */
import {
  SimSchemaErrors,
  checkEnum,
  checkKnownKeys,
  checkNumber,
  describeType,
  isRecord,
  keyPath,
} from '../schemaCheck';
import type { SimScenarioError } from '../types';
import {
  DEFAULT_ACTIVE_CHECK,
  DEFAULT_OUTLIER_DETECTION,
  SIM_INSTANCE_STATES,
  defaultHealthConfig,
  type SimActiveCheckConfig,
  type SimHealthConfig,
  type SimInstanceEvent,
  type SimOutlierConfig,
} from './config';

/** The outcome of {@link parseHealthConfig}: the config, or every error found. */
export type SimHealthConfigParse = { config: SimHealthConfig } | { errors: SimScenarioError[] };

/** Keys of the `health` object. */
export const HEALTH_KEYS = [
  'events',
  'activeCheck',
  'outlierDetection',
  'panicThresholdPercent',
  'routeTimeoutMs',
] as const;
const EVENT_KEYS = ['at', 'instance', 'state'];
const ACTIVE_KEYS = [
  'intervalMs',
  'timeoutMs',
  'unhealthyThreshold',
  'healthyThreshold',
  'firstCheckMs',
];
const OUTLIER_KEYS = [
  'consecutive5xx',
  'intervalMs',
  'baseEjectionTimeMs',
  'maxEjectionTimeMs',
  'maxEjectionPercent',
];

/** One day: longer intervals and timeouts are almost surely a unit mistake (seconds for ms…). */
const MAX_MS = 86_400_000;
const MAX_THRESHOLD = 1000;

/** Options for {@link parseHealthConfig}. */
export interface SimHealthParseOptions {
  /** The service's instance count: event instance indexes must be below it. */
  instances?: number;
}

/**
 * Validates `json` (the value of a service node's `health` key) found at `path` (such as
 * `nodes.n14.health`).
 *
 * Shape (all keys optional; times in ms):
 * `{ events: [{ at, instance, state: "up"|"down"|"unresponsive" }],
 *    activeCheck: { intervalMs, timeoutMs, unhealthyThreshold, healthyThreshold, firstCheckMs },
 *    outlierDetection: { consecutive5xx, intervalMs, baseEjectionTimeMs, maxEjectionTimeMs,
 *                        maxEjectionPercent },
 *    panicThresholdPercent, routeTimeoutMs }`.
 * An absent `activeCheck`/`outlierDetection` turns that mechanism off; `{}` turns it on with the
 * Kubernetes/Envoy defaults of {@link DEFAULT_ACTIVE_CHECK}/{@link DEFAULT_OUTLIER_DETECTION}.
 *
 * @returns `{ config }` with defaults filled in and events sorted by time (stable), or
 *   `{ errors }` naming the JSON path of every unknown key, wrong type, out-of-range value, an
 *   instance index at or above `options.instances`, a `timeoutMs` above `intervalMs` (a check must
 *   end before the next starts) or a `maxEjectionTimeMs` below `baseEjectionTimeMs`.
 * @example parseHealthConfig({ activeCheck: { intervalMs: 1000 } }, 'nodes.n14.health')
 */
export function parseHealthConfig(
  json: unknown,
  path: string,
  options: SimHealthParseOptions = {},
): SimHealthConfigParse {
  const errors = new SimSchemaErrors();
  const config = defaultHealthConfig();
  if (!isRecord(json)) {
    errors.add(path, `must be an object of health settings, got ${describeType(json)}`);
    return { errors: errors.list };
  }
  checkKnownKeys(errors, path, json, HEALTH_KEYS);
  const at = (key: string): string => keyPath(path, key);

  if (json.events !== undefined)
    config.events = parseEvents(errors, at('events'), json.events, options);
  if (json.activeCheck !== undefined) {
    config.activeCheck = parseActiveCheck(errors, at('activeCheck'), json.activeCheck);
  }
  if (json.outlierDetection !== undefined) {
    config.outlierDetection = parseOutlier(errors, at('outlierDetection'), json.outlierDetection);
  }
  if (json.panicThresholdPercent !== undefined) {
    const p = checkNumber(errors, at('panicThresholdPercent'), json.panicThresholdPercent, {
      min: 0,
      max: 100,
    });
    if (p !== undefined) config.panicThresholdPercent = p;
  }
  if (json.routeTimeoutMs !== undefined) {
    const ms = checkNumber(errors, at('routeTimeoutMs'), json.routeTimeoutMs, {
      min: 0,
      exclusiveMin: true,
      max: MAX_MS,
    });
    if (ms !== undefined) config.routeTimeoutMs = ms;
  }
  return errors.list.length > 0 ? { errors: errors.list } : { config };
}

function parseEvents(
  errors: SimSchemaErrors,
  path: string,
  value: unknown,
  options: SimHealthParseOptions,
): SimInstanceEvent[] {
  if (!Array.isArray(value)) {
    errors.add(path, `must be an array of {at, instance, state}, got ${describeType(value)}`);
    return [];
  }
  const events: SimInstanceEvent[] = [];
  value.forEach((entry: unknown, i) => {
    const here = `${path}[${i}]`;
    if (!isRecord(entry)) {
      errors.add(here, `must be an object {at, instance, state}, got ${describeType(entry)}`);
      return;
    }
    checkKnownKeys(errors, here, entry, EVENT_KEYS);
    const need = (key: string): boolean => {
      if (entry[key] !== undefined) return true;
      errors.add(keyPath(here, key), 'is required');
      return false;
    };
    const time = need('at')
      ? checkNumber(errors, keyPath(here, 'at'), entry.at, { min: 0 })
      : undefined;
    const limit = options.instances;
    const instance = need('instance')
      ? checkNumber(errors, keyPath(here, 'instance'), entry.instance, {
          min: 0,
          integer: true,
          ...(limit !== undefined ? { max: Math.max(0, limit - 1) } : {}),
        })
      : undefined;
    const state = need('state')
      ? checkEnum(errors, keyPath(here, 'state'), entry.state, SIM_INSTANCE_STATES)
      : undefined;
    if (time !== undefined && instance !== undefined && state !== undefined) {
      events.push({ at: time, instance, state });
    }
  });
  // Array.prototype.sort is stable: events at the same time keep file order (the last one wins).
  return events.sort((a, b) => a.at - b.at);
}

/**
 * Opens a settings object at `path`: reports a non-object (with `example`) and unknown keys, and
 * returns a number reader (the checked value, or `fallback` when absent or wrong, the error
 * recorded) plus the error count before any value was read; undefined when `value` is no object.
 */
function settingsReader(
  errors: SimSchemaErrors,
  path: string,
  value: unknown,
  known: readonly string[],
  example: string,
):
  | {
      num: (key: string, fallback: number, rule: Parameters<typeof checkNumber>[3]) => number;
      before: number;
    }
  | undefined {
  if (!isRecord(value)) {
    errors.add(path, `must be an object such as ${example}, got ${describeType(value)}`);
    return undefined;
  }
  checkKnownKeys(errors, path, value, known);
  const num = (key: string, fallback: number, rule: Parameters<typeof checkNumber>[3]): number =>
    value[key] === undefined
      ? fallback
      : (checkNumber(errors, keyPath(path, key), value[key], rule) ?? fallback);
  return { num, before: errors.list.length };
}

function parseActiveCheck(
  errors: SimSchemaErrors,
  path: string,
  value: unknown,
): SimActiveCheckConfig | undefined {
  const reader = settingsReader(errors, path, value, ACTIVE_KEYS, '{"intervalMs":10000}');
  if (!reader) return undefined;
  const { num, before } = reader;
  const duration = { min: 0, exclusiveMin: true, max: MAX_MS };
  const count = { min: 1, max: MAX_THRESHOLD, integer: true };
  const intervalMs = num('intervalMs', DEFAULT_ACTIVE_CHECK.intervalMs, duration);
  const config: SimActiveCheckConfig = {
    intervalMs,
    timeoutMs: num('timeoutMs', Math.min(DEFAULT_ACTIVE_CHECK.timeoutMs, intervalMs), duration),
    unhealthyThreshold: num('unhealthyThreshold', DEFAULT_ACTIVE_CHECK.unhealthyThreshold, count),
    healthyThreshold: num('healthyThreshold', DEFAULT_ACTIVE_CHECK.healthyThreshold, count),
    firstCheckMs: num('firstCheckMs', intervalMs, { min: 0, max: MAX_MS }),
  };
  if (errors.list.length === before && config.timeoutMs > config.intervalMs) {
    errors.add(
      keyPath(path, 'timeoutMs'),
      `must not exceed intervalMs (${config.intervalMs}): a check must end before the next one starts, got ${config.timeoutMs}`,
    );
  }
  return errors.list.length === before ? config : undefined;
}

function parseOutlier(
  errors: SimSchemaErrors,
  path: string,
  value: unknown,
): SimOutlierConfig | undefined {
  const reader = settingsReader(errors, path, value, OUTLIER_KEYS, '{"consecutive5xx":5}');
  if (!reader) return undefined;
  const { num, before } = reader;
  const duration = { min: 0, exclusiveMin: true, max: MAX_MS };
  const d = DEFAULT_OUTLIER_DETECTION;
  const base = num('baseEjectionTimeMs', d.baseEjectionTimeMs, duration);
  const config: SimOutlierConfig = {
    consecutive5xx: num('consecutive5xx', d.consecutive5xx, {
      min: 1,
      max: MAX_THRESHOLD,
      integer: true,
    }),
    intervalMs: num('intervalMs', d.intervalMs, duration),
    baseEjectionTimeMs: base,
    // Envoy: when unset, max_ejection_time is 300 s or base_ejection_time, whichever is larger.
    maxEjectionTimeMs: num('maxEjectionTimeMs', Math.max(d.maxEjectionTimeMs, base), duration),
    maxEjectionPercent: num('maxEjectionPercent', d.maxEjectionPercent, { min: 0, max: 100 }),
  };
  if (errors.list.length === before && config.maxEjectionTimeMs < config.baseEjectionTimeMs) {
    errors.add(
      keyPath(path, 'maxEjectionTimeMs'),
      `must be at least baseEjectionTimeMs (${config.baseEjectionTimeMs}), got ${config.maxEjectionTimeMs}`,
    );
  }
  return errors.list.length === before ? config : undefined;
}
