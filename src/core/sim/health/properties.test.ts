import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_HOST, createPicker, type SimPolicy } from '../balancer';
import { createRng } from '../prng';
import { SIM_INSTANCE_STATES, defaultHealthConfig, type SimHealthConfig } from './config';
import { driveRequests } from './testDriver';
import { createHealthTracker } from './tracker';

const POLICIES: SimPolicy[] = [
  'round-robin',
  'random',
  'least-request',
  'consistent-hash',
  'maglev',
];

/** A random service: 1–8 instances, outages, active checks and/or outlier detection, a threshold. */
const arbService = fc
  .record({
    instances: fc.integer({ min: 1, max: 8 }),
    events: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 20_000 }),
        instance: fc.nat({ max: 7 }),
        state: fc.constantFrom(...SIM_INSTANCE_STATES),
      }),
      { maxLength: 12 },
    ),
    interval: fc.integer({ min: 50, max: 3000 }),
    timeoutShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
    unhealthy: fc.integer({ min: 1, max: 4 }),
    healthy: fc.integer({ min: 1, max: 4 }),
    firstCheck: fc.integer({ min: 0, max: 3000 }),
    active: fc.boolean(),
    outlier: fc.boolean(),
    consecutive5xx: fc.integer({ min: 1, max: 5 }),
    maxEjectionPercent: fc.integer({ min: 0, max: 100 }),
    panic: fc.constantFrom(0, 25, 50, 100),
  })
  .map((s): { instances: number; config: SimHealthConfig } => ({
    instances: s.instances,
    config: {
      ...defaultHealthConfig(),
      events: s.events
        .map((e) => ({ ...e, instance: e.instance % s.instances }))
        .sort((a, b) => a.at - b.at),
      activeCheck: s.active
        ? {
            intervalMs: s.interval,
            timeoutMs: Math.max(1, Math.round(s.interval * s.timeoutShare)),
            unhealthyThreshold: s.unhealthy,
            healthyThreshold: s.healthy,
            firstCheckMs: s.firstCheck,
          }
        : undefined,
      outlierDetection: s.outlier
        ? {
            consecutive5xx: s.consecutive5xx,
            intervalMs: s.interval,
            baseEjectionTimeMs: 2 * s.interval,
            maxEjectionTimeMs: 20 * s.interval,
            maxEjectionPercent: s.maxEjectionPercent,
          }
        : undefined,
      panicThresholdPercent: s.panic,
      routeTimeoutMs: 1500,
    },
  }));

const arbTimes = fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 150 });

describe('health properties', () => {
  it('never picks a host the gateway sees as unhealthy, unless in panic', () => {
    fc.assert(
      fc.property(
        arbService,
        arbTimes,
        fc.constantFrom(...POLICIES),
        fc.nat(),
        ({ instances, config }, times, policy, seed) => {
          const tracker = createHealthTracker(config, instances);
          const picker = createPicker(policy, createRng(seed), { maglevTableSize: 211 });
          const results = driveRequests(tracker, picker, times, {
            serviceMs: 20,
            status: (i, t) => ((i + Math.floor(t / 1000)) % 3 === 0 ? 500 : 200),
            client: (k) => `c${k % 17}`,
          });
          for (const r of results) {
            if (r.instance === NO_HOST) {
              // Only when nothing is healthy and panic is off.
              expect(r.healthy).toEqual([]);
              expect(config.panicThresholdPercent).toBe(0);
            } else if (r.panic) {
              expect(r.instance).toBeGreaterThanOrEqual(0);
              expect(r.instance).toBeLessThan(instances);
            } else {
              expect(r.healthy).toContain(r.instance);
            }
          }
        },
      ),
      { seed: 2024, numRuns: 150 },
    );
  });

  it('a call to an instance that is really down or hung never answers 200', () => {
    fc.assert(
      fc.property(arbService, arbTimes, fc.nat(), ({ instances, config }, times, seed) => {
        const tracker = createHealthTracker(config, instances);
        const results = driveRequests(tracker, createPicker('random', createRng(seed)), times, {
          serviceMs: 20,
        });
        for (const r of results) {
          if (r.instance === NO_HOST) continue;
          const state = tracker.timeline.stateAt(r.instance, r.sentAt);
          if (state === 'down') expect([r.status, r.answeredAt]).toEqual([503, r.sentAt]);
          if (state === 'unresponsive')
            expect([r.status, r.answeredAt]).toEqual([504, r.sentAt + 1500]);
        }
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('skipping settled check rounds and idle sweeps changes nothing', () => {
    fc.assert(
      fc.property(arbService, arbTimes, ({ instances, config }, times) => {
        const logs = [true, false].map((skip) => {
          const tracker = createHealthTracker(config, instances, { skipIdle: skip });
          driveRequests(tracker, createPicker('round-robin', createRng(1)), times, {
            serviceMs: 20,
            status: (i) => (i === 0 ? 503 : 200),
          });
          tracker.advance(40_000);
          return tracker.takeLog();
        });
        expect(logs[0]).toEqual(logs[1]);
      }),
      { seed: 99, numRuns: 150 },
    );
  });
});
