/**
 * Shared, immutable id strings: `n1`, `n2`, … and `e1`, `e2`, … are the same few strings in every
 * analysis, so they are made once per process instead of once per keystroke (the studio re-analyses
 * the whole text on every edit). A cache of constants, so analyses stay pure; capped in size.
 */

/** Largest number whose id string is cached (about 10 MB of strings at most). */
export const MAX_CACHED_ID = 200_000;

const nodeIds: string[] = [];
const edgeIds: string[] = [];

function cached(cache: string[], prefix: string, n: number): string {
  if (n > MAX_CACHED_ID) return `${prefix}${n}`;
  // Fill densely: a sparse write would turn the array into a slow dictionary.
  while (cache.length <= n) cache.push(`${prefix}${cache.length}`);
  return cache[n]!;
}

/** `n<n>` as a shared string (n ≥ 1, no leading zeros by construction). */
export function nodeIdString(n: number): string {
  return cached(nodeIds, 'n', n);
}

/** `e<n>` as a shared string. */
export function edgeIdString(n: number): string {
  return cached(edgeIds, 'e', n);
}
