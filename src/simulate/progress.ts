/**
 * The simulator's progress report (requests answered so far, expected total) as a fraction in
 * [0, 1] for a progress bar. A zero, negative or non-finite total gives 0.
 */
export function progressFraction(done: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(done)) return 0;
  return Math.min(1, Math.max(0, done / total));
}
