/**
 * The discrete-event engine: a virtual clock, one event queue, and the rules that move a request's
 * tokens along the diagram's edges (fork at routers, join where branches meet, end at a node with
 * no outgoing edge). What each role does at a node lives in `nodeActions.ts`.
 *
 * Determinism: zero-delay hops run first, in the order they were made; timed events leave the
 * heap by (time, insertion order). Asynchronous work (a first JWT
 * verification, a transport call) is awaited before the next event runs, so the order of
 * everything depends only on the diagram, the scenario and the seed.
 */
import { SimEventQueue } from './eventQueue';
import { visitNode } from './nodeActions';
import {
  callTimeout,
  finishServices,
  retryDue,
  serviceDone,
  type SimCall,
  type SimServiceState,
} from './serviceNode';
import type { SimNodeProgram, SimProgram } from './program';
import { findJoin } from './routing';
import { createArrivalCursor, type SimArrivalCursor } from './traffic';
import {
  aggregateStatuses,
  branchToken,
  type SimGroup,
  type SimRequest,
  type SimToken,
} from './tokens';
import type { SimRecorder } from './recorder';
import type { SimRng } from './prng';
import type { SimScenario, SimTransport, SimTraffic } from './types';

/** At most this many branch tokens per request; a fork past it leaves the request stuck. */
const MAX_TOKENS_PER_REQUEST = 256;

type SimEvent =
  | { kind: 'arrival'; entry: number; count: number }
  | { kind: 'hop'; token: SimToken; node: number }
  | { kind: SimCallEventKind; call: SimCall }
  | { kind: 'join-deadline'; group: SimGroup };

/** Events of one service call: its service ends, its deadline passes, its retry is due. */
export type SimCallEventKind = 'service-done' | 'call-timeout' | 'call-retry';

/** Everything a run needs besides the program. */
export interface SimEngineOptions {
  scenario: SimScenario;
  transport: SimTransport;
  tokens: ReadonlyMap<string, string | undefined>;
  tokenKey: (entry: SimTraffic) => string;
  recorder: SimRecorder;
}

/** One run of a compiled program on virtual time. Create, `await run()`, read the recorder. */
export class SimEngine {
  /** Virtual time in ms: the time of the event being handled. */
  now = 0;
  readonly program: SimProgram;
  readonly nodes: SimNodeProgram[];
  readonly transport: SimTransport;
  readonly recorder: SimRecorder;
  readonly services = new Map<number, SimServiceState>();
  readonly rngs = new Map<number, SimRng>();
  readonly seed: number;
  private readonly queue = new SimEventQueue<SimEvent>();
  /**
   * Events due now (zero-delay hops), run in FIFO order before the clock moves on. Most hops take
   * no time, so this keeps them out of the heap: O(1) instead of O(log n) each.
   */
  private nowQueue: SimEvent[] = [];
  private nowHead = 0;
  private readonly cursors: SimArrivalCursor[];
  private readonly options: SimEngineOptions;
  private readonly maxHops: number;
  private readonly joins = new Map<string, number>();
  private nextId = 1;

  constructor(program: SimProgram, options: SimEngineOptions) {
    this.program = program;
    this.nodes = program.nodes;
    this.options = options;
    this.transport = options.transport;
    this.recorder = options.recorder;
    this.seed = options.scenario.seed;
    this.maxHops = 4 * program.nodes.length + 16;
    this.cursors = options.scenario.traffic.map((entry, i) =>
      createArrivalCursor(entry, i, options.scenario.seed),
    );
  }

