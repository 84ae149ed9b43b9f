import { performance } from 'node:perf_hooks';

/** Median of a non-empty list of numbers (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `task` once to warm up, then `runs` times; returns the median wall time in ms. */
export async function medianMs(runs: number, task: () => unknown): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One row of the printed table: what was measured, our figure, the baseline's, their ratio. */
export interface BenchRow {
  figure: string;
  ours: string;
  baseline: string;
  ratio: string;
}

/** Formats rows as an aligned plain-text table with a header. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header: BenchRow = { figure: 'figure', ours: 'fz', baseline: 'baseline', ratio: 'ratio' };
  const all = [header, ...rows];
  const keys = ['figure', 'ours', 'baseline', 'ratio'] as const;
  const widths = keys.map((key) => Math.max(...all.map((row) => row[key].length)));
  const line = (row: BenchRow) =>
    keys
      .map((key, i) => (i === 0 ? row[key].padEnd(widths[i]!) : row[key].padStart(widths[i]!)))
      .join('   ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}

/** `1234.5` → `1,234.5` style with a fixed number of decimals. */
export function num(value: number, decimals = 1): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}
