/**
 * Service times drawn on virtual time from the distribution a service node names.
 */
import { drawExponential, type SimRng } from './prng';
import type { SimLatencySpec } from './scenarioNodes';

/** A service time in ms (≥ 0) from `spec`, using `rng` only for random distributions. */
export function drawLatency(spec: SimLatencySpec, rng: SimRng): number {
  switch (spec.dist) {
    case 'constant':
      return spec.ms;
    case 'uniform':
      return spec.minMs + (spec.maxMs - spec.minMs) * rng.next();
    case 'exponential':
      return drawExponential(rng, spec.meanMs);
    case 'lognormal':
      return spec.medianMs * Math.exp(spec.sigma * drawStandardNormal(rng));
  }
}

/** A standard normal variate (Box–Muller; one of the pair is dropped to keep the stream simple). */
function drawStandardNormal(rng: SimRng): number {
  const u1 = 1 - rng.next(); // (0, 1]: the log stays finite
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
