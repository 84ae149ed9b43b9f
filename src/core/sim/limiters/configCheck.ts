/**
 * Value checkers for limiter settings. Each reads one key of a settings object, records a
 * message naming the full key path when the value is bad (`nodes.n7.limiter.burst: must be an
 * integer ≥ 0, got -1`) and returns the default when the key is missing.
 */
import type { SimScenarioError } from '../types';

/** A settings object being checked, and the list its problems go to. */
export class SimSettingsReader {
  readonly issues: SimScenarioError[] = [];
  constructor(
    readonly input: Record<string, unknown>,
    readonly path: string,
  ) {}

  /** The full path of `key`: `nodes.n7.limiter` + `burst` → `nodes.n7.limiter.burst`. */
  at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  has(key: string): boolean {
    return this.input[key] !== undefined;
  }

  add(key: string, message: string): void {
    this.issues.push({ key: this.at(key), message });
  }

  /** An integer in `[min, max]`; `fallback` when missing, `undefined` when bad. */
  int(key: string, min: number, max: number, fallback: number): number | undefined {
    const v = this.input[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.add(key, `must be an integer ≥ ${min} and ≤ ${max}, got ${show(v)}`);
      return undefined;
    }
    return v;
  }

  /** A finite number in `[min, max]`; `fallback` when missing, `undefined` when bad. */
  num(key: string, min: number, max: number, fallback: number): number | undefined {
    const v = this.input[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      this.add(key, `must be a number ≥ ${min} and ≤ ${max}, got ${show(v)}`);
      return undefined;
    }
    return v;
  }

  /** `true` or `false`; `fallback` when missing, `undefined` when bad. */
  bool(key: string, fallback: boolean): boolean | undefined {
    const v = this.input[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') {
      this.add(key, `must be true or false, got ${show(v)}`);
      return undefined;
    }
    return v;
  }

  /** One of `values`; `fallback` when missing, `undefined` when bad. */
  oneOf<T extends string>(key: string, values: readonly T[], fallback: T): T | undefined {
    const v = this.input[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      this.add(key, `must be one of ${quoteList(values)}, got ${show(v)}`);
      return undefined;
    }
    return v as T;
  }

  /** Records that `key` and `other` were both given but exclude each other. */
  exclusive(key: string, other: string, why: string): boolean {
    if (!this.has(key) || !this.has(other)) return false;
    this.add(key, `cannot be combined with ${other}: ${why}`);
    return true;
  }
}

/** A value as messages show it: numbers bare (`-1`, `NaN`), strings quoted, else its kind. */
export function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** `"a", "b", "c"`. */
export function quoteList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
