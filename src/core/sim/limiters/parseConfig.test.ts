import { describe, expect, it } from 'vitest';
import { createLimiter } from './createLimiter';
import { parseLimiterConfig } from './parseConfig';

const P = 'nodes.n7.limiter';
const errorsOf = (json: unknown, path = P) => {
  const r = parseLimiterConfig(json, path);
  return 'errors' in r ? r.errors : [];
};
const configOf = (json: unknown) => {
  const r = parseLimiterConfig(json, P);
  if (!('config' in r)) throw new Error(r.errors.join('\n'));
  return r.config;
};

describe('parseLimiterConfig', () => {
  it('defaults to Envoy’s bucket of 10 tokens and 5 per second', () => {
    expect(configOf({})).toEqual({
      algorithm: 'token-bucket',
      refill: 'continuous',
      capacity: 10,
      refillPerSec: 5,
      status: 429,
    });
  });

  it('names the key and the bound of a bad number', () => {
    expect(errorsOf({ algorithm: 'leaky-bucket', burst: -1 })).toEqual([
      'nodes.n7.limiter.burst: must be an integer ≥ 0 and ≤ 1000000, got -1',
    ]);
    expect(errorsOf({ algorithm: 'gcra', ratePerSec: Number.NaN })).toEqual([
      'nodes.n7.limiter.ratePerSec: must be a number ≥ 0.001 and ≤ 1000000, got NaN',
    ]);
    expect(errorsOf({ capacity: 2.5 })).toEqual([
      'nodes.n7.limiter.capacity: must be an integer ≥ 1 and ≤ 1000000, got 2.5',
    ]);
    expect(errorsOf({ algorithm: 'sliding-window', limit: '10' })).toEqual([
      'nodes.n7.limiter.limit: must be an integer ≥ 1 and ≤ 1000000000, got "10"',
    ]);
  });

  it('refuses absurd values', () => {
    expect(errorsOf({ algorithm: 'fixed-window', windowMs: 1e15 })).toEqual([
      'nodes.n7.limiter.windowMs: must be an integer ≥ 1 and ≤ 31622400000, got 1000000000000000',
    ]);
    expect(errorsOf({ refillPerSec: Infinity })).toEqual([
      'nodes.n7.limiter.refillPerSec: must be a number ≥ 0.001 and ≤ 1000000, got Infinity',
    ]);
    expect(errorsOf({ algorithm: 'leaky-bucket', status: 200 })).toEqual([
      'nodes.n7.limiter.status: must be an integer ≥ 400 and ≤ 599, got 200',
    ]);
    expect(errorsOf({ algorithm: 'gcra', ratePerSec: 0.001, burst: 1_000_000 })).toEqual([
      'nodes.n7.limiter.burst: is too large for this rate: at most 9006 (the tolerance must stay under 104 days)',
    ]);
  });

  it('lists the valid algorithms for an unknown one', () => {
    expect(errorsOf({ algorithm: 'token_bucket' })).toEqual([
      'nodes.n7.limiter.algorithm: must be one of "token-bucket", "fixed-window", "sliding-window", "gcra", "leaky-bucket", got "token_bucket"',
    ]);
  });

  it('refuses unknown keys and keys of another algorithm', () => {
    expect(errorsOf({ algorithm: 'gcra', capcity: 3, nodelay: true })).toEqual([
      'nodes.n7.limiter.capcity: unknown key; algorithm "gcra" takes "ratePerSec", "burst", "count", "periodSec", "status"',
      'nodes.n7.limiter.nodelay: does not apply to algorithm "gcra"; its keys are "ratePerSec", "burst", "count", "periodSec", "status"',
    ]);
  });

  it('skips the keys the caller says belong to the node', () => {
    const flat = { role: 'rate-limit', key: 'client', algorithm: 'gcra', burst: 1 };
    const r = parseLimiterConfig(flat, 'nodes.n7', { ignoreKeys: ['role', 'key', 'delayMs'] });
    expect(r).toEqual({
      config: { algorithm: 'gcra', burst: 1, emissionNs: 200_000_000, status: 429 },
    });
  });

  it('refuses a non-object and reports every problem at once', () => {
    expect(errorsOf(null, 'nodes.n7')).toEqual([
      'nodes.n7: must be an object of limiter settings, got null',
    ]);
    expect(errorsOf({ algorithm: 'leaky-bucket', burst: -1, nodelay: 'yes' })).toHaveLength(2);
  });

  it('refuses settings that contradict each other', () => {
    expect(errorsOf({ algorithm: 'leaky-bucket', ratePerSec: 1, ratePerMin: 60 })).toEqual([
      'nodes.n7.limiter.ratePerSec: cannot be combined with ratePerMin: NGINX takes either rate=Nr/s or rate=Nr/m',
    ]);
    expect(errorsOf({ algorithm: 'leaky-bucket', nodelay: true, delay: 2 })).toEqual([
      'nodes.n7.limiter.delay: cannot be combined with nodelay: nodelay passes the whole burst undelayed',
    ]);
    expect(errorsOf({ algorithm: 'fixed-window', minute: 100, hour: 50 })).toEqual([
      'nodes.n7.limiter.hour: must be at least the limit of the shorter window minute (100), got 50',
    ]);
    expect(errorsOf({ algorithm: 'fixed-window', minute: 5, limit: 3, windowMs: 60_000 })).toEqual([
      'nodes.n7.limiter.windowMs: is the same window as "minute"; give its limit once',
    ]);
    expect(errorsOf({ algorithm: 'gcra', count: 2 })).toEqual([
      'nodes.n7.limiter.periodSec: is required with count',
    ]);
    expect(errorsOf({ refill: 'timer', refillPerSec: 3 })).toEqual([
      'nodes.n7.limiter.refillPerSec: does not apply when refill is "timer"; give tokensPerFill and fillIntervalMs',
    ]);
    expect(errorsOf({ tokensPerFill: 5, fillIntervalMs: 20 })).toEqual([
      'nodes.n7.limiter.fillIntervalMs: must be an integer ≥ 50 and ≤ 86400000, got 20',
    ]);
  });

  it('converts rates to each system’s integer unit', () => {
    expect(configOf({ algorithm: 'gcra', count: 2, periodSec: 3, burst: 0 })).toMatchObject({
      emissionNs: 1_500_000_000,
    });
    expect(configOf({ algorithm: 'gcra', count: 3, periodSec: 1 })).toMatchObject({
      emissionNs: 333_333_333, // truncated to whole ns, as redis-cell does
    });
    expect(configOf({ algorithm: 'leaky-bucket', ratePerMin: 30 })).toMatchObject({
      rateMilli: 500,
      burst: 0,
      status: 503,
    });
    expect(configOf({ algorithm: 'leaky-bucket', ratePerMin: 7 })).toMatchObject({
      rateMilli: 116,
    });
    expect(configOf({ tokensPerFill: 5, fillIntervalMs: 1000 })).toMatchObject({ refillPerSec: 5 });
  });

  it('orders fixed windows shortest first, calendar windows included', () => {
    const config = configOf({ algorithm: 'fixed-window', year: 1000, minute: 3, month: 100 });
    expect(config).toMatchObject({
      windows: [
        { name: 'minute', limit: 3, length: { kind: 'fixed', ms: 60_000 } },
        { name: 'month', limit: 100, length: { kind: 'month' } },
        { name: 'year', limit: 1000, length: { kind: 'year' } },
      ],
    });
  });

  it('gives a limiter of every algorithm through createLimiter', () => {
    for (const algorithm of [
      'token-bucket',
      'fixed-window',
      'sliding-window',
      'gcra',
      'leaky-bucket',
    ]) {
      const limiter = createLimiter(configOf({ algorithm }));
      expect(limiter.algorithm).toBe(algorithm);
      expect(limiter.decide('k', 0).allowed).toBe(true);
    }
  });
});
