/**
 * The `service` role: an instance picked by policy (`balancer.ts`: round robin from instance 0,
 * random, least-request, consistent hash by client), a concurrency limit with a FIFO queue per
 * instance, a call through the `SimTransport`, and a service time drawn on virtual time. An error
 * rate turns answers into 503.
 */
import type { SimEngine } from './engine';
import { createPicker, type SimInstancePicker, type SimPickContext } from './balancer';
import { drawLatency } from './latency';
import { createRng, type SimRng } from './prng';
import type { SimNodeProgram } from './program';
import { firstSegment, sameWord } from './routing';
import type { SimToken } from './tokens';

/** Random stream ids per service purpose, offset by node index. */
const LATENCY_STREAM = 3_000_000;
const ERROR_STREAM = 4_000_000;
const POLICY_STREAM = 5_000_000;

/** One service instance: requests in service and the FIFO queue of those waiting. */
interface SimInstanceState {
  busy: number;
  queue: SimToken[];
  head: number;
}

/** A service node's run-time state. */
export interface SimServiceState {
  instances: SimInstanceState[];
  picker: SimInstancePicker;
  /** Reused for every pick (only `client` changes), so a call allocates no context. */
  pickContext: SimPickContext;
  latencyRng: SimRng;
  errorRng: SimRng;
}

function serviceState(engine: SimEngine, node: SimNodeProgram): SimServiceState {
  let state = engine.services.get(node.index);
  if (state === undefined) {
    const svc = node.service!;
    const instances: SimInstanceState[] = Array.from({ length: svc.instances }, () => ({
      busy: 0,
      queue: [],
      head: 0,
    }));
    state = {
      instances,
      picker: createPicker(svc.policy, createRng(engine.seed, POLICY_STREAM + node.index)),
      pickContext: {
        instances: svc.instances,
        load: (i) => instances[i]!.busy + instances[i]!.queue.length - instances[i]!.head,
        client: '',
      },
      latencyRng: createRng(engine.seed, LATENCY_STREAM + node.index),
      errorRng: createRng(engine.seed, ERROR_STREAM + node.index),
    };
    engine.services.set(node.index, state);
  }
  return state;
}

/** A token reached a service node: start its call now, or queue it behind busy calls. */
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
  const svc = node.service!;
  const state = serviceState(engine, node);
  state.pickContext.client = token.req.client;
  const instance = state.picker.pick(state.pickContext);
  const inst = state.instances[instance]!;
  if (inst.busy < svc.concurrency) return startService(engine, token, node, instance);
  inst.queue.push(token);
  return undefined;
}

function startService(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
  instance: number,
): Promise<void> {
  const state = serviceState(engine, node);
  state.instances[instance]!.busy++;
  const req = token.req;
  let call: Promise<{ status: number }>;
  try {
    call = engine.transport({
      nodeId: node.id,
      service: node.label,
      instance,
      method: req.method,
      path: callPath(node, req.path),
      headers: { 'x-request-id': String(req.id), 'x-client': req.client },
    });
  } catch {
    call = Promise.resolve({ status: 502 });
  }
  // A transport that fails or answers no valid status counts as a bad gateway, like Envoy's 502.
  return call.then(
    (response) => finishCall(engine, token, node, instance, validStatus(response.status)),
    () => finishCall(engine, token, node, instance, 502),
  );
}

function validStatus(status: unknown): number {
  return Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 599
    ? (status as number)
    : 502;
}

function finishCall(
  engine: SimEngine,
  token: SimToken,
  node: SimNodeProgram,
  instance: number,
  status: number,
): void {
  const state = serviceState(engine, node);
  const ms = drawLatency(node.service!.latency, state.latencyRng);
  engine.scheduleServiceDone(token, node.index, instance, status, ms);
}

/** A service call finished: forward the token and start the next queued call on that instance. */
export function serviceDone(
  engine: SimEngine,
  token: SimToken,
  nodeIndex: number,
  instance: number,
  answered: number,
): Promise<void> | undefined {
  const node = engine.nodes[nodeIndex]!;
  const svc = node.service!;
  const state = serviceState(engine, node);
  const inst = state.instances[instance]!;
  inst.busy--;
  let status = answered;
  if (svc.errorRate > 0 && state.errorRng.next() < svc.errorRate) status = 503;
  if (!token.req.done) {
    const failedBefore = token.serviceStatus !== undefined && token.serviceStatus >= 400;
    token.serviceStatus = failedBefore ? token.serviceStatus : status;
    token.status = token.serviceStatus!;
    if (token.status >= 400) engine.recorder.reject(node);
    else engine.recorder.pass(node);
    engine.leave(token, node, node.allEdges);
  }
  while (inst.head < inst.queue.length) {
    const next = inst.queue[inst.head++]!;
    if (inst.head > 1024 && inst.head * 2 > inst.queue.length) {
      inst.queue.splice(0, inst.head);
      inst.head = 0;
    }
    if (!next.req.done) return startService(engine, next, node, instance);
  }
  return undefined;
}

function callPath(node: SimNodeProgram, path: string): string {
  const cache = (node.callPathCache ??= new Map<string, string>());
  let called = cache.get(path);
  if (called === undefined) {
    called = servicePath(node.label, path);
    cache.set(path, called);
  }
  return called;
}

/**
 * The path a service is called with: the request path when its first segment names the service
 * (`/users/42` for "User Service"), else the service's own name in front of the rest of the path
 * (`/orders/7` → `/inventory/7` for "Inventory Service").
 */
export function servicePath(label: string, path: string): string {
  const words = label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(
      (w) => w !== '' && !['service', 'services', 'database', 'db', 'svc', 'api'].includes(w),
    );
  if (words.length === 0) return path;
  const first = firstSegment(path)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (sameWord(first, words.join(''))) return path;
  const rest = path.replace(/^\/*[^/?#]*/, '');
  return `/${words.join('-')}${rest}`;
}
