/**
 * Virtual time as JWTs see it. Claims (`iat`, `nbf`, `exp`) are epoch seconds, so virtual time 0
 * is mapped to a fixed instant and tokens look like real ones; nothing here reads the wall clock.
 */

/** Epoch seconds at virtual time 0 (2026-01-01T00:00:00Z). */
export const SIM_EPOCH_SECONDS = 1_767_225_600;

/**
 * The JWT `now` at virtual time `nowMs` (≥ 0): whole epoch seconds, rounded down as jose does
 * (`Math.floor(date.getTime() / 1000)`), so cached and fresh verdicts agree at every boundary.
 */
export function jwtNowSeconds(nowMs: number): number {
  return SIM_EPOCH_SECONDS + Math.floor(nowMs / 1000);
}

/** The instant jose's `currentDate` option gets at virtual time `nowMs` (a value, not a clock read). */
export function jwtCurrentDate(nowMs: number): Date {
  // eslint-disable-next-line no-restricted-globals -- a Date built from virtual ms, not a clock read
  return new Date(SIM_EPOCH_SECONDS * 1000 + nowMs);
}