  /**
   * Runs until no event is left (or until `scenario.until`); requests still open end as stuck.
   * The run ends at the last event that did something (a timer of a call or join already over
   * does not count), or at `until` when events were left after it.
   */
  async run(): Promise<void> {
    const until = this.options.scenario.until ?? Infinity;
    this.cursors.forEach((_, entry) => this.scheduleArrival(entry, until));
    let endMs: number;
    let lastActiveMs = 0;
    for (;;) {
      let item: SimEvent;
      if (this.nowHead < this.nowQueue.length) {
        item = this.nowQueue[this.nowHead++]!;
        if (this.nowHead === this.nowQueue.length) {
          this.nowQueue.length = 0;
          this.nowHead = 0;
        } else if (this.nowHead >= 65536 && this.nowHead * 2 >= this.nowQueue.length) {
          this.nowQueue = this.nowQueue.slice(this.nowHead);
          this.nowHead = 0;
        }
      } else {
        const time = this.queue.peekTime();
        if (this.queue.size === 0) {
          endMs = lastActiveMs;
          break;
        }
        if (time > until) {
          endMs = until;
          break;
        }
        this.now = time;
        item = this.queue.pop()!;
      }
      // Timers whose call or join already ended do nothing: they must not stretch the run.
      if (!isStale(item)) lastActiveMs = this.now;
      const pending = this.dispatch(item, until);
      if (pending !== undefined) await pending;
    }
    finishServices(this, endMs);
    this.recorder.finishOpen(endMs);
  }

  private dispatch(event: SimEvent, until: number): Promise<void> | undefined {
    switch (event.kind) {
      case 'arrival':
        for (let i = 0; i < event.count; i++) this.send(event.entry);
        this.scheduleArrival(event.entry, until);
        return undefined;
      case 'hop':
        return this.arrive(event.token, event.node);
      case 'service-done':
        return serviceDone(this, event.call);
      case 'call-timeout':
        callTimeout(this, event.call);
        return undefined;
      case 'call-retry':
        return retryDue(this, event.call);
      case 'join-deadline':
        if (!event.group.done) {
          const g = event.group;
          const missing = g.expected - g.arrived.length - g.failed.length;
          for (let i = 0; i < missing; i++) g.failed.push(504);
          this.resolve(g);
        }
        return undefined;
      default:
        return exhaustive(event);
    }
  }

  private scheduleArrival(entry: number, until: number): void {
    const batch = this.cursors[entry]!.next();
    if (batch !== undefined && batch.time <= until) {
      this.queue.push(batch.time, { kind: 'arrival', entry, count: batch.count });
    }
  }

  private send(entryIndex: number): void {
    const entry = this.options.scenario.traffic[entryIndex]!;
    const source = this.nodes[this.program.source]!;
    const req: SimRequest = {
      id: this.nextId++,
      client: entry.client ?? 'client',
      ip: entry.ip ?? entry.client ?? 'client',
      jwt: this.options.tokens.get(this.options.tokenKey(entry)),
      path: entry.path ?? '/',
      method: entry.method ?? 'GET',
      sentAt: this.now,
      startLane: source.lane,
      subject: undefined,
      done: false,
      tokens: 1,
      lastNode: -1,
      trace: this.recorder.keepsResults ? { path: [], timeline: [], checks: [], calls: [] } : null,
      headers: this.recorder.keepsResults ? {} : null,
    };
    this.recorder.sent(req);
    const token: SimToken = {
      req,
      status: 200,
      verdict: undefined,
      serviceStatus: undefined,
      pending: null,
      group: null,
      hops: 0,
      responded: false,
    };
    this.nowQueue.push({ kind: 'hop', token, node: source.index });
  }

  private arrive(token: SimToken, nodeIndex: number): Promise<void> | undefined {
    if (token.req.done) return undefined;
    const group = token.group;
    if (group !== null && group.join === nodeIndex) {
      if (group.done) return undefined; // too late: the join already went on without it
      group.arrived.push(token);
      this.checkGroup(group);
      return undefined;
    }
    if (++token.hops > this.maxHops) {
      this.fail(token, 0);
      return undefined;
    }
    const node = this.nodes[nodeIndex]!;
    this.recorder.arrived(token.req, node, this.now);
    return visitNode(this, token, node);
  }

  /** Schedules `token` to arrive at `node` after `delayMs`. */
  schedule(token: SimToken, node: number, delayMs: number): void {
    const event: SimEvent = { kind: 'hop', token, node };
    if (delayMs === 0) this.nowQueue.push(event);
    else this.queue.push(this.now + delayMs, event);
  }

  /** Schedules an event of a service call at virtual time `at` (ms, not before now). */
  scheduleCall(kind: SimCallEventKind, call: SimCall, at: number): void {
    this.queue.push(at, { kind, call });
  }

