/**
 * Public shapes of the simulator (see ../shared/docs/simulation.md). This file is the contract between
 * `src/core/sim`, the MSW transport in `src/mocks`, the CLI and the studio's Simulate panel.
 * Times are milliseconds of virtual time.
 */

import type { SimTimeSeries } from './metrics/timeSeries';

/** Token kinds a scenario can send (issue 2 implements valid, missing, expired, bad-signature). */
export type SimTokenKind =
  | 'valid'
  | 'missing'
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'malformed'
  | 'alg-none'
  | 'wrong-audience'
  | 'wrong-issuer'
  /** An HS256 token HMAC-signed with the RS256/ES256 public key's PEM bytes (known pitfall BR-18). */
  | 'alg-confusion';

/** A burst: `count` requests all sent at `at` ms. */
export interface SimBurst {
  at: number;
  count: number;
  client?: string;
  token?: SimTokenKind;
  path?: string;
  method?: string;
}

/** A stream: `rps` requests per second from `from` to `to` ms, `uniform` or `poisson` arrivals. */
export interface SimStream {
  from: number;
  to: number;
  rps: number;
  arrival?: 'uniform' | 'poisson';
  client?: string;
  token?: SimTokenKind;
  path?: string;
  method?: string;
}

export type SimTraffic = SimBurst | SimStream;

/** Per-node settings, keyed in the scenario by node id or exact label. Fields depend on the role. */
export type SimNodeSettings = Record<string, unknown> & { role?: string };

/** A validated scenario file (`*.scenario.json`). */
export interface SimScenario {
  seed: number;
  until?: number;
  traffic: SimTraffic[];
  nodes: Record<string, SimNodeSettings>;
}

/** A scenario validation problem: `key` is a JSON path such as `traffic[1].rps`. */
export interface SimScenarioError {
  key: string;
  message: string;
}

/** k6-style latency statistics in ms (percentiles interpolate at index p·(n−1), as k6 does). */
export interface SimLatencyStats {
  avg: number;
  min: number;
  med: number;
  max: number;
  p90: number;
  p95: number;
  p99: number;
}

/** Counters for one node of the diagram. */
export interface SimNodeCounters {
  role: string;
  arrivals: number;
  passed: number;
  rejected: number;
}

/** One request's outcome (only with `--results`). Header names are lower-case. */
export interface SimRequestResult {
  id: number;
  client: string;
  sentAt: number;
  status: number;
  latencyMs: number;
  headers: Record<string, string>;
  path: string[];
}

/**
 * The simulation result; `results` is present only when asked for. `durationMs` is the virtual
 * time of the last response and `throughputRps` the responses per second over it (k6's
 * `http_reqs` rate); both are 0 when nothing answered. `timeSeries` has one point per window of
 * virtual time (see `metrics/timeSeries.ts`).
 */
export interface SimResult {
  requests: number;
  status: Record<string, number>;
  latencyMs: SimLatencyStats;
  durationMs: number;
  throughputRps: number;
  nodes: Record<string, SimNodeCounters>;
  timeSeries: SimTimeSeries;
  results?: SimRequestResult[];
}

/** A call from a `service` node to a mocked backend (answered by the MSW handlers in src/mocks). */
export interface SimServiceRequest {
  /** The service node's id and label, e.g. `n14`, `User Service`. */
  nodeId: string;
  service: string;
  instance: number;
  method: string;
  /** The request path, e.g. `/users/42`. */
  path: string;
  headers: Record<string, string>;
}

export interface SimServiceResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * How service nodes reach their backends. The core never imports MSW: the CLI and the worker pass
 * a transport built from the MSW handlers (`src/mocks/transport.ts`).
 */
export type SimTransport = (request: SimServiceRequest) => Promise<SimServiceResponse>;
