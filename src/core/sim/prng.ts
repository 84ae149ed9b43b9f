/**
 * Seeded pseudo-random numbers for the simulator. Nothing here reads the wall clock or
 * `Math.random`, so one seed replays the same run in Node and in a browser worker.
 */

/** A source of uniform numbers in [0, 1) (53-bit doubles built from two 32-bit draws). */
export interface SimRng {
  /** Next uniform number in [0, 1). */
  next(): number;
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
}

/**
 * splitmix32 step: a well-mixed 32-bit hash of `x`, used to spread a user seed (often 1, 2, 3…)
 * over sfc32's 128-bit state so neighbouring seeds give unrelated streams.
 */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from `seed` and `stream`
 * so each part of a run (arrivals, service times, routing) draws from its own independent stream
 * and adding a node does not shift the numbers another node sees.
 *
 * @param seed any integer (non-integers are truncated; NaN acts as 0).
 * @param stream a small integer naming the stream (0 by default).
 * @returns a generator; the same `(seed, stream)` always yields the same sequence.
 */
export function createRng(seed: number, stream = 0): SimRng {
  let a = splitmix32(seed | 0);
  let b = splitmix32(a ^ stream);
  let c = splitmix32(b + 0x6a09e667);
  // `d` is sfc32's counter word: it guarantees a period of at least 2^32 for every seed.
  let d = splitmix32(c ^ Math.imul(stream + 1, 0x27d4eb2d));
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to mix after seeding.
  for (let i = 0; i < 12; i++) nextUint32();
  return {
    nextUint32,
    next(): number {
      const hi = nextUint32() >>> 5; // 27 bits
      const lo = nextUint32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
  };
}

/**
 * Draws an exponential variate with the given mean (inverse transform on `1 - u`, so the log
 * argument is never 0).
 *
 * @returns a non-negative number; 0 when `mean` is not positive.
 */
export function drawExponential(rng: SimRng, mean: number): number {
  if (!(mean > 0)) return 0;
  return -Math.log(1 - rng.next()) * mean;
}
