/**
 * Compiles a diagram and a scenario's `nodes` section into the table the engine runs: each node's
 * role (inferred, or overridden by the scenario), its settings, and its outgoing edges. Nothing
 * here knows the reference diagram: roles come from shapes and labels only.
 */
import type { FzDiagram, FzNode } from '../model/types';
import { createLimiter } from './limiters/createLimiter';
import { parseLimiterConfig } from './limiters/parseConfig';
import type { SimLimiter } from './limiters/types';
import { parseAuthConfig, type SimAuthConfig } from './auth/config';
import type { SimJwtVerifier } from './auth/verifier';
import { CHECK_ROLES, inferRole, respondStatusFromLabel, type SimRole } from './roles';
import { settingsKeysForRole, type SimLatencySpec } from './scenarioNodes';
import { keyPath } from './schemaCheck';
import { compileRouting } from './routing';
import { resolveInstanceEvents } from './instanceEvents';
import {
  DEFAULT_SERVICE_LATENCY,
  buildServiceProgram,
  type SimServiceProgram,
} from './serviceProgram';
import type { SimNodeSettings, SimScenarioInstanceEvent } from './types';

export type { SimServiceProgram } from './serviceProgram';

/** Defaults for roles the scenario does not configure (documented in simulation.md terms). */
export const SIM_DEFAULTS = {
  /** A `step` node's processing time; every other role takes no time unless `delayMs` is set. */
  stepDelayMs: 1,
  /** Token bucket when a rate-limit node has no settings: 10 tokens, 5 per second. */
  capacity: 10,
  refillPerSec: 5,
  /** Service time when a service node has none. */
  latency: DEFAULT_SERVICE_LATENCY as SimLatencySpec,
  /** KrakenD: 85 % of the 2 s endpoint timeout goes to the backends. */
  aggregateTimeoutMs: 1700,
} as const;

/** An outgoing edge as the engine sees it. */
export interface SimEdgeProgram {
  /** Index of the target node in {@link SimProgram.nodes}. */
  to: number;
  label: string;
  /** The status a 3-digit label sets (`401`), else undefined. */
  status: number | undefined;
}

/** One node ready to run. */
export interface SimNodeProgram {
  index: number;
  id: string;
  label: string;
  lane: string;
  role: SimRole;
  delayMs: number;
  out: SimEdgeProgram[];
  /** `[0, 1, …, out.length − 1]`, built once so leaving by every edge allocates nothing. */
  allEdges: number[];
  inDegree: number;
  settings: SimNodeSettings;
  /** respond: the status it sets. */
  respondStatus?: number;
  /** rate-limit: the limiter and what it keys on. */
  limiter?: SimLimiter;
  limitKey?: 'client' | 'sub' | 'ip' | 'path';
  /** auth: the checked settings (algorithm, keys, tolerance, issuer, audience). */
  authConfig?: SimAuthConfig;
  /** auth: the verifier (one cache per node), made by `simulate` from `authConfig`. */
  verifier?: SimJwtVerifier;
  service?: SimServiceProgram;
  aggregateTimeoutMs: number;
  /** A check whose failure ends the request at once, because no decision follows it. */
  rejectEnds: boolean;
  /** decision: indexes into `out` of the edge taken when the check passed / failed. */
  passEdge?: number;
  failEdge?: number;
  /** decision without a check before it: relative weight per edge of `out`. */
  weights?: number[];
  /** router/discovery: explicit path prefixes → index into `out` (longest prefix first). */
  routes?: { prefix: string; edge: number }[];
  /** router/discovery: the branches chosen per request path, filled as paths are seen. */
  routeCache?: Map<string, number[]>;
  /** service: the path it calls per request path, filled as paths are seen. */
  callPathCache?: Map<string, string>;
}

/** A compiled diagram: nodes in file order and the index of the node where requests enter. */
export interface SimProgram {
  nodes: SimNodeProgram[];
  source: number;
  byId: Map<string, number>;
}

/**
 * Builds the program. Returns `{ ok: false, errors }` (readable sentences) when the diagram has no
 * node, no source (a circle with no incoming edge), when a scenario `nodes` key names no node
 * or carries settings the node's role does not take, or when an instance event (`events`) names
 * no service node or an instance it does not have.
 */
