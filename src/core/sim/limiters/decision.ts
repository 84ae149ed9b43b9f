/**
 * Builds {@link SimLimitDecision}s the same way for every algorithm, so the headers follow one
 * convention: the legacy IETF draft fields that Kong emits (`RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset` in delta-seconds) on every response the limiter saw,
 * and `Retry-After` (RFC 9110 delay-seconds, rounded up, at least 1) on every rejection.
 */
import type { SimLimitDecision, SimLimitOutcome, SimRateDecision } from './types';

/** The parts an algorithm computes; seconds are already rounded up from its integer state. */
export interface SimDecisionParts {
  outcome: SimLimitOutcome;
  limit: number;
  remaining: number;
  resetMs: number;
  resetSeconds: number;
  /** Used only when rejected. */
  retryAfterMs?: number;
  retryAfterSeconds?: number;
  /** Used only when delayed. */
  delayMs?: number;
  /** Used only when rejected. */
  status?: number;
  body?: string;
  /** Algorithm-specific headers (lower-case names), e.g. Kong's `x-ratelimit-limit-minute`. */
  extraHeaders?: Record<string, string>;
}

/**
 * Assembles the decision and its headers. A rejection's Retry-After is never below 1 s: a 0 would
 * tell the client to retry at once and be refused again (redis-cell issue #56).
 */
export function buildDecision(parts: SimDecisionParts): SimLimitDecision {
  const rejected = parts.outcome === 'rejected';
  const retryAfterSeconds = rejected ? Math.max(1, parts.retryAfterSeconds ?? 1) : 0;
  const headers: Record<string, string> = {
    'ratelimit-limit': String(parts.limit),
    'ratelimit-remaining': String(parts.remaining),
    'ratelimit-reset': String(parts.resetSeconds),
  };
  if (rejected) headers['retry-after'] = String(retryAfterSeconds);
  if (parts.extraHeaders) Object.assign(headers, parts.extraHeaders);
  const decision: SimLimitDecision = {
    allowed: !rejected,
    limit: parts.limit,
    remaining: parts.remaining,
    resetSeconds: parts.resetSeconds,
    retryAfterSeconds,
    outcome: parts.outcome,
    delayMs: parts.outcome === 'delayed' ? (parts.delayMs ?? 0) : 0,
    resetMs: parts.resetMs,
    retryAfterMs: rejected ? (parts.retryAfterMs ?? 0) : 0,
    headers,
  };
  if (rejected) {
    decision.status = parts.status ?? 429;
    if (parts.body !== undefined) decision.body = parts.body;
  }
  return decision;
}

/** The five legacy fields of a decision, for callers of `consume`. */
export function toRateDecision(d: SimLimitDecision): SimRateDecision {
  return {
    allowed: d.allowed,
    limit: d.limit,
    remaining: d.remaining,
    resetSeconds: d.resetSeconds,
    retryAfterSeconds: d.retryAfterSeconds,
  };
}
