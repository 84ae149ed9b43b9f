/**
 * k6's `http_req_failed` metric, read off a result's status counts (gateway-semantics §5.4, GS-14).
 */

/** How many requests failed by k6's rule, out of how many, and the share (0 to 1). */
export interface SimFailedRate {
  failed: number;
  total: number;
  /** `failed / total`; 0 when there were no requests. */
  rate: number;
}

/**
 * Whether k6 counts `status` as a success: its default `expected_statuses` is 200–399, so a 301
 * or a 304 succeeds and a 429 fails. Status 0 (the simulator's "no response", a stuck request)
 * fails, as a k6 request that never gets an answer does.
 */
export function isExpectedStatus(status: number): boolean {
  return status >= 200 && status <= 399;
}

/**
 * k6's `http_req_failed` over `status` (status code → request count, as in `SimResult.status`):
 * requests answered outside 200–399, out of all of them. Keys that are not whole numbers count
 * as failed; negative or non-finite counts are ignored.
 *
 * @example httpReqFailed({ 200: 97, 429: 2, 503: 1 }) // { failed: 3, total: 100, rate: 0.03 }
 */
export function httpReqFailed(status: Readonly<Record<string, number>>): SimFailedRate {
  let failed = 0;
  let total = 0;
  for (const [code, count] of Object.entries(status)) {
    if (!Number.isFinite(count) || count < 0) continue;
    total += count;
    if (!(/^\d+$/.test(code) && isExpectedStatus(Number(code)))) failed += count;
  }
  return { failed, total, rate: total === 0 ? 0 : failed / total };
}

/**
 * The value of k6's summary line for a rate: `3.00% 3 out of 100` (percent with two decimals, as
 * k6 v1's compact summary prints `http_req_failed`).
 */
export function formatFailedRate({ failed, total, rate }: SimFailedRate): string {
  return `${(100 * rate).toFixed(2)}% ${failed} out of ${total}`;
}
