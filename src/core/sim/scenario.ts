/**
 * The scenario schema (`*.scenario.json`, simulation.md): `seed`, `until`, `traffic` (bursts and
 * streams), `nodes` and `events` (instance outages, `instanceEvents.ts`). Every key is checked; any problem is reported with its JSON path and
 * nothing runs.
 */
import { SIM_AUTH_TOKEN_KINDS } from './auth/tokens';
import { parseInstanceEvents } from './instanceEvents';
import { parseNodeSettings } from './scenarioNodes';
import {
  SimSchemaErrors,
  checkEnum,
  checkKnownKeys,
  checkNumber,
  checkString,
  describeType,
  isRecord,
  keyPath,
} from './schemaCheck';
import type {
  SimBurst,
  SimNodeSettings,
  SimScenario,
  SimScenarioInstanceEvent,
  SimScenarioError,
  SimStream,
  SimTokenKind,
  SimTraffic,
} from './types';

/**
 * The most requests one scenario may send (the sum of burst counts and of the expected counts of
 * streams). Above it the scenario is refused, so a typo like a 10-million burst cannot freeze the
 * studio or the CLI.
 */
export const MAX_SCENARIO_REQUESTS = 2_000_000;

/** Token kinds the scenario may send: those the auth module mints. */
export const SIM_TOKEN_KINDS: readonly SimTokenKind[] = SIM_AUTH_TOKEN_KINDS;

/** Defaults filled in for traffic entries that omit them. */
export const TRAFFIC_DEFAULTS = {
  client: 'client',
  token: 'valid' as SimTokenKind,
  path: '/',
  method: 'GET',
  arrival: 'uniform' as const,
};

const TOP_KEYS = ['seed', 'until', 'traffic', 'nodes', 'events'];
const SHARED_TRAFFIC_KEYS = ['client', 'ip', 'token', 'path', 'method'];
const BURST_KEYS = ['at', 'count', ...SHARED_TRAFFIC_KEYS];
const STREAM_KEYS = ['from', 'to', 'rps', 'arrival', ...SHARED_TRAFFIC_KEYS];

/** The outcome of {@link parseScenario}. */
export type SimScenarioParse =
  { ok: true; scenario: SimScenario } | { ok: false; errors: SimScenarioError[] };

/**
 * Validates an untrusted value (usually `JSON.parse` output) as a scenario.
 *
 * @returns `{ ok: true, scenario }` with defaults filled in (`seed` 1, client `client`, token
 *   `valid`, path `/`, method `GET`, arrival `uniform`, `nodes` {}, no `events`), or `{ ok: false, errors }`
 *   where each error names the JSON path (`traffic[1].rps`) and why: unknown key, wrong type,
 *   negative, NaN/Infinity, missing, or a total above {@link MAX_SCENARIO_REQUESTS}. Never throws.
 */
