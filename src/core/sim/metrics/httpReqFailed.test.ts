/**
 * GS-14's failure accounting (gateway-semantics §7): k6 counts responses outside 200–399 as
 * failed; 301 and 304 succeed.
 */
import { describe, expect, it } from 'vitest';
import { formatFailedRate, httpReqFailed, isExpectedStatus } from './httpReqFailed';

describe('httpReqFailed (k6 http_req_failed)', () => {
  it('GS-14: 97×200, 2×429, 1×503 → 3.00% 3 out of 100', () => {
    const rate = httpReqFailed({ 200: 97, 429: 2, 503: 1 });
    expect(rate).toEqual({ failed: 3, total: 100, rate: 0.03 });
    expect(formatFailedRate(rate)).toBe('3.00% 3 out of 100');
  });

  it('counts 301 and 304 as success, 199 and 400 as failures (the 200–399 edges)', () => {
    expect([199, 200, 301, 304, 399, 400, 500].map(isExpectedStatus)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(httpReqFailed({ 200: 1, 301: 1, 304: 1, 400: 1 })).toMatchObject({
      failed: 1,
      total: 4,
    });
  });

  it('counts requests that never got a response (status 0) as failed', () => {
    expect(httpReqFailed({ 0: 2, 200: 2 })).toEqual({ failed: 2, total: 4, rate: 0.5 });
  });

  it('gives 0.00% 0 out of 0 for no requests, and ignores counts that are not counts', () => {
    expect(formatFailedRate(httpReqFailed({}))).toBe('0.00% 0 out of 0');
    expect(httpReqFailed({ 200: 3, 500: -1, 503: Number.NaN, x: 1 })).toEqual({
      failed: 1,
      total: 4,
      rate: 0.25,
    });
  });
});
