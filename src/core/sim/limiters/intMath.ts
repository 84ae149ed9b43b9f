/**
 * Exact integer helpers for limiter state. Every argument is a non-negative safe integer unless
 * stated; results are exact even where a float division would round the wrong way (for example
 * `ceil(x / 1e9)` for x just above a multiple of 1e9). Products that could pass 2^53 go through
 * BigInt, which only happens for extreme but valid settings (year-long windows, huge counts).
 */

/** `floor(a / b)` for integers `a ≥ 0`, `b > 0`. */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  // The float quotient can be off by one near a multiple of b: correct it with exact products.
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/** `ceil(a / b)` for integers `a ≥ 0`, `b > 0`. */
export function ceilDiv(a: number, b: number): number {
  const q = floorDiv(a, b);
  return q * b === a ? q : q + 1;
}

/** `floor(a·b / c)` for integers `a, b ≥ 0`, `c > 0`, exact even when `a·b` passes 2^53. */
export function mulFloorDiv(a: number, b: number, c: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) return floorDiv(p, c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** `ceil(a·b / c)` for integers `a, b ≥ 0`, `c > 0`, exact even when `a·b` passes 2^53. */
export function mulCeilDiv(a: number, b: number, c: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) return ceilDiv(p, c);
  const big = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const q = big / divisor;
  return Number(q * divisor === big ? q : q + 1n);
}

/** `a·b < c·d` for non-negative integers, exact even when a product passes 2^53. */
export function mulLess(a: number, b: number, c: number, d: number): boolean {
  const left = a * b;
  const right = c * d;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left < right;
  return BigInt(a) * BigInt(b) < BigInt(c) * BigInt(d);
}

/**
 * Whole seconds, rounded up, of a duration given as an integer count of `unitsPerSecond` units
 * (1000 for ms, 1e6 for µs, 1e9 for ns). 0 stays 0; negative durations give 0.
 */
export function ceilSeconds(duration: number, unitsPerSecond: number): number {
  return duration <= 0 ? 0 : ceilDiv(duration, unitsPerSecond);
}
