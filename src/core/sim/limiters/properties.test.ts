/**
 * Properties every limiter keeps over any request sequence (fast-check): the admission bounds
 * of its algorithm, exact Retry-After, determinism, per-key isolation, and that dropping full
 * entries (bounded memory) changes no decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  SimGcraConfig,
  SimLeakyBucketConfig,
  SimLimiterConfig,
  SimSlidingWindowConfig,
  SimTokenBucketConfig,
  SimWindowSpec,
} from './config';
import { windowAt } from './calendar';
import { createLimiter } from './createLimiter';
import { parseLimiterConfig } from './parseConfig';
import type { SimLimitDecision, SimLimiterOptions } from './types';

interface Req {
  key: string;
  /** Virtual time in ms with up to 3 decimals (as the engine rounds latencies). */
  ms: number;
}

const EPOCH_2026 = Date.UTC(2026, 0, 1);

const config = (json: Record<string, unknown>): SimLimiterConfig => {
  const parsed = parseLimiterConfig(json, 'limiter');
  if (!('config' in parsed)) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
};

const configs: Record<string, fc.Arbitrary<SimLimiterConfig>> = {
  'token-bucket': fc
    .record({ capacity: fc.integer({ min: 1, max: 5 }), milli: fc.integer({ min: 1, max: 5000 }) })
    .map(({ capacity, milli }) => config({ capacity, refillPerSec: milli / 1000 })),
  'token-bucket (timer)': fc
    .record({
      capacity: fc.integer({ min: 1, max: 5 }),
      tokensPerFill: fc.integer({ min: 1, max: 3 }),
      fillIntervalMs: fc.integer({ min: 50, max: 2000 }),
    })
    .map((s) => config({ refill: 'timer', ...s })),
  'fixed-window': fc
    .record({
      second: fc.option(fc.integer({ min: 1, max: 3 })),
      minute: fc.option(fc.integer({ min: 1, max: 6 })),
      hour: fc.option(fc.integer({ min: 1, max: 9 })),
      custom: fc.option(
        fc.record({
          limit: fc.integer({ min: 1, max: 9 }),
          windowMs: fc.integer({ min: 1, max: 5000 }),
        }),
      ),
    })
    .map(({ custom, ...periods }) => {
      const json: Record<string, unknown> = { algorithm: 'fixed-window', ...custom };
      for (const [p, limit] of Object.entries(periods)) if (limit !== null) json[p] = limit;
      return json;
    })
    // Keep what Kong accepts: no longer window with a lower limit, no window given twice.
    .filter((json) => 'config' in parseLimiterConfig(json, 'limiter'))
    .map(config),
  'sliding-window': fc
    .record({
      limit: fc.integer({ min: 1, max: 5 }),
      windowMs: fc.integer({ min: 100, max: 5000 }),
      disablePenalty: fc.boolean(),
    })
    .map((s) => config({ algorithm: 'sliding-window', ...s })),
  gcra: fc
    .record({
      burst: fc.integer({ min: 0, max: 4 }),
      count: fc.integer({ min: 1, max: 5 }),
      periodSec: fc.integer({ min: 1, max: 3 }),
    })
    .map((s) => config({ algorithm: 'gcra', ...s })),
  'leaky-bucket': fc
    .record({
      milli: fc.integer({ min: 100, max: 5000 }),
      burst: fc.integer({ min: 0, max: 4 }),
      mode: fc.oneof(fc.constant<'nodelay'>('nodelay'), fc.integer({ min: 0, max: 3 })),
    })
    .map(({ milli, burst, mode }) =>
      config({
        algorithm: 'leaky-bucket',
        ratePerSec: milli / 1000,
        burst,
        ...(mode === 'nodelay' ? { nodelay: true } : { delay: mode }),
      }),
    ),
};

/** Non-decreasing request times: gaps of 0 (bursts) to 3 s in whole µs, over up to 3 keys. */
const requests = fc
  .array(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      gapUs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 })),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((steps) => {
    let us = 0;
    return steps.map(({ key, gapUs }): Req => {
      us += gapUs;
      return { key, ms: us / 1000 };
    });
  });

const epochs = fc.integer({ min: EPOCH_2026, max: EPOCH_2026 + 365 * 86_400_000 });

function run(c: SimLimiterConfig, reqs: readonly Req[], options: SimLimiterOptions = {}) {
  const limiter = createLimiter(c, options);
  return reqs.map((r) => limiter.decide(r.key, r.ms));
}

