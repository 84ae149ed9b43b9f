import { describe, expect, it } from 'vitest';
import { SimTimeSeriesBuilder, timeSeriesWindowFor } from './timeSeries';

describe('SimTimeSeriesBuilder', () => {
  it('puts each response in its 100 ms window with status counts and k6 percentiles', () => {
    const series = new SimTimeSeriesBuilder();
    series.add(0, 200, 4);
    series.add(50, 429, 1);
    series.add(99.999, 200, 2);
    series.add(100, 200, 10);
    const { windowMs, points } = series.finish();
    expect(windowMs).toBe(100);
    expect(points).toEqual([
      {
        t: 0,
        responses: 3,
        status: { '200': 2, '429': 1 },
        latencyMs: { med: 2, p95: 3.8, p99: 3.96 },
      },
      { t: 100, responses: 1, status: { '200': 1 }, latencyMs: { med: 10, p95: 10, p99: 10 } },
    ]);
  });

  it('keeps empty windows between responses so the time axis is regular', () => {
    const series = new SimTimeSeriesBuilder(250);
    series.add(10, 200, 1);
    series.add(760, 503, 2);
    expect(series.finish().points.map((p) => [p.t, p.responses])).toEqual([
      [0, 1],
      [250, 0],
      [500, 0],
      [750, 1],
    ]);
  });

  it('an empty run has no points', () => {
    expect(new SimTimeSeriesBuilder().finish()).toEqual({ windowMs: 100, points: [] });
  });

  it('refuses a window that is not a positive number', () => {
    expect(() => new SimTimeSeriesBuilder(0)).toThrow(/positive/);
    expect(() => new SimTimeSeriesBuilder(Number.NaN)).toThrow(/positive/);
  });
});

describe('timeSeriesWindowFor', () => {
  it('keeps 100 ms up to 10,000 points and widens in 1-2-5 steps beyond', () => {
    expect(timeSeriesWindowFor(60_000)).toBe(100);
    expect(timeSeriesWindowFor(1_000_000)).toBe(100);
    expect(timeSeriesWindowFor(1_000_001)).toBe(200);
    expect(timeSeriesWindowFor(4_000_000)).toBe(500);
    expect(timeSeriesWindowFor(250_000_000)).toBe(50_000);
    expect(timeSeriesWindowFor(Number.NaN)).toBe(100);
  });
});
