/**
 * The moving parts of a run: a request (what the client sent and what it got back) and the
 * tokens that carry it through the diagram (one per branch while a request is fanned out).
 */
import type { SimCallEntry, SimCheckEntry, SimTimelineEntry } from './types';

/** What a request went through, kept only when per-request results are asked for. */
export interface SimRequestTrace {
  /** Node ids in arrival order. */
  path: string[];
  timeline: SimTimelineEntry[];
  checks: SimCheckEntry[];
  calls: SimCallEntry[];
}

/** One client request, alive from its send time until its response (or until it is stuck). */
export interface SimRequest {
  id: number;
  client: string;
  /** The client's address (`ip` of its traffic entry, else the client name). */
  ip: string;
  /** The JWT it carries (`undefined`: no Authorization header). */
  jwt: string | undefined;
  path: string;
  method: string;
  sentAt: number;
  startLane: string;
  /** The `sub` claim, once an auth node accepted the token. */
  subject: string | undefined;
  done: boolean;
  /** Branch tokens created so far (bounded, so a fork inside a cycle cannot explode). */
  tokens: number;
  /** Index of the node it (any of its branches) arrived at last: where a stuck request sits. */
  lastNode: number;
  /** The nodes, checks and calls it went through, and its response headers (lower-case names): kept only when results are asked. */
  trace: SimRequestTrace | null;
  headers: Record<string, string> | null;
}

/** A fork's bookkeeping: its branches meet again at `join` (or never, when `join` is -1). */
export interface SimGroup {
  join: number;
  expected: number;
  arrived: SimToken[];
  /** Statuses standing in for branches that failed or timed out before the join. */
  failed: number[];
  done: boolean;
  parent: SimGroup | null;
  /** The token as it was when it forked: the joined token continues from it. */
  base: SimToken;
}

/** A request's position on one branch, with what that branch learned so far. */
export interface SimToken {
  req: SimRequest;
  /** The response status so far (200 until something sets another). */
  status: number;
  /** The last check's verdict, waiting for a decision diamond to use it. */
  verdict: boolean | undefined;
  /** The status this branch's services answered (a failure sticks along a chain of services). */
  serviceStatus: number | undefined;
  /** Backend statuses gathered by joins, not yet turned into one status by an aggregate node. */
  pending: number[] | null;
  group: SimGroup | null;
  hops: number;
  /** A respond node answered: the status is final, later services and aggregates pass it by. */
  responded: boolean;
}

/** A copy of `token` for a new branch of `group`: it starts with no service results. */
export function branchToken(token: SimToken, group: SimGroup): SimToken {
  token.req.tokens++;
  return {
    req: token.req,
    status: token.status,
    verdict: token.verdict,
    serviceStatus: undefined,
    pending: null,
    group,
    hops: token.hops,
    responded: token.responded,
  };
}

/** `true` for the statuses KrakenD accepts from a backend (200 and 201). */
export function backendOk(status: number): boolean {
  return status === 200 || status === 201;
}

/**
 * KrakenD's merge outcome for backend statuses: all OK → 200 (completed), some OK → 200 with
 * `X-Completed: false`, none → 500. Returns `undefined` for an empty list.
 */
export function aggregateStatuses(
  statuses: readonly number[],
): { status: number; completed: boolean } | undefined {
  if (statuses.length === 0) return undefined;
  const ok = statuses.filter(backendOk).length;
  if (ok === statuses.length) return { status: 200, completed: true };
  return { status: ok > 0 ? 200 : 500, completed: false };
}