export function compileProgram(
  diagram: FzDiagram,
  nodeSettings: Record<string, SimNodeSettings>,
  events: readonly SimScenarioInstanceEvent[] = [],
): { ok: true; program: SimProgram } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const byId = new Map<string, number>();
  diagram.nodes.forEach((n, i) => byId.set(n.id, i));
  if (diagram.nodes.length === 0) return { ok: false, errors: ['the diagram has no nodes'] };

  const outEdges: SimEdgeProgram[][] = diagram.nodes.map(() => []);
  const inDegree = diagram.nodes.map(() => 0);
  for (const edge of diagram.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from === undefined || to === undefined) continue; // the model guarantees both exist
    const label = edge.label ?? '';
    outEdges[from]!.push({
      to,
      label,
      status: /^\s*[1-5]\d\d\s*$/.test(label) ? Number(label) : undefined,
    });
    inDegree[to]!++;
  }

  const settingsOf = resolveSettings(diagram.nodes, nodeSettings, errors);
  const nodes = diagram.nodes.map((node, index) => {
    const settings = settingsOf[index] ?? {};
    const inferred = inferRole(node, inDegree[index]!, outEdges[index]!.length);
    const role = (settings.role as SimRole | undefined) ?? inferred;
    checkSettingsFitRole(node, settings, role, inferred, nodeSettings, errors);
    return buildNode(node, index, role, settings, outEdges[index]!, inDegree[index]!, errors);
  });
  const targets = nodes.map((n) => ({ ...n, instances: n.service?.instances }));
  for (const [index, list] of resolveInstanceEvents(events, targets, errors)) {
    const node = nodes[index]!;
    node.service = buildServiceProgram(node.settings, list);
  }
  for (const node of nodes) {
    node.rejectEnds =
      CHECK_ROLES.has(node.role) && !node.out.some((e) => nodes[e.to]!.role === 'decision');
    compileRouting(node, nodes, errors);
  }

  const source = nodes.findIndex((n) => n.role === 'source');
  if (source < 0) {
    errors.push('the diagram has no source: requests enter at a circle with no incoming edges');
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, program: { nodes, source, byId } };
}

/** Settings per node index, from scenario keys that are a node id or an exact label. */
function resolveSettings(
  nodes: readonly FzNode[],
  input: Record<string, SimNodeSettings>,
  errors: string[],
): (SimNodeSettings | undefined)[] {
  const byLabel: SimNodeSettings[][] = nodes.map(() => []);
  const byId: (SimNodeSettings | undefined)[] = nodes.map(() => undefined);
  for (const [key, settings] of Object.entries(input)) {
    const idIndex = nodes.findIndex((n) => n.id === key);
    if (idIndex >= 0) {
      byId[idIndex] = settings;
      continue;
    }
    let matched = false;
    nodes.forEach((n, i) => {
      if (n.label === key) {
        byLabel[i]!.push(settings);
        matched = true;
      }
    });
    if (!matched)
      errors.push(`${keyPath('nodes', key)}: no node has the id or label ${JSON.stringify(key)}`);
  }
  // An id key is more specific than a label key, so its values win.
  return nodes.map((_, i) =>
    byLabel[i]!.length === 0 && byId[i] === undefined
      ? undefined
      : Object.assign({}, ...byLabel[i]!, byId[i] ?? {}),
  );
}

function checkSettingsFitRole(
  node: FzNode,
  settings: SimNodeSettings,
  role: SimRole,
  inferred: SimRole,
  input: Record<string, SimNodeSettings>,
  errors: string[],
): void {
  if (settings.role !== undefined) return; // explicit roles were checked by the schema
  const allowed = settingsKeysForRole(role);
  const scenarioKey = node.id in input ? node.id : node.label;
  for (const key of Object.keys(settings)) {
    if (!allowed.includes(key)) {
      errors.push(
        `${keyPath(keyPath('nodes', scenarioKey), key)}: does not apply to ${node.id} ("${node.label}"), ` +
          `whose role is "${inferred}"; set "role" to change it`,
      );
    }
  }
}

function buildNode(
  node: FzNode,
  index: number,
  role: SimRole,
  s: SimNodeSettings,
  out: SimEdgeProgram[],
  inDegree: number,
  errors: string[],
): SimNodeProgram {
  const num = (key: string): number | undefined =>
    typeof s[key] === 'number' ? s[key] : undefined;
  const str = (key: string): string | undefined =>
    typeof s[key] === 'string' ? s[key] : undefined;
  const program: SimNodeProgram = {
    index,
    id: node.id,
    label: node.label,
    lane: node.lane,
    role,
    delayMs: num('delayMs') ?? (role === 'step' ? SIM_DEFAULTS.stepDelayMs : 0),
    out,
    allEdges: out.map((_, i) => i),
    inDegree,
    settings: s,
    aggregateTimeoutMs: num('timeoutMs') ?? SIM_DEFAULTS.aggregateTimeoutMs,
    rejectEnds: false,
  };
  switch (role) {
    case 'respond': {
      const status = num('status') ?? respondStatusFromLabel(node.label);
      if (status === undefined) {
        errors.push(
          `${node.id} ("${node.label}") responds but names no status: set nodes.${node.id}.status`,
        );
      }
      program.respondStatus = status ?? 200;
      break;
    }
    case 'rate-limit': {
      const parsed = parseLimiterConfig(s, keyPath('nodes', node.id), {
        ignoreKeys: ['role', 'delayMs', 'key'],
      });
      if ('errors' in parsed) errors.push(...parsed.errors);
      else program.limiter = createLimiter(parsed.config);
      program.limitKey = (str('key') as SimNodeProgram['limitKey']) ?? 'client';
      break;
    }
    case 'auth': {
      // The verifier needs keys (WebCrypto, async): `simulate` makes it from this config.
      const parsed = parseAuthConfig(s, keyPath('nodes', node.id));
      if ('errors' in parsed) errors.push(...parsed.errors.map((e) => `${e.key}: ${e.message}`));
      else program.authConfig = parsed.config;
      break;
    }
    case 'service':
      program.service = buildServiceProgram(s);
      break;
    default:
      break;
  }
  return program;
}
