// Figures of the Playwright benchmarks: percentiles and the one table they print.

/** A named series of samples (milliseconds unless `unit` says otherwise). */
export interface BenchSeries {
  name: string;
  samples: number[];
}

/** One printed row: a figure's name, its count and p50/p95/max (or one value), plus a note. */
export interface BenchRow {
  figure: string;
  /** Sample count, or '' for a single value. */
  n: number | string;
  p50: string;
  p95: string;
  max: string;
  note: string;
}

/**
 * The `p`-quantile (0…1) of an ascending list by linear interpolation between the two nearest
 * ranks (type 7 of Hyndman and Fan, what numpy and k6's `p(95)` use). NaN for an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/** `12.3 ms` with one decimal; `—` for NaN. */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—';
}

/** A row with p50, p95 and max of `samples` (milliseconds). */
export function latencyRow(figure: string, samples: readonly number[], note = ''): BenchRow {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    figure,
    n: sorted.length,
    p50: ms(percentile(sorted, 0.5)),
    p95: ms(percentile(sorted, 0.95)),
    max: ms(sorted.at(-1) ?? Number.NaN),
    note,
  };
}

/** A row holding one value (already formatted) in the p50 column. */
export function valueRow(figure: string, value: string, note = ''): BenchRow {
  return { figure, n: '', p50: value, p95: '', max: '', note };
}

/** The rows as one plain-text table (monospace columns), header first. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header: BenchRow = {
    figure: 'figure',
    n: 'n',
    p50: 'p50 / value',
    p95: 'p95',
    max: 'max',
    note: 'note',
  };
  const all = [header, ...rows];
  const width = (key: keyof BenchRow) => Math.max(...all.map((r) => String(r[key]).length));
  const w = {
    figure: width('figure'),
    n: width('n'),
    p50: width('p50'),
    p95: width('p95'),
    max: width('max'),
  };
  const line = (r: BenchRow) =>
    [
      String(r.figure).padEnd(w.figure),
      String(r.n).padStart(w.n),
      r.p50.padStart(w.p50),
      r.p95.padStart(w.p95),
      r.max.padStart(w.max),
      r.note,
    ]
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(line(header).length);
  return [line(header), rule, ...rows.map(line)].join('\n');
}
