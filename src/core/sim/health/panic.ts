/**
 * Envoy's panic threshold (gateway-semantics §3.4; envoy `LoadBalancerBase::isHostSetInPanic`):
 * when too few hosts are healthy, health is ignored and traffic spreads over every host, because
 * concentrating it on the few survivors would likely overload them too.
 */

/**
 * Whether a service with `healthy` healthy instances out of `total` is in panic: when
 * `100 · healthy / total < thresholdPercent` (strict, so exactly 50 % healthy at the default 50 %
 * is not panic). A threshold of 0 never panics; a service with no instances never panics.
 *
 * @example isPanic(1, 2, 50) // false: 50 % is not below 50 %
 * @example isPanic(1, 3, 50) // true
 */
export function isPanic(healthy: number, total: number, thresholdPercent: number): boolean {
  if (total <= 0) return false;
  // Compare without dividing, so 1 of 3 against 33.3… is decided by integers where it can be.
  return 100 * healthy < thresholdPercent * total;
}

/**
 * The instances a balancer may pick from: the healthy ones, or all `total` in panic (Envoy issue
 * #2671: a one-host cluster keeps sending to its ejected host). Empty only when nothing is healthy
 * and the threshold is 0: the gateway then answers 503 `no healthy upstream`.
 *
 * @param healthy healthy instance indexes, ascending.
 * @returns ascending instance indexes (a new array when in panic, else `healthy` itself).
 */
export function eligibleInstances(
  healthy: readonly number[],
  total: number,
  thresholdPercent: number,
): readonly number[] {
  if (!isPanic(healthy.length, total, thresholdPercent)) return healthy;
  return Array.from({ length: total }, (_, i) => i);
}
