import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTLIER_DETECTION } from './config';
import { createOutlierDetector } from './outlier';

const config = (over: Partial<typeof DEFAULT_OUTLIER_DETECTION> = {}) => ({
  ...DEFAULT_OUTLIER_DETECTION,
  ...over,
});

describe('consecutive 5xx ejection (Envoy outlier detection)', () => {
  it('ejects on exactly the 5th consecutive 5xx by default, on that response', () => {
    const od = createOutlierDetector(config(), 1);
    for (let k = 0; k < 4; k++) expect(od.onResponse(100 + k, 0, 503)).toBeUndefined();
    expect(od.ejected(0)).toBe(false);
    expect(od.onResponse(104, 0, 500)).toEqual({
      kind: 'ejected',
      instance: 0,
      times: 1,
      durationMs: 30_000,
    });
    expect(od.ejected(0)).toBe(true);
  });

  it('any non-5xx resets the count; 499 and 600 are not 5xx', () => {
    const od = createOutlierDetector(config({ consecutive5xx: 3 }), 1);
    for (const status of [500, 502, 200, 504, 599, 499, 503, 503, 600, 503, 503]) {
      expect(od.onResponse(0, 0, status)).toBeUndefined();
    }
    expect(od.onResponse(0, 0, 502)?.kind).toBe('ejected');
  });

  it('lasts base × multiplier, returns on the first sweep after that, and decays when clean', () => {
    const od = createOutlierDetector(
      config({ consecutive5xx: 1, intervalMs: 1000, baseEjectionTimeMs: 3000 }),
      2,
    );
    const returns: number[] = [];
    let t = 1000;
    const sweepUntilBack = (): void => {
      for (t = od.nextSweepAt(t); ; t = od.nextSweepAt(t)) {
        if (od.sweep(t).length > 0) break;
      }
      returns.push(t);
    };
    expect(od.onResponse(1000, 0, 503)).toMatchObject({ times: 1, durationMs: 3000 });
    sweepUntilBack(); // 1000 + 3000
    expect(od.onResponse(t, 0, 503)).toMatchObject({ times: 2, durationMs: 6000 });
    sweepUntilBack(); // 4000 + 6000
    expect(od.onResponse(t, 0, 503)).toMatchObject({ times: 3, durationMs: 9000 });
    sweepUntilBack(); // 10000 + 9000
    expect(returns).toEqual([4000, 10_000, 19_000]);
    // Two clean sweeps (20 000, 21 000) bring the multiplier from 3 down to 1.
    od.sweep(20_000);
    od.sweep(21_000);
    expect(od.onResponse(21_500, 0, 503)).toMatchObject({ times: 4, durationMs: 6000 });
    expect(od.sweep(27_000)).toEqual([]); // 5500 ms < 6000 ms
    expect(od.sweep(28_000)).toEqual([{ kind: 'unejected', instance: 0 }]);
  });

  it('caps an ejection at maxEjectionTimeMs', () => {
    const od = createOutlierDetector(
      config({
        consecutive5xx: 1,
        intervalMs: 1000,
        baseEjectionTimeMs: 3000,
        maxEjectionTimeMs: 5000,
      }),
      1,
    );
    const durations: number[] = [];
    for (let k = 0; k < 5; k++) {
      const start = k * 100_000;
      const e = od.onResponse(start, 0, 503);
      if (e?.kind === 'ejected') durations.push(e.durationMs);
      od.sweep(start + 5000); // back after at most 5000 ms; no clean sweep in between
    }
    expect(durations).toEqual([3000, 5000, 5000, 5000, 5000]);
  });

  it('responses from an ejected instance only count; the sweep that returns it clears the count', () => {
    const od = createOutlierDetector(
      config({ consecutive5xx: 2, intervalMs: 1000, baseEjectionTimeMs: 1000 }),
      1,
    );
    od.onResponse(0, 0, 503);
    expect(od.onResponse(0, 0, 503)?.kind).toBe('ejected');
    for (let k = 0; k < 5; k++) expect(od.onResponse(10, 0, 503)).toBeUndefined();
    expect(od.sweep(1000)).toEqual([{ kind: 'unejected', instance: 0 }]);
    expect(od.onResponse(1001, 0, 503)).toBeUndefined(); // the count restarted at 0
    expect(od.onResponse(1002, 0, 503)?.kind).toBe('ejected');
  });

  it('sweeps every intervalMs from t = 0', () => {
    const od = createOutlierDetector(config(), 1);
    expect(od.nextSweepAt(0)).toBe(10_000);
    expect(od.nextSweepAt(9_999)).toBe(10_000);
    expect(od.nextSweepAt(10_000)).toBe(20_000);
  });
});

describe('max ejection percent (strict: 100 · ejected / total < max)', () => {
  it('1 of 1 host can be ejected at 10 % (0 < 10)', () => {
    const od = createOutlierDetector(config({ consecutive5xx: 1 }), 1);
    expect(od.onResponse(0, 0, 503)?.kind).toBe('ejected');
  });

  it('of 10 hosts at 10 % only one is ejected; later attempts overflow', () => {
    const od = createOutlierDetector(config({ consecutive5xx: 1 }), 10);
    expect(od.onResponse(0, 0, 503)?.kind).toBe('ejected');
    expect(od.onResponse(0, 1, 503)).toEqual({ kind: 'overflow', instance: 1 });
    expect(od.onResponse(0, 2, 503)).toEqual({ kind: 'overflow', instance: 2 });
    expect(od.ejectedCount).toBe(1);
    expect(od.overflows).toBe(2);
  });

  it('at 50 % of 4 hosts the boundary is strict: 2 ejected (25 % before the 2nd), the 3rd overflows', () => {
    const od = createOutlierDetector(config({ consecutive5xx: 1, maxEjectionPercent: 50 }), 4);
    expect(od.onResponse(0, 0, 503)?.kind).toBe('ejected');
    expect(od.onResponse(0, 1, 503)?.kind).toBe('ejected');
    expect(od.onResponse(0, 2, 503)?.kind).toBe('overflow'); // 50 < 50 is false
  });

  it('0 % never ejects', () => {
    const od = createOutlierDetector(config({ consecutive5xx: 1, maxEjectionPercent: 0 }), 3);
    expect(od.onResponse(0, 0, 503)?.kind).toBe('overflow');
  });
});
