/**
 * Names for Kong's per-window headers (`X-RateLimit-Limit-Minute`). Kong's open-source plugin
 * only has the six named periods; a window of another length is named by its length in seconds
 * (`X-RateLimit-Limit-45`), which is how we understand Kong Rate Limiting Advanced to name
 * custom `window_size`s (its source is closed, so this part is our convention).
 */

const NAMED_LENGTHS_MS: ReadonlyMap<number, string> = new Map([
  [1000, 'second'],
  [60_000, 'minute'],
  [3_600_000, 'hour'],
  [86_400_000, 'day'],
]);

/**
 * The lower-case header suffix for a clock-aligned window of `windowMs`: `second`, `minute`,
 * `hour`, `day`, else the whole number of seconds, else `null` (no Kong headers for windows
 * that are not whole seconds). Fixed lengths up to a day align like Kong's calendar periods, so
 * they share the names; a 30-day window is not a calendar month and is named `2592000`.
 */
export function windowName(windowMs: number): string | null {
  const named = NAMED_LENGTHS_MS.get(windowMs);
  if (named !== undefined) return named;
  return windowMs % 1000 === 0 ? String(windowMs / 1000) : null;
}