export function parseScenario(input: unknown): SimScenarioParse {
  const errors = new SimSchemaErrors();
  if (!isRecord(input)) {
    errors.add('', `a scenario must be a JSON object, got ${describeType(input)}`);
    return { ok: false, errors: errors.list };
  }
  checkKnownKeys(errors, '', input, TOP_KEYS);

  let seed = 1;
  if (input.seed !== undefined) {
    seed = checkNumber(errors, 'seed', input.seed, { min: 0, max: 4294967295, integer: true }) ?? 1;
  }
  let until: number | undefined;
  if (input.until !== undefined) until = checkNumber(errors, 'until', input.until, { min: 0 });

  const traffic: SimTraffic[] = [];
  if (input.traffic === undefined) {
    errors.add('traffic', 'is required: a list of bursts {at, count} or streams {from, to, rps}');
  } else if (!Array.isArray(input.traffic)) {
    errors.add('traffic', `must be an array, got ${describeType(input.traffic)}`);
  } else {
    input.traffic.forEach((entry, i) => {
      const parsed = parseTraffic(errors, `traffic[${i}]`, entry);
      if (parsed) traffic.push(parsed);
    });
  }

  const nodes: Record<string, SimNodeSettings> = {};
  if (input.nodes !== undefined) {
    if (!isRecord(input.nodes)) {
      errors.add(
        'nodes',
        `must be an object keyed by node id or label, got ${describeType(input.nodes)}`,
      );
    } else {
      for (const [name, value] of Object.entries(input.nodes)) {
        const settings = parseNodeSettings(errors, keyPath('nodes', name), value);
        if (settings) nodes[name] = settings;
      }
    }
  }

  let events: SimScenarioInstanceEvent[] | undefined;
  if (input.events !== undefined) events = parseInstanceEvents(errors, input.events);

  if (errors.list.length === 0) {
    const total = expectedRequestCount(traffic);
    if (total > MAX_SCENARIO_REQUESTS) {
      errors.add(
        'traffic',
        `sends about ${formatCount(total)} requests; one run is capped at ${formatCount(MAX_SCENARIO_REQUESTS)}` +
          ' (lower the burst counts, the rates or the durations)',
      );
    }
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  const scenario: SimScenario = { seed, traffic, nodes };
  if (until !== undefined) scenario.until = until;
  if (events !== undefined && events.length > 0) scenario.events = events;
  return { ok: true, scenario };
}

function parseTraffic(errors: SimSchemaErrors, at: string, entry: unknown): SimTraffic | undefined {
  if (!isRecord(entry)) {
    errors.add(at, `must be an object, got ${describeType(entry)}`);
    return undefined;
  }
  const isBurst = 'at' in entry || 'count' in entry;
  const isStream = 'from' in entry || 'to' in entry || 'rps' in entry;
  if (isBurst === isStream) {
    errors.add(
      at,
      isBurst
        ? 'mixes a burst (at, count) with a stream (from, to, rps); split it in two entries'
        : 'must be a burst {at, count} or a stream {from, to, rps}',
    );
    return undefined;
  }
  checkKnownKeys(errors, at, entry, isBurst ? BURST_KEYS : STREAM_KEYS);
  const required = (key: string): unknown => {
    if (entry[key] === undefined) errors.add(keyPath(at, key), 'is required');
    return entry[key];
  };
  const shared = {
    client:
      entry.client === undefined
        ? TRAFFIC_DEFAULTS.client
        : checkString(errors, keyPath(at, 'client'), entry.client),
    token:
      entry.token === undefined
        ? TRAFFIC_DEFAULTS.token
        : checkEnum(errors, keyPath(at, 'token'), entry.token, SIM_TOKEN_KINDS),
    path:
      entry.path === undefined
        ? TRAFFIC_DEFAULTS.path
        : checkPath(errors, keyPath(at, 'path'), entry.path),
    method:
      entry.method === undefined
        ? TRAFFIC_DEFAULTS.method
        : checkMethod(errors, keyPath(at, 'method'), entry.method),
  };
  if (isBurst) {
    const atMs =
      required('at') === undefined
        ? undefined
        : checkNumber(errors, keyPath(at, 'at'), entry.at, { min: 0 });
    const count =
      required('count') === undefined
        ? undefined
        : checkNumber(errors, keyPath(at, 'count'), entry.count, { min: 0, integer: true });
    if (atMs === undefined || count === undefined || !complete(shared)) return undefined;
    const burst: SimBurst = { at: atMs, count, ...shared, ...ipOf(entry, at, errors) };
    return burst;
  }
  const from =
    required('from') === undefined
      ? undefined
      : checkNumber(errors, keyPath(at, 'from'), entry.from, { min: 0 });
  const to =
    required('to') === undefined
      ? undefined
      : checkNumber(errors, keyPath(at, 'to'), entry.to, { min: 0 });
  const rps =
    required('rps') === undefined
      ? undefined
      : checkNumber(errors, keyPath(at, 'rps'), entry.rps, { min: 0, exclusiveMin: true });
  const arrival =
    entry.arrival === undefined
      ? TRAFFIC_DEFAULTS.arrival
      : checkEnum(errors, keyPath(at, 'arrival'), entry.arrival, ['uniform', 'poisson'] as const);
  if (from !== undefined && to !== undefined && to < from) {
    errors.add(keyPath(at, 'to'), `must not be before from (${from}), got ${to}`);
    return undefined;
  }
  if (from === undefined || to === undefined || rps === undefined || arrival === undefined)
    return undefined;
  if (!complete(shared)) return undefined;
  const stream: SimStream = { from, to, rps, arrival, ...shared, ...ipOf(entry, at, errors) };
  return stream;
}

/** `{ ip }` when the entry names a valid client address, else nothing (errors go to `errors`). */
function ipOf(
  entry: Record<string, unknown>,
  at: string,
  errors: SimSchemaErrors,
): { ip?: string } {
  if (entry.ip === undefined) return {};
  const ip = checkString(errors, keyPath(at, 'ip'), entry.ip);
  return ip === undefined ? {} : { ip };
}

function complete<T extends object>(o: T): o is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(o).every((v) => v !== undefined);
}

function checkPath(errors: SimSchemaErrors, at: string, value: unknown): string | undefined {
  const path = checkString(errors, at, value);
  if (path !== undefined && (!path.startsWith('/') || /\s/.test(path))) {
    errors.add(at, `must start with "/" and contain no spaces, got ${JSON.stringify(path)}`);
    return undefined;
  }
  return path;
}

function checkMethod(errors: SimSchemaErrors, at: string, value: unknown): string | undefined {
  const method = checkString(errors, at, value);
  if (method !== undefined && !/^[A-Za-z]+$/.test(method)) {
    errors.add(at, `must be an HTTP method such as "GET", got ${JSON.stringify(method)}`);
    return undefined;
  }
  return method?.toUpperCase();
}

/** Whether a traffic entry is a burst (`at`, `count`) rather than a stream. */
export function isBurst(entry: SimTraffic): entry is SimBurst {
  return 'at' in entry;
}

/**
 * Requests a uniform stream sends: one every 1000/rps ms from `from`, while before `to`.
 * For a Poisson stream this is the expected count.
 */
export function streamRequestCount(stream: SimStream): number {
  const exact = ((stream.to - stream.from) * stream.rps) / 1000;
  // Guard against 9.999999 vs 10 from float division of round numbers.
  const rounded = Math.round(exact);
  return Math.abs(exact - rounded) < 1e-9 ? rounded : Math.ceil(exact);
}

/** Sum of burst counts and stream counts (expected counts for Poisson streams). */
export function expectedRequestCount(traffic: readonly SimTraffic[]): number {
  let total = 0;
  for (const entry of traffic) total += isBurst(entry) ? entry.count : streamRequestCount(entry);
  return total;
}

function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
