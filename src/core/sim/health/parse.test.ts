import { describe, expect, it } from 'vitest';
import { parseHealthConfig } from './parse';

const PATH = 'nodes.n14.health';

function errorsOf(json: unknown, instances?: number) {
  const result = parseHealthConfig(json, PATH, instances === undefined ? {} : { instances });
  if (!('errors' in result)) throw new Error('expected errors');
  return result.errors;
}

function configOf(json: unknown) {
  const result = parseHealthConfig(json, PATH);
  if (!('config' in result)) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

describe('parseHealthConfig', () => {
  it('an empty object: always up, no checks, no outlier detection, panic at 50 %, route timeout 15 s', () => {
    expect(configOf({})).toEqual({
      events: [],
      activeCheck: undefined,
      outlierDetection: undefined,
      panicThresholdPercent: 50,
      routeTimeoutMs: 15_000,
    });
  });

  it('fills Kubernetes probe and Envoy outlier defaults for empty sections', () => {
    const config = configOf({ activeCheck: {}, outlierDetection: {} });
    expect(config.activeCheck).toEqual({
      intervalMs: 10_000,
      timeoutMs: 1000,
      unhealthyThreshold: 3,
      healthyThreshold: 1,
      firstCheckMs: 10_000,
    });
    expect(config.outlierDetection).toEqual({
      consecutive5xx: 5,
      intervalMs: 10_000,
      baseEjectionTimeMs: 30_000,
      maxEjectionTimeMs: 300_000,
      maxEjectionPercent: 10,
    });
  });

  it('defaults the first check to one interval and the timeout to at most the interval', () => {
    expect(configOf({ activeCheck: { intervalMs: 500 } }).activeCheck).toMatchObject({
      firstCheckMs: 500,
      timeoutMs: 500,
    });
  });

  it('defaults maxEjectionTimeMs to the larger of 300 s and the base (Envoy)', () => {
    const config = configOf({ outlierDetection: { baseEjectionTimeMs: 400_000 } });
    expect(config.outlierDetection?.maxEjectionTimeMs).toBe(400_000);
  });

  it('sorts events by time, keeping file order at equal times', () => {
    const config = configOf({
      events: [
        { at: 3000, instance: 0, state: 'up' },
        { at: 1000, instance: 0, state: 'down' },
        { at: 3000, instance: 1, state: 'unresponsive' },
      ],
    });
    expect(config.events.map((e) => `${e.at}:${e.instance}:${e.state}`)).toEqual([
      '1000:0:down',
      '3000:0:up',
      '3000:1:unresponsive',
    ]);
  });

  it('refuses a non-object, naming the path', () => {
    expect(errorsOf([])).toEqual([
      { key: PATH, message: 'must be an object of health settings, got an array' },
    ]);
  });

  it('names every bad key', () => {
    const errors = errorsOf({
      bogus: 1,
      panicThresholdPercent: 120,
      routeTimeoutMs: 0,
      activeCheck: { intervalMs: -1, unhealthyThreshold: 1.5, extra: true },
      outlierDetection: { consecutive5xx: 0, maxEjectionPercent: 'ten' },
      events: [{ at: -5, instance: 'one', state: 'sleeping' }, { at: 1 }, 7],
    });
    expect(errors.map((e) => e.key).sort()).toEqual(
      [
        `${PATH}.bogus`,
        `${PATH}.panicThresholdPercent`,
        `${PATH}.routeTimeoutMs`,
        `${PATH}.activeCheck.intervalMs`,
        `${PATH}.activeCheck.unhealthyThreshold`,
        `${PATH}.activeCheck.extra`,
        `${PATH}.outlierDetection.consecutive5xx`,
        `${PATH}.outlierDetection.maxEjectionPercent`,
        `${PATH}.events[0].at`,
        `${PATH}.events[0].instance`,
        `${PATH}.events[0].state`,
        `${PATH}.events[1].instance`,
        `${PATH}.events[1].state`,
        `${PATH}.events[2]`,
      ].sort(),
    );
    const state = errors.find((e) => e.key === `${PATH}.events[0].state`);
    expect(state?.message).toBe(
      'must be one of "up", "down" or "unresponsive", got the string "sleeping"',
    );
    expect(errors.find((e) => e.key === `${PATH}.events[1].instance`)?.message).toBe('is required');
  });

  it('refuses an instance index at or above the instance count', () => {
    expect(errorsOf({ events: [{ at: 0, instance: 3, state: 'down' }] }, 3)).toEqual([
      { key: `${PATH}.events[0].instance`, message: 'must be at most 2, got 3' },
    ]);
  });

  it('refuses a check timeout longer than the interval', () => {
    expect(errorsOf({ activeCheck: { intervalMs: 1000, timeoutMs: 1500 } })).toEqual([
      {
        key: `${PATH}.activeCheck.timeoutMs`,
        message:
          'must not exceed intervalMs (1000): a check must end before the next one starts, got 1500',
      },
    ]);
  });

  it('refuses a max ejection time below the base', () => {
    expect(
      errorsOf({ outlierDetection: { baseEjectionTimeMs: 5000, maxEjectionTimeMs: 1000 } }),
    ).toEqual([
      {
        key: `${PATH}.outlierDetection.maxEjectionTimeMs`,
        message: 'must be at least baseEjectionTimeMs (5000), got 1000',
      },
    ]);
  });

  it('refuses sections of the wrong type', () => {
    expect(
      errorsOf({ activeCheck: true, outlierDetection: 5, events: {} }).map((e) => e.key),
    ).toEqual([`${PATH}.events`, `${PATH}.activeCheck`, `${PATH}.outlierDetection`]);
  });
});
