/**
 * Small value checkers shared by the scenario schema. Each returns the value when it is good and
 * otherwise records a `{ key, message }` error naming the JSON path, and returns `undefined`.
 */
import type { SimScenarioError } from './types';

/** Collects errors while a scenario is validated. */
export class SimSchemaErrors {
  readonly list: SimScenarioError[] = [];
  add(key: string, message: string): void {
    this.list.push({ key, message });
  }
}

/** Describes a value's JSON type for messages: `string`, `array`, `null`, `NaN`… */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    return `the number ${value}`;
  }
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** `true` for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins a path and a key: `traffic[0]` + `rps` → `traffic[0].rps`. */
export function keyPath(parent: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (parent === '') return safe;
  return /^[A-Za-z_$]/.test(safe) ? `${parent}.${safe}` : `${parent}[${safe}]`;
}

/** Options for {@link checkNumber}: bounds are inclusive unless `exclusiveMin`. */
export interface NumberRule {
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  integer?: boolean;
}

/** A finite number within the rule's bounds, else an error naming `key`. */
export function checkNumber(
  errors: SimSchemaErrors,
  key: string,
  value: unknown,
  rule: NumberRule = {},
): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.add(key, `must be a finite number, got ${describeType(value)}`);
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    errors.add(key, `must be a whole number, got ${value}`);
    return undefined;
  }
  if (rule.min !== undefined) {
    const bad = rule.exclusiveMin ? value <= rule.min : value < rule.min;
    if (bad) {
      const bound = rule.min === 0 ? (rule.exclusiveMin ? 'positive' : 'zero or more') : '';
      errors.add(
        key,
        bound
          ? `must be ${bound}, got ${value}`
          : `must be ${rule.exclusiveMin ? 'greater than' : 'at least'} ${rule.min}, got ${value}`,
      );
      return undefined;
    }
  }
  if (rule.max !== undefined && value > rule.max) {
    errors.add(key, `must be at most ${rule.max}, got ${value}`);
    return undefined;
  }
  return value;
}

/** A non-empty string, else an error naming `key`. */
export function checkString(
  errors: SimSchemaErrors,
  key: string,
  value: unknown,
): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    errors.add(key, `must be a non-empty string, got ${describeType(value)}`);
    return undefined;
  }
  return value;
}

/**
 * One of `allowed`; values listed in `later` get "not supported yet" instead of "unknown" so the
 * user knows the name is right and only the implementation is missing.
 */
export function checkEnum<T extends string>(
  errors: SimSchemaErrors,
  key: string,
  value: unknown,
  allowed: readonly T[],
  later: readonly string[] = [],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  if (typeof value === 'string' && later.includes(value)) {
    errors.add(key, `"${value}" is not supported yet; use ${quoteList(allowed)}`);
    return undefined;
  }
  errors.add(key, `must be one of ${quoteList(allowed)}, got ${describeType(value)}`);
  return undefined;
}

/** Errors for every key of `object` not in `known` ("unknown key"). */
export function checkKnownKeys(
  errors: SimSchemaErrors,
  path: string,
  object: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      errors.add(keyPath(path, key), `unknown key; expected one of ${quoteList(known)}`);
  }
}

/** `"a", "b" or "c"`. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
