/**
 * UTC calendar windows for Kong's fixed-window limiter, computed with integer arithmetic instead
 * of `Date` (banned in the core, and not needed): the proleptic Gregorian day-count conversions
 * of Howard Hinnant's `chrono`-compatible date algorithms. Kong aligns second, minute, hour and
 * day windows to `floor(t / W)·W` and month and year windows to the calendar
 * (`kong/tools/timestamp.lua`), all in UTC.
 */
import { floorDiv } from './intMath';

const MS_PER_DAY = 86_400_000;

/** A clock-aligned window `[startMs, endMs)` in UTC epoch ms. */
export interface SimWindowBounds {
  startMs: number;
  endMs: number;
}

/** How a window is aligned: a fixed length from the Unix epoch, or a calendar month or year. */
export type SimWindowLength = { kind: 'fixed'; ms: number } | { kind: 'month' } | { kind: 'year' };

/** Days since 1970-01-01 of the UTC date `year-month-day` (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The UTC date `{ year, month (1–12), day }` of a day count since 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The window of kind `length` that contains the UTC instant `epochMs` (an integer ≥ 0). */
export function windowAt(length: SimWindowLength, epochMs: number): SimWindowBounds {
  switch (length.kind) {
    case 'fixed': {
      const startMs = floorDiv(epochMs, length.ms) * length.ms;
      return { startMs, endMs: startMs + length.ms };
    }
    case 'month': {
      const { year, month } = civilFromDays(Math.floor(epochMs / MS_PER_DAY));
      const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
      return {
        startMs: daysFromCivil(year, month, 1) * MS_PER_DAY,
        endMs: daysFromCivil(next.y, next.m, 1) * MS_PER_DAY,
      };
    }
    case 'year': {
      const { year } = civilFromDays(Math.floor(epochMs / MS_PER_DAY));
      return {
        startMs: daysFromCivil(year, 1, 1) * MS_PER_DAY,
        endMs: daysFromCivil(year + 1, 1, 1) * MS_PER_DAY,
      };
    }
    default:
      return exhaustive(length);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled window length ${JSON.stringify(value)}`);
}
