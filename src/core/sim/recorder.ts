/**
 * Collects what a run observed: per-node counters, status counts, latencies, and (when asked)
 * one result per request in send order. Storage is flat arrays so 2 million requests stay cheap.
 */
import type { SimNodeProgram } from './program';
import { SimLatencyHistogram } from './metrics/latencyHistogram';
import { SimTimeSeriesBuilder, timeSeriesWindowFor } from './metrics/timeSeries';
import { roundMs } from './stats';
import type { SimRequest } from './tokens';
import type { SimNodeCounters, SimRequestResult, SimResult } from './types';

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

  /** A token of `req` arrived at `node` (counted once per arrival). */
  arrived(req: SimRequest, node: SimNodeProgram): void {
    this.arrivals[node.index]!++;
    req.nodePath?.push(node.id);
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
      this.results[req.id - 1] = {
        id: req.id,
        client: req.client,
        sentAt: roundMs(req.sentAt),
        status,
        latencyMs: roundMs(latency),
        headers,
        path: req.nodePath ?? [],
      };
    }
    this.doneCount++;
    if (this.onProgress && this.doneCount % this.progressStep === 0) {
      this.onProgress(this.doneCount, Math.max(this.expected, this.doneCount));
    }
  }

  /** Ends every request still open at `now` (after `until`, or stuck with no event left). */
  finishOpen(now: number): void {
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
      nodes[node.id] = {
        role: node.role,
        arrivals: this.arrivals[node.index]!,
        passed: this.passes[node.index]!,
        rejected: this.rejections[node.index]!,
      };
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
    if (this.keepsResults) result.results = this.results;
    return result;
  }
}
