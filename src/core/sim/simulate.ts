/**
 * The simulator's entry point: validates the scenario, compiles the diagram, mints the JWTs the
 * traffic carries, and runs everything on virtual time.
 */
import type { FzDiagram } from '../model/types';
import { prepareSimAuth } from './auth/prepare';
import { tokenTableKey } from './auth/tokens';
import { keyPath } from './schemaCheck';
import { SimEngine } from './engine';
import { compileProgram } from './program';
import { SimRecorder, type SimProgressCallback } from './recorder';
import { TRAFFIC_DEFAULTS, expectedRequestCount, parseScenario } from './scenario';
import type {
  SimHealthEvent,
  SimNodeCounters,
  SimRequestResult,
  SimResult,
  SimScenario,
  SimTraffic,
  SimTransport,
} from './types';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Answers the service nodes' calls (the MSW handlers, in-process). */
  transport: SimTransport;
  /** Add `results`: one entry per request, in send order. Off by default (memory). */
  includeResults?: boolean;
  /** Called about 100 times per run with requests answered so far and the expected total. */
  onProgress?: SimProgressCallback;
}

/** What {@link simulate} resolves to. */
export type SimulateOutcome = { ok: true; result: SimResult } | { ok: false; errors: string[] };

/**
 * Runs `scenario` through `diagram`: the same diagram, scenario and seed give the same result,
 * byte for byte (see {@link stringifySimResult}), in Node and in a browser worker.
 *
 * Requests enter at the first source (a circle with no incoming edge) and end at a node with no
 * outgoing edge in the lane they started from. A request that never gets there (a dead end
 * elsewhere, a cycle past the hop limit, or still open at `until`) counts with status 0 and is
 * listed in the result's `stuck` report.
 *
 * @returns `{ ok: false, errors }` (one readable sentence each, never a throw) when the scenario is
 *   invalid, the diagram cannot run (no nodes, no source), a `nodes` key names no node or does not
 *   fit its role, an `events` entry names no service or an instance it lacks, or WebCrypto is
 *   missing for the JWTs; else `{ ok: true, result }`.
 */