/** Checks `count ≤ bound(first, last)` for every run of admitted requests of one key. */
function forAdmittedRuns(
  reqs: readonly Req[],
  ds: readonly SimLimitDecision[],
  bound: (first: Req, last: Req) => number,
): void {
  for (const key of ['a', 'b', 'c']) {
    const admitted = reqs.filter((r, i) => r.key === key && ds[i]!.allowed);
    for (let i = 0; i < admitted.length; i++) {
      for (let j = i; j < admitted.length; j++) {
        expect(j - i + 1).toBeLessThanOrEqual(bound(admitted[i]!, admitted[j]!));
      }
    }
  }
}

/** Admitted requests of each key per clock-aligned window never exceed that window's limit. */
function perAlignedWindow(
  reqs: readonly Req[],
  ds: readonly SimLimitDecision[],
  windows: readonly SimWindowSpec[],
  epochMs: number,
): void {
  for (const w of windows) {
    const counts = new Map<string, number>();
    reqs.forEach((r, i) => {
      if (!ds[i]!.allowed) return;
      const id = `${r.key}@${windowAt(w.length, epochMs + Math.floor(r.ms)).startMs}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    for (const n of counts.values()) expect(n).toBeLessThanOrEqual(w.limit);
  }
}

describe('limiter properties', () => {
  it('token bucket never admits more than capacity + rate × elapsed', () => {
    fc.assert(
      fc.property(configs['token-bucket']!, requests, (c, reqs) => {
        const { capacity, refillPerSec } = c as Extract<
          SimTokenBucketConfig,
          { refill: 'continuous' }
        >;
        const unitsPerUs = Math.max(1, Math.round(refillPerSec * 1000));
        const us = (r: Req) => Math.round(r.ms * 1000);
        forAdmittedRuns(reqs, run(c, reqs), (f, l) =>
          Math.floor((capacity * 1e9 + unitsPerUs * (us(l) - us(f))) / 1e9),
        );
      }),
    );
  });

  it('timer bucket never admits more than capacity + tokensPerFill × ticks', () => {
    fc.assert(
      fc.property(configs['token-bucket (timer)']!, requests, (c, reqs) => {
        const { capacity, tokensPerFill, fillIntervalMs } = c as Extract<
          SimTokenBucketConfig,
          { refill: 'timer' }
        >;
        const tick = (r: Req) => Math.floor(r.ms / fillIntervalMs);
        forAdmittedRuns(
          reqs,
          run(c, reqs),
          (f, l) => capacity + tokensPerFill * (tick(l) - tick(f)),
        );
      }),
    );
  });

  it('GCRA never admits more than burst + 1 + elapsed / emission interval', () => {
    fc.assert(
      fc.property(configs.gcra!, requests, (c, reqs) => {
        const { burst, emissionNs } = c as SimGcraConfig;
        const ns = (r: Req) => Math.round(r.ms * 1e6);
        forAdmittedRuns(
          reqs,
          run(c, reqs),
          (f, l) => burst + 1 + Math.floor((ns(l) - ns(f)) / emissionNs),
        );
      }),
    );
  });

  it('leaky bucket never admits more than burst + 1 + rate × elapsed', () => {
    fc.assert(
      fc.property(configs['leaky-bucket']!, requests, (c, reqs) => {
        const { burst, rateMilli } = c as SimLeakyBucketConfig;
        const ms = (r: Req) => Math.floor(r.ms);
        forAdmittedRuns(
          reqs,
          run(c, reqs),
          (f, l) => burst + 1 + Math.floor((rateMilli * (ms(l) - ms(f))) / 1e6),
        );
      }),
    );
  });

  it('fixed windows admit exactly while every window has room, never more than its limit', () => {
    fc.assert(
      fc.property(configs['fixed-window']!, requests, epochs, (c, reqs, epochMs) => {
        if (c.algorithm !== 'fixed-window') throw new Error('generator');
        const ds = run(c, reqs, { epochMs });
        perAlignedWindow(reqs, ds, c.windows, epochMs);
        // Reference: recount the admitted requests of each window from scratch.
        reqs.forEach((r, i) => {
          const t = epochMs + Math.floor(r.ms);
          const full = c.windows.some((w) => {
            const { startMs } = windowAt(w.length, t);
            const used = reqs
              .slice(0, i)
              .filter(
                (q, k) =>
                  q.key === r.key &&
                  ds[k]!.allowed &&
                  windowAt(w.length, epochMs + Math.floor(q.ms)).startMs === startMs,
              ).length;
            return used >= w.limit;
          });
          expect(ds[i]!.allowed).toBe(!full);
        });
      }),
    );
  });

  it('sliding windows keep each aligned window under the limit and any span of W under 2 × limit', () => {
    fc.assert(
      fc.property(configs['sliding-window']!, requests, epochs, (c, reqs, epochMs) => {
        const { limit, windowMs } = c as SimSlidingWindowConfig;
        const ds = run(c, reqs, { epochMs });
        perAlignedWindow(
          reqs,
          ds,
          [{ name: null, limit, length: { kind: 'fixed', ms: windowMs }, nominalSeconds: 0 }],
          epochMs,
        );
        forAdmittedRuns(reqs, ds, (f, l) =>
          Math.floor(l.ms) - Math.floor(f.ms) < windowMs ? 2 * limit : Infinity,
        );
      }),
    );
  });

  it('sliding windows decide as the exact estimate prev·(W − e)/W + cur < limit says', () => {
    fc.assert(
      fc.property(configs['sliding-window']!, requests, epochs, (c, reqs, epochMs) => {
        const { limit, windowMs: w, disablePenalty } = c as SimSlidingWindowConfig;
        const ds = run(c, reqs, { epochMs });
        reqs.forEach((r, i) => {
          const t = epochMs + Math.floor(r.ms);
          const k = Math.floor(t / w);
          const counted = reqs
            .slice(0, i)
            .filter((q, j) => q.key === r.key && (ds[j]!.allowed || !disablePenalty))
            .map((q) => Math.floor((epochMs + Math.floor(q.ms)) / w));
          const cur = BigInt(counted.filter((x) => x === k).length);
          const prev = BigInt(counted.filter((x) => x === k - 1).length);
          const e = BigInt(t - k * w);
          const W = BigInt(w);
          expect(ds[i]!.allowed).toBe(prev * (W - e) + cur * W < BigInt(limit) * W);
        });
      }),
    );
  });

  const allConfigs = fc.oneof(...Object.values(configs));

  it.each(Object.keys(configs))(
    '%s: Retry-After is exact, admitted at now + retryAfterMs and refused one time unit sooner',
    (name) => {
      fc.assert(
        fc.property(configs[name]!, requests, epochs, (c, reqs, epochMs) => {
          const ds = run(c, reqs, { epochMs });
          const rejected = ds.flatMap((d, i) => (d.outcome === 'rejected' ? [i] : []));
          // Up to four rejections, spread over the run.
          const picked = new Set(
            [0, 1, 2, 3].map((q) => rejected[Math.floor((q * rejected.length) / 4)]),
          );
          for (const i of picked) {
            if (i === undefined) continue;
            const d = ds[i]!;
            expect(d.retryAfterSeconds).toBe(Math.max(1, Math.ceil(d.retryAfterMs / 1000 - 1e-9)));
            expect(d.headers['retry-after']).toBe(String(d.retryAfterSeconds));
            const probe = (ms: number) => {
              const limiter = createLimiter(c, { epochMs });
              for (const r of reqs.slice(0, i + 1)) limiter.decide(r.key, r.ms);
              return limiter.decide(reqs[i]!.key, ms).allowed;
            };
            expect(probe(reqs[i]!.ms + d.retryAfterMs)).toBe(true);
            expect(probe(reqs[i]!.ms + d.retryAfterMs - timeUnitMs(c))).toBe(false);
          }
        }),
      );
    },
  );

  it('is deterministic, keeps keys apart, forgets full keys without changing a decision, and always sets the RateLimit headers', () => {
    fc.assert(
      fc.property(allConfigs, requests, epochs, (c, reqs, epochMs) => {
        const first = run(c, reqs, { epochMs });
        expect(run(c, reqs, { epochMs })).toEqual(first);
        expect(run(c, reqs, { epochMs, sweepMinKeys: 0 })).toEqual(first);
        for (const d of first) {
          expect(Object.keys(d.headers)).toEqual(
            expect.arrayContaining(['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']),
          );
          expect('retry-after' in d.headers).toBe(d.outcome === 'rejected');
          expect(d.status !== undefined).toBe(d.outcome === 'rejected');
          expect(d.delayMs > 0).toBe(d.outcome === 'delayed');
          expect(d.remaining).toBeGreaterThanOrEqual(0);
          expect(d.remaining).toBeLessThanOrEqual(d.limit);
        }
        const onlyA = reqs.filter((r) => r.key === 'a');
        expect(run(c, onlyA, { epochMs })).toEqual(first.filter((_, i) => reqs[i]!.key === 'a'));
      }),
    );
  });
});

/** The finest time step each algorithm sees, in ms. */
function timeUnitMs(c: SimLimiterConfig): number {
  switch (c.algorithm) {
    case 'token-bucket':
      return 0.001; // µs (the timer bucket compares exact ms, so 1 µs sooner is the previous tick too)
    case 'gcra':
      return 0.000_001; // ns
    case 'fixed-window':
    case 'sliding-window':
    case 'leaky-bucket':
      return 1;
  }
}
