/**
 * What each role does when a request's token arrives at a node (simulation.md, "Gateway
 * behaviour"): checks (auth, rate-limit) give a verdict and headers, decisions follow it, routers
 * pick branches, services call the transport and wait their latency, aggregates merge branches.
 */
import type { SimAuthVerdict } from './auth/verifier';
import type { SimEngine } from './engine';
import type { SimLimitDecision } from './limiters/types';
import { createRng, type SimRng } from './prng';
import type { SimNodeProgram } from './program';
import { pickRoutes } from './routing';
import { arriveAtService } from './serviceNode';
import { roundMs } from './stats';
import { aggregateStatuses, type SimToken } from './tokens';

/** Random stream ids per node purpose, offset by node index. */
const DECISION_STREAM = 2000;

/** Runs `node`'s role for `token`; returns a promise only when it has to wait for async work. */
export function visitNode(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
): Promise<void> | undefined {
  const rec = engine.recorder;
  switch (node.role) {
    case 'respond':
      token.status = node.respondStatus ?? token.status;
      token.responded = true;
      rec.pass(node);
      engine.leave(token, node, node.allEdges);
      return undefined;
    case 'decision':
      decide(engine, token, node);
      return undefined;
    case 'auth': {
      const verdict = node.verifier!.verify(token.req.jwt, engine.now);
      if (verdict instanceof Promise) return verdict.then((v) => afterAuth(engine, token, node, v));
      afterAuth(engine, token, node, verdict);
      return undefined;
    }
    case 'rate-limit':
      limit(engine, token, node);
      return undefined;
    case 'router':
    case 'discovery':
      rec.pass(node);
      engine.leave(token, node, pickRoutes(node, token.req.path));
      return undefined;
    case 'aggregate':
      aggregate(engine, token, node);
      return undefined;
    case 'service':
      return arriveAtService(engine, token, node);
    case 'source':
    case 'sink':
    case 'milestone':
    case 'step':
    case 'load-balancer':
      rec.pass(node);
      engine.leave(token, node, node.allEdges);
      return undefined;
    default:
      return exhaustive(node.role);
  }
}

function exhaustive(role: never): never {
  throw new Error(`unhandled role ${String(role)}`);
}

/** A check refused the request: without a decision after it, the gateway answers at once. */
function rejectAtCheck(engine: SimEngine, token: SimToken, node: SimNodeProgram): void {
  engine.recorder.reject(node);
  token.verdict = false;
  if (node.rejectEnds) engine.fail(token, token.status);
  else engine.leave(token, node, node.allEdges);
}

function afterAuth(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
  verdict: SimAuthVerdict,
): void {
  if (verdict.ok) {
    token.req.subject = verdict.subject;
    token.verdict = true;
    engine.recorder.pass(node);
    if (token.req.trace !== null) engine.recorder.check(token.req, node, true, 'valid token');
    engine.leave(token, node, node.allEdges);
    return;
  }
  if (token.req.trace !== null) engine.recorder.check(token.req, node, false, verdict.reason);
  token.status = verdict.status;
  engine.recorder.header(token.req, 'www-authenticate', verdict.wwwAuthenticate);
  rejectAtCheck(engine, token, node);
}

function limit(engine: SimEngine, token: SimToken, node: SimNodeProgram): void {
  const req = token.req;
  const key =
    node.limitKey === 'sub'
      ? (req.subject ?? req.client)
      : node.limitKey === 'path'
        ? req.path
        : node.limitKey === 'ip'
          ? req.ip
          : req.client;
  const d = node.limiter!.decide(key, engine.now);
  const rec = engine.recorder;
  for (const name in d.headers) rec.header(req, name, d.headers[name]!);
  if (req.trace !== null) rec.check(req, node, d.outcome !== 'rejected', limitReason(key, d));
  if (d.outcome !== 'rejected') {
    // NGINX without `nodelay` holds an over-rate request for `delayMs` instead of refusing it.
    token.verdict = true;
    rec.pass(node);
    engine.leave(token, node, node.allEdges, node.delayMs + d.delayMs);
    return;
  }
  token.status = d.status ?? 429;
  rejectAtCheck(engine, token, node);
}

/** `allowed: 9 of 10 left for alice`, `delayed 200 ms: …`, `rejected: retry after 1 s (alice)`. */
function limitReason(key: string, d: SimLimitDecision): string {
  if (d.outcome === 'rejected') return `rejected: retry after ${d.retryAfterSeconds} s (${key})`;
  const left = `${d.remaining} of ${d.limit} left for ${key}`;
  return d.outcome === 'delayed' ? `delayed ${roundMs(d.delayMs)} ms: ${left}` : `allowed: ${left}`;
}

function decide(engine: SimEngine, token: SimToken, node: SimNodeProgram): void {
  const verdict = token.verdict;
  token.verdict = undefined;
  let edge: number | undefined;
  if (verdict !== undefined) {
    edge = verdict ? node.passEdge : node.failEdge;
  } else if (node.out.length > 0) {
    edge = weightedPick(node.weights ?? [], rngFor(engine, DECISION_STREAM + node.index));
  }
  engine.recorder.pass(node);
  if (edge === undefined) {
    // The diagram has no branch for this verdict: a refused request is answered here.
    if (verdict === false) engine.fail(token, token.status);
    else engine.end(token, node);
    return;
  }
  engine.leave(token, node, [edge]);
}

function weightedPick(weights: readonly number[], rng: SimRng): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0 && weights[i]! > 0) return i;
  }
  return weights.length - 1;
}

function rngFor(engine: SimEngine, stream: number): SimRng {
  let rng = engine.rngs.get(stream);
  if (rng === undefined) {
    rng = createRng(engine.seed, stream);
    engine.rngs.set(stream, rng);
  }
  return rng;
}

function aggregate(engine: SimEngine, token: SimToken, node: SimNodeProgram): void {
  if (token.responded) {
    engine.recorder.pass(node);
    engine.leave(token, node, node.allEdges);
    return;
  }
  const backends = [...(token.pending ?? [])];
  if (token.serviceStatus !== undefined) backends.push(token.status);
  const merged = aggregateStatuses(backends);
  if (merged) {
    token.status = merged.status;
    token.pending = null;
    token.serviceStatus = undefined;
    engine.recorder.header(token.req, 'x-completed', String(merged.completed));
  }
  if (merged?.status === 500) engine.recorder.reject(node);
  else engine.recorder.pass(node);
  engine.leave(token, node, node.allEdges);
}
