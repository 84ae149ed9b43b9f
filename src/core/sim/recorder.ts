/**
 * Collects what a run observed: per-node counters (and queueing statistics of service nodes),
 * status counts, latencies, stuck requests, health events, and (when asked) one result per
 * request in send order. Storage is flat arrays so 2 million requests stay cheap; nothing per
 * request is kept unless results are asked for.
 */
import { decodeJwt } from 'jose';
import type { SimNodeProgram } from './program';
import { SimLatencyHistogram } from './metrics/latencyHistogram';
import { SimTimeSeriesBuilder, timeSeriesWindowFor } from './metrics/timeSeries';
import { SimServiceStats } from './serviceStats';
import { roundMs } from './stats';
import type { SimRequest } from './tokens';
import {
  SIM_STUCK_IDS_LISTED,
  type SimCallEntry,
  type SimHealthEvent,
  type SimNodeCounters,
  type SimRequestResult,
  type SimResult,
  type SimStuckReport,
} from './types';

/** Progress callback: requests answered so far and the expected total. */
export type SimProgressCallback = (done: number, total: number) => void;

/** The recorder of one run. */
export class SimRecorder {
  readonly keepsResults: boolean;
  private readonly nodes: readonly SimNodeProgram[];
  private readonly arrivals: Float64Array;
  private readonly passes: Float64Array;
  private readonly rejections: Float64Array;
  private readonly statusCounts = new Map<number, number>();
  /** Latencies of the responses, in bounded memory (an HDR histogram, not a list). */
  private readonly latencies = new SimLatencyHistogram();
  private readonly series: SimTimeSeriesBuilder;
  /** Virtual time of the last response, ms. */
  private lastResponseAt = 0;
  private readonly results: SimRequestResult[] = [];
  /** Requests by id − 1 while open (an array: cheaper than a Set at millions of requests). */
  private readonly open: (SimRequest | undefined)[] = [];
  private sentCount = 0;
  private doneCount = 0;
  /** Queueing statistics per node index (service nodes only). */
  private readonly services: (SimServiceStats | undefined)[];
  private readonly stuckByNode: Float64Array;
  private readonly stuckIds: number[] = [];
  private stuckCount = 0;
  private healthEvents: SimHealthEvent[] | undefined;
  /** Virtual time the run stopped at: the end of every time average. */
  private endMs = 0;
  /** Decoded claims per token string (a run sends few distinct tokens). */
  private readonly claimsCache = new Map<string, Record<string, unknown> | null>();
  private readonly expected: number;
  private readonly progressStep: number;
  private readonly onProgress: SimProgressCallback | undefined;

  constructor(
    nodes: readonly SimNodeProgram[],
    keepsResults: boolean,
    expected: number,
    onProgress?: SimProgressCallback,
    trafficSpanMs = 0,
  ) {
    this.nodes = nodes;
    this.keepsResults = keepsResults;
    this.arrivals = new Float64Array(nodes.length);
    this.passes = new Float64Array(nodes.length);
    this.rejections = new Float64Array(nodes.length);
    this.stuckByNode = new Float64Array(nodes.length);
    this.services = nodes.map((n) =>
      n.service !== undefined ? new SimServiceStats(n.service.instances) : undefined,
    );
    this.expected = expected;
    this.onProgress = onProgress;
    this.progressStep = Math.max(1, Math.ceil(expected / 100));
    this.series = new SimTimeSeriesBuilder(timeSeriesWindowFor(trafficSpanMs));
  }

  /** A request was sent. */
  sent(req: SimRequest): void {
    this.sentCount++;
    this.open[req.id - 1] = req;
  }

  /** A token of `req` arrived at `node` at `now` (counted once per arrival). */
  arrived(req: SimRequest, node: SimNodeProgram, now: number): void {
    this.arrivals[node.index]!++;
    req.lastNode = node.index;
    const trace = req.trace;
    if (trace !== null) {
      trace.path.push(node.id);
      trace.timeline.push({ node: node.id, at: roundMs(now) });
    }
  }

  /** A check node's verdict on `req`, with a short reason (kept only with results). */
  check(req: SimRequest, node: SimNodeProgram, pass: boolean, reason: string): void {
    req.trace?.checks.push({ node: node.id, verdict: pass ? 'pass' : 'fail', reason });
  }

  /** One call of `req` to a service instance ended (kept only with results). */
  call(req: SimRequest, entry: SimCallEntry): void {
    req.trace?.calls.push(entry);
  }

  /** The queueing statistics of service node `node` (undefined for other roles). */
  serviceStats(node: SimNodeProgram): SimServiceStats | undefined {
    return this.services[node.index];
  }

  /** Health changes of service `node`, in time order (drained from its tracker at the end). */
  health(node: SimNodeProgram, events: readonly Omit<SimHealthEvent, 'node'>[]): void {
    const list = (this.healthEvents ??= []);
    for (const { at, ...rest } of events) list.push({ at: roundMs(at), node: node.id, ...rest });
  }