export async function simulate(
  diagram: FzDiagram,
  scenario: SimScenario,
  options: SimulateOptions,
): Promise<SimulateOutcome> {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${e.key}: ${e.message}`) };
  const checked = parsed.scenario;
  const compiled = compileProgram(diagram, checked.nodes, checked.events);
  if (!compiled.ok) return { ok: false, errors: compiled.errors };
  const program = compiled.program;

  const tokenKey = (entry: SimTraffic) =>
    tokenTableKey(entry.token ?? TRAFFIC_DEFAULTS.token, entry.client ?? TRAFFIC_DEFAULTS.client);
  let tokens = new Map<string, string | undefined>();
  const authNodes = program.nodes.filter((n) => n.authConfig !== undefined);
  if (authNodes.length > 0) {
    const pairs = checked.traffic.map((t) => ({
      kind: t.token ?? TRAFFIC_DEFAULTS.token,
      client: t.client ?? TRAFFIC_DEFAULTS.client,
    }));
    const auth = await prepareSimAuth(
      authNodes.map((n) => ({ path: keyPath('nodes', n.id), config: n.authConfig! })),
      checked.seed,
      pairs,
    );
    if (!auth.ok) return { ok: false, errors: auth.errors };
    authNodes.forEach((n, i) => (n.verifier = auth.verifiers[i]));
    tokens = auth.tokens;
  }

  const recorder = new SimRecorder(
    program.nodes,
    options.includeResults === true,
    expectedRequestCount(checked.traffic),
    options.onProgress,
    trafficSpanMs(checked),
  );
  const engine = new SimEngine(program, {
    scenario: checked,
    transport: options.transport,
    tokens,
    tokenKey,
    recorder,
  });
  try {
    await engine.run();
  } catch (error) {
    return {
      ok: false,
      errors: [`the simulation stopped on an internal error: ${message(error)}`],
    };
  }
  return { ok: true, result: recorder.result() };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How long the scenario sends traffic (its last burst or stream end, or `until`), ms. */
function trafficSpanMs(scenario: SimScenario): number {
  let span = 0;
  for (const entry of scenario.traffic) span = Math.max(span, 'at' in entry ? entry.at : entry.to);
  return Math.min(span, scenario.until ?? Infinity);
}

/**
 * The canonical text of a result: keys in the documented order (requests, status, latencyMs,
 * durationMs, throughputRps, nodes, timeSeries, stuck, health, results), 2-space JSON, one
 * trailing newline. The CLI and the studio both print this, so their bytes compare equal. This is
 * the one place that fixes key order: a new key is added here.
 */
export function stringifySimResult(result: SimResult): string {
  const ordered: SimResult = {
    requests: result.requests,
    status: result.status,
    latencyMs: {
      avg: result.latencyMs.avg,
      min: result.latencyMs.min,
      med: result.latencyMs.med,
      max: result.latencyMs.max,
      p90: result.latencyMs.p90,
      p95: result.latencyMs.p95,
      p99: result.latencyMs.p99,
    },
    durationMs: result.durationMs,
    throughputRps: result.throughputRps,
    nodes: Object.fromEntries(Object.entries(result.nodes).map(([id, c]) => [id, orderNode(c)])),
    timeSeries: {
      windowMs: result.timeSeries.windowMs,
      points: result.timeSeries.points.map((p) => ({
        t: p.t,
        responses: p.responses,
        status: p.status,
        latencyMs: { med: p.latencyMs.med, p95: p.latencyMs.p95, p99: p.latencyMs.p99 },
      })),
    },
  };
  if (result.stuck !== undefined) {
    ordered.stuck = {
      count: result.stuck.count,
      byNode: result.stuck.byNode,
      ids: result.stuck.ids,
    };
  }
  if (result.health !== undefined) ordered.health = result.health.map(orderHealthEvent);
  if (result.results !== undefined) ordered.results = result.results.map(orderRequest);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderNode(c: SimNodeCounters): SimNodeCounters {
  const out: SimNodeCounters = {
    role: c.role,
    arrivals: c.arrivals,
    passed: c.passed,
    rejected: c.rejected,
  };
  if (c.queue !== undefined)
    out.queue = { mean: c.queue.mean, max: c.queue.max, waitMs: c.queue.waitMs };
  if (c.inService !== undefined) out.inService = { mean: c.inService.mean, max: c.inService.max };
  if (c.utilisation !== undefined) out.utilisation = c.utilisation;
  if (c.calls !== undefined) {
    out.calls = {
      total: c.calls.total,
      retries: c.calls.retries,
      timeouts: c.calls.timeouts,
      overflows: c.calls.overflows,
      noHost: c.calls.noHost,
      byInstance: c.calls.byInstance,
    };
  }
  return out;
}

function orderHealthEvent(e: SimHealthEvent): SimHealthEvent {
  const out: SimHealthEvent = { at: e.at, node: e.node, kind: e.kind };
  if (e.instance !== undefined) out.instance = e.instance;
  if (e.state !== undefined) out.state = e.state;
  if (e.times !== undefined) out.times = e.times;
  if (e.durationMs !== undefined) out.durationMs = e.durationMs;
  if (e.healthy !== undefined) out.healthy = e.healthy;
  if (e.total !== undefined) out.total = e.total;
  return out;
}

function orderRequest(r: SimRequestResult): SimRequestResult {
  return {
    id: r.id,
    client: r.client,
    sentAt: r.sentAt,
    status: r.status,
    latencyMs: r.latencyMs,
    headers: r.headers,
    path: r.path,
    timeline: r.timeline.map((t) => ({ node: t.node, at: t.at })),
    claims: r.claims,
    checks: r.checks.map((c) => ({ node: c.node, verdict: c.verdict, reason: c.reason })),
    calls: r.calls.map((c) => ({
      node: c.node,
      instance: c.instance,
      at: c.at,
      ms: c.ms,
      status: c.status,
      outcome: c.outcome,
    })),
  };
}
