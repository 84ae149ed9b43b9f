/**
 * The `service` role. A request's call goes to an instance picked by policy (`balancer.ts`)
 * among those the gateway sees as healthy (`health/`, Envoy panic threshold included); the
 * instance serves it at once if one of its `concurrency` servers is free, else queues it FIFO,
 * else (queue full) the gateway answers 503 at once (Envoy overflow, `UO`). The answer comes from
 * the `SimTransport` (the MSW handlers) after a service time drawn on virtual time; the instance's
 * real state (up, down, unresponsive) may refuse, reset or hang the call instead; the error rate
 * turns answered calls into 503. The route timeout (retries included) and per-try timeout end a
 * call with 504 at their deadline; the retry policy (Envoy router) may try again after a
 * full-jitter back-off. Each try is one `SimCall` (`serviceState.ts`); a timed-out call keeps its
 * server busy until its service ends (the backend does not know the gateway gave up).
 */
import type { SimEngine } from './engine';
import { NO_HOST } from './balancer';
import { NO_HEALTHY_UPSTREAM } from './health/callPlan';
import { drawLatency } from './latency';
import type { SimNodeProgram } from './program';
import { isRetriable, retryBackoffMs } from './retryPolicy';
import { callPath } from './servicePath';
import {
  ENDED,
  IN_SERVICE,
  QUEUED,
  newCall,
  serviceState,
  type SimCall,
  type SimServiceState,
} from './serviceState';
import { roundMs } from './stats';
import type { SimToken } from './tokens';
import type { SimCallOutcome } from './types';

export type { SimCall, SimServiceState } from './serviceState';
export { servicePath } from './servicePath';

/** A token reached a service node: its first try starts now. */
export function arriveAtService(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
): Promise<void> | undefined {
  if (token.responded) {
    // The gateway already answered: the response passes by without calling the backend.
    engine.recorder.pass(node);
    engine.leave(token, node, node.allEdges);
    return undefined;
  }
  const state = serviceState(engine, node);
  const call = newCall(token, node, 0, engine.now + node.service!.routeTimeoutMs);
  return sendCall(engine, state, call);
}

/** Picks an instance for `call` and starts it, queues it, or answers at once (no host, full). */
function sendCall(
  engine: SimEngine,
  state: SimServiceState,
  call: SimCall,
): Promise<void> | undefined {
  const svc = call.node.service!;
  const now = engine.now;
  call.sentAt = now;
  const perTry = svc.retries?.perTryTimeoutMs;
  call.deadline =
    perTry === undefined ? call.routeDeadline : Math.min(call.routeDeadline, now + perTry);
  const context = state.pickContext;
  context.client = call.token.req.client;
  if (state.health !== undefined) context.hosts = state.health.eligible(now);
  const instance = state.picker.pick(context);
  state.stats.called(instance, call.attempt > 0);
  if (instance === NO_HOST) {
    settle(engine, state, call, NO_HEALTHY_UPSTREAM.status, 'no-healthy-upstream');
    return undefined;
  }
  call.instance = instance;
  const inst = state.instances[instance]!;
  if (inst.busy < svc.concurrency) return startCall(engine, state, call, false);
  if (inst.waiting >= svc.queueLimit) {
    engine.recorder.header(call.token.req, 'x-envoy-overloaded', 'true');
    settle(engine, state, call, 503, 'overflow');
    return undefined;
  }
  call.phase = QUEUED;
  inst.queue.push(call);
  inst.waiting++;
  state.stats.enqueued(now);
  if (call.deadline !== Infinity) {
    call.timerSet = true;
    engine.scheduleCall('call-timeout', call, call.deadline);
  }
  return undefined;
}

function startCall(
  engine: SimEngine,
  state: SimServiceState,
  call: SimCall,
  queued: boolean,
): Promise<void> | undefined {
  const now = engine.now;
  state.instances[call.instance]!.busy++;
  state.stats.started(now, queued);
  call.phase = IN_SERVICE;
  if (state.health !== undefined) {
    // A down or hung instance never sees the call: no transport call, no service time.
    const pre = state.health.planCall(now, call.instance, 0);
    if (pre.kind !== 'answered') {
      endServiceAt(engine, call, pre.status, pre.kind, pre.at);
      return undefined;
    }
  }
  const req = call.token.req;
  let answer: Promise<{ status: number }>;
  try {
    answer = engine.transport({
      nodeId: call.node.id,
      service: call.node.label,
      instance: call.instance,
      method: req.method,
      path: callPath(call.node, req.path),
      headers: { 'x-request-id': String(req.id), 'x-client': req.client },
    });
  } catch {
    answer = Promise.resolve({ status: 502 });
  }
  // A transport that fails or answers no valid status counts as a bad gateway, like Envoy's 502.
  return answer.then(
    (response) => answered(engine, state, call, validStatus(response.status)),
    () => answered(engine, state, call, 502),
  );
}

function validStatus(status: unknown): number {
  return Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599
    ? (status as number)
    : 502;
}

/** The backend's answer is known: it leaves after the service time, unless the instance fails. */
function answered(engine: SimEngine, state: SimServiceState, call: SimCall, status: number): void {
  const ms = drawLatency(call.node.service!.latency, state.latencyRng);
  if (state.health === undefined) {
    endServiceAt(engine, call, status, 'answered', engine.now + ms);
    return;
  }
  const plan = state.health.planCall(engine.now, call.instance, ms);
  if (plan.kind === 'answered') endServiceAt(engine, call, status, 'answered', plan.at);
  else endServiceAt(engine, call, plan.status, plan.kind, plan.at);
}

