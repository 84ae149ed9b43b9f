/**
 * Run-time state of the `service` role: one {@link SimCall} per try of a request at a service,
 * and per service node its instances (servers busy, FIFO queue), picker, random streams, health
 * tracker, statistics and retries in flight.
 */
import type { SimEngine } from './engine';
import { createPicker, type SimInstancePicker, type SimPickContext } from './balancer';
import { createHealthTracker, type SimHealthTracker } from './health/tracker';
import { createRng, type SimRng } from './prng';
import type { SimNodeProgram } from './program';
import type { SimServiceStats } from './serviceStats';
import type { SimToken } from './tokens';
import type { SimCallOutcome } from './types';

/** Random stream ids per service purpose, offset by node index. */
const LATENCY_STREAM = 3_000_000;
const ERROR_STREAM = 4_000_000;
const POLICY_STREAM = 5_000_000;
const RETRY_STREAM = 6_000_000;

/** Where a call is: not sent yet, waiting in a queue, being served, or over. */
export const PENDING = 0;
export const QUEUED = 1;
export const IN_SERVICE = 2;
export const ENDED = 3;

/** One try of a request at a service: sent to one instance, ended once. */
export interface SimCall {
  token: SimToken;
  node: SimNodeProgram;
  /** 0 for the first try, n for the n-th retry. */
  attempt: number;
  /** The instance picked, or -1 before the pick / when none was eligible. */
  instance: number;
  sentAt: number;
  /** This try's deadline (route deadline or per-try timeout, whichever comes first), ms. */
  deadline: number;
  /** The route deadline shared by every try of the request at this service, ms. */
  routeDeadline: number;
  phase: number;
  /** The gateway has its outcome (answered, failed or timed out): later events only free servers. */
  settled: boolean;
  /** A timeout event is scheduled at `deadline`. */
  timerSet: boolean;
  /** This try is a retry counted against the policy's `maxActive`. */
  holdsRetry: boolean;
  /** Set when the end of service is scheduled: the status and how the call ended. */
  status: number;
  outcome: SimCallOutcome;
}

/** One service instance: calls in service, and the FIFO queue of those waiting. */
export interface SimInstanceState {
  busy: number;
  /** Calls really waiting (the queue array also holds calls abandoned at their deadline). */
  waiting: number;
  queue: SimCall[];
  head: number;
}

/** A service node's run-time state. */
export interface SimServiceState {
  instances: SimInstanceState[];
  picker: SimInstancePicker;
  /** Reused for every pick (only `client` and `hosts` change), so a call allocates no context. */
  pickContext: SimPickContext;
  latencyRng: SimRng;
  errorRng: SimRng;
  retryRng: SimRng;
  /** Absent when no instance can ever be unhealthy (the common case, and the fast one). */
  health: SimHealthTracker | undefined;
  stats: SimServiceStats;
  /** Retries in flight (Envoy circuit breaker `max_retries`). */
  activeRetries: number;
}

/** The run-time state of service `node`, made on first use. */
export function serviceState(engine: SimEngine, node: SimNodeProgram): SimServiceState {
  let state = engine.services.get(node.index);
  if (state === undefined) {
    const svc = node.service!;
    const instances: SimInstanceState[] = Array.from({ length: svc.instances }, () => ({
      busy: 0,
      waiting: 0,
      queue: [],
      head: 0,
    }));
    state = {
      instances,
      picker: createPicker(svc.policy, createRng(engine.seed, POLICY_STREAM + node.index)),
      pickContext: {
        instances: svc.instances,
        load: (i) => instances[i]!.busy + instances[i]!.waiting,
        client: '',
      },
      latencyRng: createRng(engine.seed, LATENCY_STREAM + node.index),
      errorRng: createRng(engine.seed, ERROR_STREAM + node.index),
      retryRng: createRng(engine.seed, RETRY_STREAM + node.index),
      health: svc.health && createHealthTracker(svc.health, svc.instances),
      stats: engine.recorder.serviceStats(node)!,
      activeRetries: 0,
    };
    engine.services.set(node.index, state);
  }
  return state;
}

/** A new try of `token` at `node` (`attempt` 0 is the first), not sent yet. */
export function newCall(
  token: SimToken,
  node: SimNodeProgram,
  attempt: number,
  routeDeadline: number,
): SimCall {
  return {
    token,
    node,
    attempt,
    instance: -1,
    sentAt: 0,
    deadline: routeDeadline,
    routeDeadline,
    phase: PENDING,
    settled: false,
    timerSet: false,
    holdsRetry: false,
    status: 0,
    outcome: 'answered',
  };
}
