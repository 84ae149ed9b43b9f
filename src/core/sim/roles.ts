/**
 * What each node of a diagram does in a simulation, inferred from its shape, its label and its
 * place in the graph (simulation.md, "Roles"). The scenario may override any node's role.
 */
import type { FzNode } from '../model/types';

/** Every role the simulator knows. */
export const SIM_ROLES = [
  'source',
  'sink',
  'milestone',
  'decision',
  'respond',
  'load-balancer',
  'auth',
  'rate-limit',
  'discovery',
  'router',
  'aggregate',
  'service',
  'step',
] as const;

/** A node's role. */
export type SimRole = (typeof SIM_ROLES)[number];

/** Roles that judge a request; a decision diamond after them follows their verdict. */
export const CHECK_ROLES: ReadonlySet<SimRole> = new Set<SimRole>(['auth', 'rate-limit']);

/** `true` when `value` names a role. */
export function isSimRole(value: unknown): value is SimRole {
  return typeof value === 'string' && (SIM_ROLES as readonly string[]).includes(value);
}

const RESPOND_PATTERN = /\b(?:return|respond)\s+([1-5]\d\d)\b/i;

/** Label rows after `return NNN`: first match wins (simulation.md table). */
const LABEL_RULES: readonly [RegExp, SimRole][] = [
  [/load[\s-]*balanc/i, 'load-balancer'],
  [/jwt|authenticat/i, 'auth'],
  [/rate[\s-]*limit|throttl|quota/i, 'rate-limit'],
  [/discovery|registry/i, 'discovery'],
  [/route\s+to|router/i, 'router'],
  [/aggregat|compose|merge/i, 'aggregate'],
  [/service|database/i, 'service'],
];

/**
 * The status a `return NNN` / `respond NNN` label names (e.g. `Return 401 Unauthorized` → 401),
 * or `undefined` when the label names none.
 */
export function respondStatusFromLabel(label: string): number | undefined {
  const match = RESPOND_PATTERN.exec(label);
  return match ? Number(match[1]) : undefined;
}

/**
 * Infers a node's role. `incoming`/`outgoing` are its edge counts: a circle with no incoming edge
 * is a source, one with no outgoing edge a sink, any other circle a milestone. A diamond is a
 * decision. Other shapes go by label (case-insensitive, first matching row); no match → `step`.
 */
export function inferRole(node: FzNode, incoming: number, outgoing: number): SimRole {
  if (node.shape === 'diamond') return 'decision';
  if (node.shape === 'circle') {
    if (incoming === 0) return 'source';
    if (outgoing === 0) return 'sink';
    return 'milestone';
  }
  if (respondStatusFromLabel(node.label) !== undefined) return 'respond';
  for (const [pattern, role] of LABEL_RULES) if (pattern.test(node.label)) return role;
  return 'step';
}
