/**
 * How a request picks its way out of a node: decisions follow the verdict of the check before
 * them (edge labels Yes/OK/Valid vs No/other), routers and discovery nodes pick the branch whose
 * label matches the first path segment (`/users` ↔ `Users`), and forks find the node where their
 * branches meet again (the join).
 */
import type { SimNodeProgram } from './program';
import { keyPath } from './schemaCheck';

const PASS_LABEL =
  /^\s*(yes|y|ok|okay|valid|true|pass(ed)?|allow(ed)?|success|accept(ed)?|approved)\b/i;
const FAIL_LABEL =
  /^\s*(no|n|invalid|false|fail(ed|ure)?|den(y|ied)|reject(ed)?|error|blocked|limited|throttled)\b/i;

/**
 * Fills a node's routing fields (`passEdge`/`failEdge`/`weights` for decisions, `routes` for
 * routers and discovery). Scenario values that name no outgoing edge become errors.
 */
export function compileRouting(
  node: SimNodeProgram,
  nodes: SimNodeProgram[],
  errors: string[],
): void {
  if (node.role === 'decision') {
    const pass = node.out.findIndex((e) => PASS_LABEL.test(e.label));
    const fail = node.out.findIndex((e) => FAIL_LABEL.test(e.label));
    node.passEdge = pass >= 0 ? pass : firstOther(node.out.length, fail);
    node.failEdge = fail >= 0 ? fail : firstOther(node.out.length, node.passEdge);
    node.weights = node.out.map(() => 1);
    const weights = node.settings.weights as Record<string, number> | undefined;
    if (weights) {
      node.weights = node.out.map(() => 0);
      for (const [name, weight] of Object.entries(weights)) {
        const edge = findEdge(node, nodes, name);
        if (edge < 0) errors.push(`${settingPath(node, 'weights', name)}: ${noEdge(node, name)}`);
        else node.weights[edge] = weight;
      }
      if (node.out.length > 0 && node.weights.every((w) => w === 0)) {
        errors.push(`${settingPath(node, 'weights')}: at least one branch needs a positive weight`);
      }
    }
  }
  if (node.role === 'router' || node.role === 'discovery') {
    const routes = node.settings.routes as Record<string, string> | undefined;
    node.routes = [];
    for (const [prefix, name] of Object.entries(routes ?? {})) {
      const edge = findEdge(node, nodes, name);
      if (edge < 0) errors.push(`${settingPath(node, 'routes', prefix)}: ${noEdge(node, name)}`);
      else node.routes.push({ prefix: prefix.replace(/\/+$/, '') || '/', edge });
    }
    node.routes.sort((a, b) => b.prefix.length - a.prefix.length);
  }
}

function firstOther(count: number, taken: number | undefined): number | undefined {
  for (let i = 0; i < count; i++) if (i !== taken) return i;
  return undefined;
}

/** An out-edge by label (case-insensitive), target id or target label; -1 when none. */
function findEdge(node: SimNodeProgram, nodes: SimNodeProgram[], name: string): number {
  const lower = name.toLowerCase();
  return node.out.findIndex(
    (e) =>
      e.label.toLowerCase() === lower || nodes[e.to]!.id === name || nodes[e.to]!.label === name,
  );
}

function settingPath(node: SimNodeProgram, key: string, sub?: string): string {
  const base = keyPath(keyPath('nodes', node.id), key);
  return sub === undefined ? base : keyPath(base, sub);
}

function noEdge(node: SimNodeProgram, name: string): string {
  return `no outgoing edge of ${node.id} ("${node.label}") is labelled or leads to ${JSON.stringify(name)}`;
}

/** Lower-case letters and digits only: `User-Service` → `userservice`. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Singular/plural tolerant equality of two slugs: user ~ users, inventory ~ inventories. */
export function sameWord(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const forms = (w: string) => [w, `${w}s`, `${w}es`, w.endsWith('y') ? `${w.slice(0, -1)}ies` : w];
  return forms(a).includes(b) || forms(b).includes(a);
}

/** The first segment of a request path: `/users/42?x=1` → `users`. */
export function firstSegment(path: string): string {
  return (
    path
      .replace(/[?#].*$/, '')
      .split('/')
      .find((s) => s !== '') ?? ''
  );
}

/**
 * The out-edges a router or discovery node sends `path` to: an explicit route (longest prefix),
 * else every edge whose label matches the first path segment (the whole label or one of its words),
 * else all edges (fan-out, the aggregation case).
 */
export function pickRoutes(node: SimNodeProgram, path: string): number[] {
  // A run sends few distinct paths, so each node remembers its answer per path.
  const cache = (node.routeCache ??= new Map<string, number[]>());
  let edges = cache.get(path);
  if (edges === undefined) {
    edges = matchRoutes(node, path);
    cache.set(path, edges);
  }
  return edges;
}

function matchRoutes(node: SimNodeProgram, path: string): number[] {
  const bare = path.replace(/[?#].*$/, '');
  for (const route of node.routes ?? []) {
    if (route.prefix === '/' || bare === route.prefix || bare.startsWith(`${route.prefix}/`)) {
      return [route.edge];
    }
  }
  const segment = slug(firstSegment(path));
  const matches: number[] = [];
  node.out.forEach((edge, i) => {
    const words = edge.label.split(/[\s_-]+/).map(slug);
    if (sameWord(segment, slug(edge.label)) || words.some((w) => sameWord(segment, w)))
      matches.push(i);
  });
  return matches.length > 0 ? matches : node.out.map((_, i) => i);
}

/**
 * The node where branches starting at `starts` meet again: reachable from every start, with the
 * smallest longest distance (ties: file order). When no node is reachable from every start, an
 * `aggregate` node reachable from some of them (the nearest, by its longest distance from the
 * starts that reach it) is the join all the same: the branches that can never get there count as
 * failed at its deadline, as KrakenD counts a backend that never answers. `-1` when there is none.
 */
export function findJoin(nodes: readonly SimNodeProgram[], starts: readonly number[]): number {
  const n = nodes.length;
  const worst = new Float64Array(n); // longest distance over the starts so far
  const reachedBy = new Int32Array(n);
  for (const start of starts) {
    const dist = new Int32Array(n).fill(-1);
    dist[start] = 0;
    const queue = [start];
    // A for-of over an array sees elements pushed during the loop: this is a BFS queue.
    for (const at of queue) {
      for (const edge of nodes[at]!.out) {
        if (dist[edge.to] === -1) {
          dist[edge.to] = dist[at]! + 1;
          queue.push(edge.to);
        }
      }
    }
    for (let i = 0; i < n; i++) {
      if (dist[i]! >= 0) {
        reachedBy[i]!++;
        worst[i] = Math.max(worst[i]!, dist[i]!);
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (reachedBy[i] === starts.length && (best < 0 || worst[i]! < worst[best]!)) best = i;
  }
  if (best >= 0) return best;
  for (let i = 0; i < n; i++) {
    if (
      nodes[i]!.role === 'aggregate' &&
      reachedBy[i]! > 0 &&
      (best < 0 || worst[i]! < worst[best]!)
    )
      best = i;
  }
  return best;
}
