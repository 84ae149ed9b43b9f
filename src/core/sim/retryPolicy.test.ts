import { describe, expect, it } from 'vitest';
import { createRng } from './prng';
import { isRetriable, parseRetryPolicy, retryBackoffMs, type SimRetryPolicy } from './retryPolicy';
import { SimSchemaErrors } from './schemaCheck';
import type { SimCallOutcome } from './types';

function parse(value: unknown): { policy?: SimRetryPolicy; errors: string[] } {
  const errors = new SimSchemaErrors();
  const policy = parseRetryPolicy(errors, 'nodes.n2.retries', value);
  return { policy, errors: errors.list.map((e) => `${e.key}: ${e.message}`) };
}

describe('parseRetryPolicy', () => {
  it('fills Envoy defaults: 1 retry on 5xx, back-off 25 ms to 250 ms, 3 retries in flight', () => {
    expect(parse({}).policy).toEqual({
      numRetries: 1,
      retryOn: ['5xx'],
      perTryTimeoutMs: undefined,
      maxActive: 3,
      backoffBaseMs: 25,
      backoffMaxMs: 250,
    });
  });

  it('takes Envoy’s comma-separated retry_on string too, and parses its own output again', () => {
    const { policy } = parse({ retryOn: '5xx, reset', perTryTimeoutMs: 200, numRetries: 3 });
    expect(policy).toMatchObject({ retryOn: ['5xx', 'reset'], perTryTimeoutMs: 200 });
    expect(parse(policy).policy).toEqual(policy);
  });

  it('names every bad key', () => {
    expect(
      parse({ numRetries: -1, retryOn: [], backoffBaseMs: 100, backoffMaxMs: 50 }).errors,
    ).toEqual([
      'nodes.n2.retries.numRetries: must be zero or more, got -1',
      'nodes.n2.retries.retryOn: must be a non-empty list such as ["5xx", "reset"], got an array',
    ]);
    expect(parse({ backoffBaseMs: 100, backoffMaxMs: 50 }).errors).toEqual([
      'nodes.n2.retries.backoffMaxMs: must be at least backoffBaseMs (100), got 50',
    ]);
    expect(parse('always').errors[0]).toMatch(/^nodes\.n2\.retries: must be an object/);
  });
});

describe('isRetriable (Envoy retry_on)', () => {
  const policy = (...retryOn: SimRetryPolicy['retryOn']): SimRetryPolicy => ({
    ...parse({}).policy!,
    retryOn,
  });
  const cases: [SimRetryPolicy['retryOn'][number], number, SimCallOutcome, boolean][] = [
    ['5xx', 500, 'answered', true],
    ['5xx', 404, 'answered', false],
    ['5xx', 504, 'timeout', true],
    ['5xx', 503, 'refused', true],
    ['gateway-error', 500, 'answered', false],
    ['gateway-error', 502, 'answered', true],
    ['gateway-error', 503, 'reset', true],
    ['reset', 503, 'answered', false],
    ['reset', 504, 'timeout', true],
    ['connect-failure', 503, 'refused', true],
    ['connect-failure', 503, 'reset', false],
    ['retriable-4xx', 409, 'answered', true],
    ['retriable-4xx', 429, 'answered', false],
    ['5xx', 503, 'overflow', false],
    ['5xx', 503, 'no-healthy-upstream', false],
  ];
  it.each(cases)('%s: %i %s → %s', (on, status, outcome, expected) => {
    expect(isRetriable(policy(on), status, outcome)).toBe(expected);
  });
});

describe('retryBackoffMs (full jitter, base 25 ms, cap 250 ms)', () => {
  it('retry n waits a whole number of ms in [0, min(25·2^(n−1), 250))', () => {
    const policy = parse({}).policy!;
    const rng = createRng(3);
    for (const [retry, bound] of [
      [1, 25],
      [2, 50],
      [3, 100],
      [4, 200],
      [5, 250],
      [9, 250],
    ] as const) {
      const draws = Array.from({ length: 2000 }, () => retryBackoffMs(policy, retry, rng));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d < bound)).toBe(true);
      expect(Math.max(...draws)).toBe(bound - 1);
    }
  });
});
