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
  /** The client's address, what a `key: "ip"` limiter counts by; defaults to the client name. */
  ip?: string;
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
  /** The client's address, what a `key: "ip"` limiter counts by; defaults to the client name. */
  ip?: string;
  token?: SimTokenKind;
  path?: string;
  method?: string;
}

export type SimTraffic = SimBurst | SimStream;

/** Per-node settings, keyed in the scenario by node id or exact label. Fields depend on the role. */
export type SimNodeSettings = Record<string, unknown> & { role?: string };

/**
 * A scheduled change of one service instance's real state (scenario key `events`): from `at` ms
 * on, instance `instance` (0-based) of the service node `node` (an id or an exact label) is `up`,
 * `down` (refuses connections) or `unresponsive` (accepts and never answers). The gateway only
 * learns of it through health checks (see `health/README.md`).
 */
export interface SimScenarioInstanceEvent {
  at: number;
  node: string;
  instance: number;
  state: 'up' | 'down' | 'unresponsive';
}

/** A validated scenario file (`*.scenario.json`). */
export interface SimScenario {
  seed: number;
  until?: number;
  traffic: SimTraffic[];
  nodes: Record<string, SimNodeSettings>;
  /** Instance outages and recoveries, in file order (absent: none). */
  events?: SimScenarioInstanceEvent[];
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

/**
 * Queueing statistics of a service node over the run (all its instances together), in O(1)
 * memory. Time averages are taken over `[0, end]`, `end` being the virtual time the run stopped
 * (its last event, or `until`).
 */
export interface SimServiceCounters {
  /**
   * Calls waiting in the instances' FIFO queues: time-average `mean` (Lq), `max`, and `waitMs`,
   * the mean time a call spent waiting (Wq, over every call that left a queue, 0 for calls that
   * started at once). Little's law: `mean ≈ calls per ms × waitMs`.
   */
  queue: { mean: number; max: number; waitMs: number };
  /** Calls in service: time-average `mean` and `max`. */
  inService: { mean: number; max: number };
  /**
   * Busy time / (end × instances × concurrency), between 0 and 1. Absent when concurrency is
   * unlimited (there is no server count to divide by; read `inService.mean`).
   */
  utilisation?: number;
  /**
   * Calls sent to instances (`total`, retries included), `retries` among them, and how many were
   * answered by the gateway itself: `timeouts` (504, route or per-try timeout), `overflows` (503,
   * queue full), `noHost` (503, no healthy upstream); `byInstance`: calls per instance.
   */
  calls: {
    total: number;
    retries: number;
    timeouts: number;
    overflows: number;
    noHost: number;
    byInstance: number[];
  };
}

/** Counters for one node of the diagram; service nodes add their queueing statistics. */
export interface SimNodeCounters extends Partial<SimServiceCounters> {
  role: string;
  arrivals: number;
  passed: number;
  rejected: number;
}

/** A request's arrival at a node, at virtual time `at` (ms). */
export interface SimTimelineEntry {
  node: string;
  at: number;
}

/** What a check node (auth, rate-limit) decided for a request, and why, in words. */
export interface SimCheckEntry {
  node: string;
  verdict: 'pass' | 'fail';
  reason: string;
}

/**
 * How one call to a service instance ended: `answered` by the instance (its status, after the
 * error rate), or by the gateway itself: `refused` (503, instance down), `reset` (503, it went
 * down mid-call), `timeout` (504: route, per-try or hung instance), `overflow` (503, queue full,
 * Envoy `UO`), `no-healthy-upstream` (503, Envoy `UH`; `instance` is null).
 */
export type SimCallOutcome =
  'answered' | 'refused' | 'reset' | 'timeout' | 'overflow' | 'no-healthy-upstream';

/** One call (one try: a retry is another entry) from a service node to an instance. */
export interface SimCallEntry {
  node: string;
  instance: number | null;
  /** When the call was sent, and how long until its outcome, ms of virtual time. */
  at: number;
  ms: number;
  status: number;
  outcome: SimCallOutcome;
}

/** One request's outcome (only with `--results`). Header names are lower-case. */
export interface SimRequestResult {
  id: number;
  client: string;
  sentAt: number;
  status: number;
  latencyMs: number;
  headers: Record<string, string>;
  /** Node ids in arrival order. */
  path: string[];
  /** The same arrivals with their times. */
  timeline: SimTimelineEntry[];
  /** The JWT's claims, decoded without verification; null when it sent none or it is not a JWT. */
  claims: Record<string, unknown> | null;
  checks: SimCheckEntry[];
  calls: SimCallEntry[];
}

/**
 * Requests that never got a response (status 0): how many, how many per node they were last seen
 * at, and the first {@link SIM_STUCK_IDS_LISTED} of their ids.
 */
export interface SimStuckReport {
  count: number;
  byNode: Record<string, number>;
  ids: number[];
}

/** How many stuck request ids a result lists. */
export const SIM_STUCK_IDS_LISTED = 100;

/**
 * One change of a service's instance health, in time order (see `health/tracker.ts`): a real
 * `state` change, the checks' `unhealthy`/`healthy`, outlier `ejected`/`unejected`/`overflow`,
 * and `panic`/`panic-end` (with `healthy` of `total`).
 */
export interface SimHealthEvent {
  at: number;
  node: string;
  kind: string;
  instance?: number;
  state?: string;
  times?: number;
  durationMs?: number;
  healthy?: number;
  total?: number;
}

/**
 * The simulation result; `results` is present only when asked for. `durationMs` is the virtual
 * time of the last response and `throughputRps` the responses per second over it (k6's
 * `http_reqs` rate); both are 0 when nothing answered. `timeSeries` has one point per window of
 * virtual time (see `metrics/timeSeries.ts`). Service nodes carry their queueing statistics
 * ({@link SimServiceCounters}); `stuck` and `health` appear only when there is something to say.
 */
export interface SimResult {
  requests: number;
  status: Record<string, number>;
  latencyMs: SimLatencyStats;
  durationMs: number;
  throughputRps: number;
  nodes: Record<string, SimNodeCounters>;
  timeSeries: SimTimeSeries;
  /** Present only when some requests never got a response. */
  stuck?: SimStuckReport;
  /** Present only when some service has health settings or instance events. */
  health?: SimHealthEvent[];
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
