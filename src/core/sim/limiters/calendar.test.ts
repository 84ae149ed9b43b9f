import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, windowAt } from './calendar';

const DAY = 86_400_000;

describe('UTC calendar without Date', () => {
  it('agrees with Date.UTC on every day from 1900 to 2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2400, 0, 1) / DAY }),
        (days) => {
          const date = new Date(days * DAY);
          const civil = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          };
          expect(civilFromDays(days)).toEqual(civil);
          expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
        },
      ),
    );
  });

  it('gives months their calendar length: 29 days in February 2028, 28 in 2100, 31 in March', () => {
    const length = (y: number, m: number) => {
      const w = windowAt({ kind: 'month' }, Date.UTC(y, m - 1, 15, 12));
      return (w.endMs - w.startMs) / DAY;
    };
    expect(length(2028, 2)).toBe(29);
    expect(length(2100, 2)).toBe(28);
    expect(length(2000, 2)).toBe(29);
    expect(length(2026, 3)).toBe(31);
    expect(length(2026, 4)).toBe(30);
  });

  it('puts the last ms of a month in that month and the next ms in the next', () => {
    const end = Date.UTC(2026, 2, 1);
    expect(windowAt({ kind: 'month' }, end - 1)).toEqual({
      startMs: Date.UTC(2026, 1, 1),
      endMs: end,
    });
    expect(windowAt({ kind: 'month' }, end).startMs).toBe(end);
    expect(windowAt({ kind: 'year' }, Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toEqual({
      startMs: Date.UTC(2026, 0, 1),
      endMs: Date.UTC(2027, 0, 1),
    });
  });

  it('aligns fixed lengths to the Unix epoch', () => {
    expect(windowAt({ kind: 'fixed', ms: 60_000 }, Date.UTC(2026, 0, 1, 12, 34, 50, 700))).toEqual({
      startMs: Date.UTC(2026, 0, 1, 12, 34),
      endMs: Date.UTC(2026, 0, 1, 12, 35),
    });
  });
});
