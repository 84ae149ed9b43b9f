import { describe, expect, it } from 'vitest';
import type { SimFixedWindowConfig } from './config';
import { createFixedWindow } from './fixedWindow';
import { parseLimiterConfig } from './parseConfig';
import type { SimLimiterOptions } from './types';

function kong(json: Record<string, unknown>, options: SimLimiterOptions = {}) {
  const parsed = parseLimiterConfig({ algorithm: 'fixed-window', ...json }, 'n');
  if (!('config' in parsed)) throw new Error(parsed.errors.join('\n'));
  return createFixedWindow(parsed.config as SimFixedWindowConfig, options);
}

const MIDNIGHT = Date.UTC(2026, 2, 10); // a Tuesday in March 2026

describe('fixed window (Kong rate-limiting)', () => {
  it('counts a request at the last ms of a window in that window, and the next ms in a new one', () => {
    const l = kong({ second: 2 }, { epochMs: MIDNIGHT });
    expect(l.decide('k', 998).allowed).toBe(true);
    expect(l.decide('k', 999).allowed).toBe(true);
    const last = l.decide('k', 999.9); // still inside [0, 1000)
    expect(last).toMatchObject({ outcome: 'rejected', retryAfterMs: 1, resetMs: 1 });
    expect(last.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-reset': '1' });
    expect(l.decide('k', 1000)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('aligns windows to the UTC clock, not to the first request', () => {
    // Scenario starts 59.5 s into a minute: the minute window ends 0.5 s later.
    const l = kong({ minute: 1 }, { epochMs: MIDNIGHT + 59_500 });
    expect(l.decide('k', 0)).toMatchObject({ allowed: true, resetMs: 500, resetSeconds: 1 });
    expect(l.decide('k', 499).allowed).toBe(false);
    expect(l.decide('k', 500).allowed).toBe(true);
  });

  it('does not count rejected requests (BR-21): hammering a full minute costs no hour quota', () => {
    const l = kong({ minute: 2, hour: 5 }, { epochMs: MIDNIGHT });
    for (let i = 0; i < 50; i++) l.decide('k', i * 100);
    const d = l.decide('k', 60_000);
    expect(d.headers['x-ratelimit-remaining-hour']).toBe('2'); // 5 − 2 − this one
  });

  it('takes the headers from the most constrained window, ties to the longer one', () => {
    const l = kong({ second: 5, minute: 5 }, { epochMs: MIDNIGHT });
    const d = l.decide('k', 0);
    // Both show 4 remaining: the minute wins the tie, so reset is 60 s, not 1 s.
    expect(d.headers).toMatchObject({
      'ratelimit-limit': '5',
      'ratelimit-remaining': '4',
      'ratelimit-reset': '60',
      'x-ratelimit-limit-second': '5',
      'x-ratelimit-limit-minute': '5',
    });
  });

  it('on a rejection decrements only the stopping window, as Kong does', () => {
    const l = kong({ second: 1, hour: 10 }, { epochMs: MIDNIGHT });
    l.decide('k', 0);
    const d = l.decide('k', 10);
    expect(d.headers).toMatchObject({
      'x-ratelimit-remaining-second': '0',
      'x-ratelimit-remaining-hour': '9',
      'ratelimit-reset': '1',
      'retry-after': '1',
    });
  });

  it('ends a month window where the calendar does (31-day March), not after Kong’s 30 days', () => {
    // 2026-03-31T00:00:00Z: Kong's formula would give max(1, 2592000 − 30·86400) = 1 s.
    const l = kong({ month: 1 }, { epochMs: Date.UTC(2026, 2, 31) });
    const d = l.decide('k', 0);
    expect(d.resetSeconds).toBe(86_400);
    expect(l.decide('k', 86_399_999)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    expect(l.decide('k', 86_400_000).allowed).toBe(true); // April 1st
  });

  it('ends a year window on January 1st, leap years included', () => {
    const l = kong({ year: 1 }, { epochMs: Date.UTC(2028, 1, 29, 12) });
    const d = l.decide('k', 0);
    expect(d.resetMs).toBe(Date.UTC(2029, 0, 1) - Date.UTC(2028, 1, 29, 12));
  });

  it('supports a window of any length via limit and windowMs, named by seconds', () => {
    const l = kong({ limit: 2, windowMs: 45_000 }, { epochMs: 0 });
    const d = l.decide('k', 44_000); // windows are [0, 45 s), aligned to the Unix epoch
    expect(d.headers).toMatchObject({ 'x-ratelimit-limit-45': '2', 'ratelimit-reset': '1' });
  });

  it('uses the configured status and Kong’s body', () => {
    const l = kong({ second: 1, status: 403 });
    l.decide('k', 0);
    expect(l.decide('k', 0)).toMatchObject({
      status: 403,
      body: '{"message":"API rate limit exceeded"}',
    });
  });

  it('drops keys whose windows are over once the map doubles', () => {
    const l = kong({ second: 1 }, { sweepMinKeys: 4 });
    for (let i = 0; i < 100; i++) l.decide(`client-${i}`, i * 1000);
    expect(l.keyCount()).toBeLessThanOrEqual(4);
  });
});