function endServiceAt(
  engine: SimEngine,
  call: SimCall,
  status: number,
  outcome: SimCallOutcome,
  at: number,
): void {
  call.status = status;
  call.outcome = outcome;
  engine.scheduleCall('service-done', call, at);
  if (at > call.deadline && !call.timerSet) {
    call.timerSet = true;
    engine.scheduleCall('call-timeout', call, call.deadline);
  }
}

/** A call's service ended: settle it (unless it timed out before) and serve the next in line. */
export function serviceDone(engine: SimEngine, call: SimCall): Promise<void> | undefined {
  const node = call.node;
  const svc = node.service!;
  const state = serviceState(engine, node);
  const inst = state.instances[call.instance]!;
  inst.busy--;
  state.stats.finished(engine.now);
  call.phase = ENDED;
  let status = call.status;
  // Drawn for every answered call, so the error of a call never depends on timeouts elsewhere.
  if (call.outcome === 'answered' && svc.errorRate > 0 && state.errorRng.next() < svc.errorRate) {
    status = 503;
  }
  if (!call.settled) {
    state.health?.onResponse(engine.now, call.instance, status);
    settle(engine, state, call, status, call.outcome);
  }
  while (inst.head < inst.queue.length) {
    const next = inst.queue[inst.head++]!;
    if (inst.head > 1024 && inst.head * 2 > inst.queue.length) {
      inst.queue.splice(0, inst.head);
      inst.head = 0;
    }
    if (next.phase !== QUEUED) continue; // abandoned at its deadline
    inst.waiting--;
    state.stats.dequeued(engine.now, engine.now - next.sentAt);
    if (next.token.req.done) {
      next.phase = ENDED;
      release(state, next);
      continue;
    }
    return startCall(engine, state, next, true);
  }
  return undefined;
}

/** A call's deadline passed before its outcome: the gateway answers 504 (Envoy `UT`). */
export function callTimeout(engine: SimEngine, call: SimCall): void {
  if (call.settled) return;
  const state = serviceState(engine, call.node);
  if (call.phase === QUEUED) {
    state.instances[call.instance]!.waiting--;
    state.stats.dequeued(engine.now, engine.now - call.sentAt);
    call.phase = ENDED;
  } else if (call.phase === IN_SERVICE) {
    // Envoy reports a timeout to outlier detection as a locally originated 504.
    state.health?.onResponse(engine.now, call.instance, 504);
  }
  settle(engine, state, call, 504, 'timeout');
}

/** A retry's back-off is over: send it, unless the request or the route deadline is gone. */
export function retryDue(engine: SimEngine, call: SimCall): Promise<void> | undefined {
  const state = serviceState(engine, call.node);
  const token = call.token;
  if (token.req.done || token.group?.done === true) {
    release(state, call);
    return undefined;
  }
  if (engine.now >= call.routeDeadline) {
    release(state, call);
    state.stats.gatewayAnswered('timeout');
    finishToken(engine, token, call.node, 504);
    return undefined;
  }
  return sendCall(engine, state, call);
}

function release(state: SimServiceState, call: SimCall): void {
  call.settled = true;
  if (call.holdsRetry) {
    call.holdsRetry = false;
    state.activeRetries--;
  }
}

/** The gateway knows how `call` ended: record it, then retry or move the token on. */
function settle(
  engine: SimEngine,
  state: SimServiceState,
  call: SimCall,
  status: number,
  outcome: SimCallOutcome,
): void {
  release(state, call);
  const now = engine.now;
  const { token, node } = call;
  if (outcome === 'timeout') state.stats.gatewayAnswered('timeout');
  else if (outcome === 'overflow') state.stats.gatewayAnswered('overflow');
  else if (outcome === 'no-healthy-upstream') state.stats.gatewayAnswered('no-host');
  const req = token.req;
  if (req.trace !== null) {
    engine.recorder.call(req, {
      node: node.id,
      instance: call.instance >= 0 ? call.instance : null,
      at: roundMs(call.sentAt),
      ms: roundMs(now - call.sentAt),
      status,
      outcome,
    });
  }
  if (req.done) return;
  const policy = node.service!.retries;
  if (
    policy !== undefined &&
    call.attempt < policy.numRetries &&
    now < call.routeDeadline &&
    state.activeRetries < policy.maxActive &&
    token.group?.done !== true &&
    isRetriable(policy, status, outcome)
  ) {
    const retry = newCall(token, node, call.attempt + 1, call.routeDeadline);
    retry.holdsRetry = true;
    state.activeRetries++;
    const backoff = retryBackoffMs(policy, retry.attempt, state.retryRng);
    // The route timeout covers the back-off too: a wait past it ends at the deadline with 504.
    engine.scheduleCall('call-retry', retry, Math.min(now + backoff, call.routeDeadline));
    return;
  }
  finishToken(engine, token, node, status);
}

/** The service's final status for this branch: a failure sticks along a chain of services. */
function finishToken(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
  status: number,
): void {
  const failedBefore = token.serviceStatus !== undefined && token.serviceStatus >= 400;
  token.serviceStatus = failedBefore ? token.serviceStatus : status;
  token.status = token.serviceStatus!;
  if (token.status >= 400) engine.recorder.reject(node);
  else engine.recorder.pass(node);
  engine.leave(token, node, node.allEdges);
}

/**
 * The end of the run at `endMs`: replays each service's health up to then and hands its log to
 * the recorder (every service with health settings, called or not).
 */
export function finishServices(engine: SimEngine, endMs: number): void {
  for (const node of engine.nodes) {
    if (node.service?.health === undefined) continue;
    const health = serviceState(engine, node).health!;
    health.advance(endMs);
    engine.recorder.health(node, health.takeLog());
  }
}