  /** `node` let a request through. */
  pass(node: SimNodeProgram): void {
    this.passes[node.index]!++;
  }

  /** `node` refused or failed a request. */
  reject(node: SimNodeProgram): void {
    this.rejections[node.index]!++;
  }

  /** Sets a response header (lower-case name) when results are kept. */
  header(req: SimRequest, name: string, value: string): void {
    if (req.headers !== null) req.headers[name] = value;
  }

  /** The request's response left at `now` with `status` (0: no response, the request is stuck). */
  completed(req: SimRequest, status: number, now: number): void {
    if (req.done) return;
    req.done = true;
    this.open[req.id - 1] = undefined;
    if (status === 0) {
      this.stuckCount++;
      if (req.lastNode >= 0) this.stuckByNode[req.lastNode]!++;
      if (this.stuckIds.length < SIM_STUCK_IDS_LISTED) this.stuckIds.push(req.id);
    }
    this.statusCounts.set(status, (this.statusCounts.get(status) ?? 0) + 1);
    const latency = now - req.sentAt;
    if (status !== 0) {
      this.latencies.record(latency);
      this.series.add(now, status, latency);
      this.lastResponseAt = now;
    }
    if (this.keepsResults) {
      const headers: Record<string, string> = {};
      for (const name of Object.keys(req.headers ?? {}).sort()) headers[name] = req.headers![name]!;
      const trace = req.trace;
      this.results[req.id - 1] = {
        id: req.id,
        client: req.client,
        sentAt: roundMs(req.sentAt),
        status,
        latencyMs: roundMs(latency),
        headers,
        path: trace?.path ?? [],
        timeline: trace?.timeline ?? [],
        claims: this.claimsOf(req.jwt),
        checks: trace?.checks ?? [],
        calls: trace?.calls ?? [],
      };
    }
    this.doneCount++;
    if (this.onProgress && this.doneCount % this.progressStep === 0) {
      this.onProgress(this.doneCount, Math.max(this.expected, this.doneCount));
    }
  }

  /** The JWT's payload decoded without verification (jose `decodeJwt`), or null. */
  private claimsOf(jwt: string | undefined): Record<string, unknown> | null {
    if (jwt === undefined || jwt === '') return null;
    let claims = this.claimsCache.get(jwt);
    if (claims === undefined) {
      try {
        claims = { ...decodeJwt(jwt) };
      } catch {
        claims = null; // malformed tokens are part of the scenarios: no claims to show
      }
      this.claimsCache.set(jwt, claims);
    }
    return claims;
  }

  /**
   * Ends every request still open at `now` (after `until`, or stuck with no event left) and
   * closes the time averages there.
   */
  finishOpen(now: number): void {
    this.endMs = now;
    if (this.doneCount < this.sentCount) {
      for (const req of this.open) if (req !== undefined) this.completed(req, 0, now);
    }
    this.onProgress?.(this.doneCount, this.doneCount);
  }

  /** The result in the documented key order. */
  result(): SimResult {
    const status: Record<string, number> = {};
    for (const code of [...this.statusCounts.keys()].sort((a, b) => a - b)) {
      status[String(code)] = this.statusCounts.get(code)!;
    }
    const nodes: Record<string, SimNodeCounters> = {};
    for (const node of this.nodes) {
      const counters: SimNodeCounters = {
        role: node.role,
        arrivals: this.arrivals[node.index]!,
        passed: this.passes[node.index]!,
        rejected: this.rejections[node.index]!,
      };
      const stats = this.services[node.index];
      if (stats !== undefined && node.service !== undefined) {
        const svc = node.service;
        Object.assign(counters, stats.result(this.endMs, svc.instances * svc.concurrency));
      }
      nodes[node.id] = counters;
    }
    const responses = this.latencies.size;
    const result: SimResult = {
      requests: this.sentCount,
      status,
      latencyMs: this.latencies.stats(),
      durationMs: roundMs(this.lastResponseAt),
      // k6's `http_reqs` rate: responses per second of (virtual) test time.
      throughputRps:
        this.lastResponseAt > 0 ? roundMs((responses * 1000) / this.lastResponseAt) : 0,
      nodes,
      timeSeries: this.series.finish(),
    };
    if (this.stuckCount > 0) result.stuck = this.stuckReport();
    if (this.healthEvents !== undefined) {
      // Stable: equal times keep node order, and each node's own order.
      result.health = [...this.healthEvents].sort((a, b) => a.at - b.at);
    }
    if (this.keepsResults) result.results = this.results;
    return result;
  }

  private stuckReport(): SimStuckReport {
    const byNode: Record<string, number> = {};
    for (const node of this.nodes) {
      const count = this.stuckByNode[node.index]!;
      if (count > 0) byNode[node.id] = count;
    }
    return { count: this.stuckCount, byNode, ids: [...this.stuckIds] };
  }
}