  /**
   * Moves `token` out of `node` along the out-edges at `edges` (indexes into `node.out`), after
   * the node's processing delay. No edge: the request ends here. Several: the request forks.
   */
  leave(
    token: SimToken,
    node: SimNodeProgram,
    edges: readonly number[],
    delayMs = node.delayMs,
  ): void {
    if (edges.length === 0) {
      this.end(token, node);
      return;
    }
    if (edges.length === 1) {
      const edge = node.out[edges[0]!]!;
      if (edge.status !== undefined) token.status = edge.status;
      this.schedule(token, edge.to, delayMs);
      return;
    }
    if (token.req.tokens + edges.length > MAX_TOKENS_PER_REQUEST) {
      this.fail(token, 0);
      return;
    }
    const key = `${node.index}:${edges.join(',')}`;
    let join = this.joins.get(key);
    if (join === undefined) {
      join = findJoin(
        this.nodes,
        edges.map((e) => node.out[e]!.to),
      );
      this.joins.set(key, join);
    }
    const group: SimGroup = {
      join,
      expected: edges.length,
      arrived: [],
      failed: [],
      done: false,
      parent: token.group,
      base: token,
    };
    for (const e of edges) {
      const edge = node.out[e]!;
      const branch = branchToken(token, group);
      if (edge.status !== undefined) branch.status = edge.status;
      this.schedule(branch, edge.to, delayMs);
    }
    if (join >= 0) {
      const timeout = this.nodes[join]!.aggregateTimeoutMs;
      this.queue.push(this.now + delayMs + timeout, { kind: 'join-deadline', group });
    }
  }

  /**
   * The request reached a node with no outgoing edge. In the lane it started from, that is its
   * response; anywhere else the branch is lost (a failed backend inside a fork, else stuck).
   */
  end(token: SimToken, node: SimNodeProgram): void {
    if (node.lane === token.req.startLane) this.complete(token);
    else this.fail(token, token.group !== null ? 502 : 0);
  }

  /**
   * The gateway answers now with the token's status (a check rejected the request), or, inside a
   * fork, the branch fails with `status`. Status 0 means no response at all (stuck).
   */
  fail(token: SimToken, status: number): void {
    if (token.group !== null) this.branchFailed(token.group, status === 0 ? 502 : status);
    else if (status === 0) this.recorder.completed(token.req, 0, this.now);
    else this.complete(token);
  }

  /** The response leaves the gateway: records it once per request. */
  complete(token: SimToken): void {
    const req = token.req;
    if (req.done) return;
    let status = token.status;
    if (!token.responded && token.pending !== null && token.pending.length > 0) {
      // Branches were joined but no aggregate node merged them: merge them here.
      const merged = aggregateStatuses([
        ...token.pending,
        ...(token.serviceStatus !== undefined ? [token.status] : []),
      ]);
      if (merged) status = merged.status;
    }
    this.recorder.completed(req, status, this.now);
  }

  private branchFailed(group: SimGroup, status: number): void {
    if (group.done) return;
    group.failed.push(status);
    this.checkGroup(group);
  }

  private checkGroup(group: SimGroup): void {
    if (group.arrived.length + group.failed.length >= group.expected) this.resolve(group);
  }

  private resolve(group: SimGroup): void {
    group.done = true;
    const base = group.base;
    if (group.join < 0) {
      // Branches that never meet: every one of them failed before answering.
      this.fail(base, 0);
      return;
    }
    const pending = [...(base.pending ?? [])];
    let hops = base.hops;
    for (const branch of group.arrived) {
      if (branch.pending) pending.push(...branch.pending);
      pending.push(branch.status);
      hops = Math.max(hops, branch.hops);
    }
    pending.push(...group.failed);
    const merged: SimToken = {
      req: base.req,
      status: base.status,
      verdict: undefined,
      serviceStatus: undefined,
      pending,
      group: group.parent,
      hops,
      responded: base.responded || group.arrived.some((b) => b.responded),
    };
    this.nowQueue.push({ kind: 'hop', token: merged, node: group.join });
  }
}

function isStale(event: SimEvent): boolean {
  return (
    (event.kind === 'call-timeout' && event.call.settled) ||
    (event.kind === 'join-deadline' && event.group.done)
  );
}

function exhaustive(value: never): never {
  throw new Error(`unhandled simulator event ${JSON.stringify(value)}`);
}
