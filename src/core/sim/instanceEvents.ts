/**
 * The scenario's top-level `events`: instance outages and recoveries scheduled by time,
 * `[{ "at": 5000, "node": "n14", "instance": 1, "state": "down" }]`. They join the events of the
 * node's own `health.events` (see `health/README.md` for what each state does).
 */
import type { SimInstanceEvent } from './health/config';
import { SIM_INSTANCE_STATES } from './health/config';
import {
  checkEnum,
  checkKnownKeys,
  checkNumber,
  checkString,
  describeType,
  isRecord,
  keyPath,
  type SimSchemaErrors,
} from './schemaCheck';
import type { SimScenarioInstanceEvent } from './types';

const EVENT_KEYS = ['at', 'node', 'instance', 'state'];

/**
 * Validates the `events` value. Each entry needs `at` (ms, ≥ 0), `node` (a node id or exact
 * label), `instance` (0-based whole number) and `state` (`up`, `down` or `unresponsive`).
 * Whether `node` is a service and `instance` below its instance count is checked when the diagram
 * is compiled ({@link resolveInstanceEvents}).
 *
 * @returns the entries in file order, or `[]` after adding an error per bad key to `errors`.
 */
export function parseInstanceEvents(
  errors: SimSchemaErrors,
  value: unknown,
): SimScenarioInstanceEvent[] {
  if (!Array.isArray(value)) {
    errors.add(
      'events',
      `must be an array of {at, node, instance, state}, got ${describeType(value)}`,
    );
    return [];
  }
  const out: SimScenarioInstanceEvent[] = [];
  value.forEach((entry: unknown, i) => {
    const here = `events[${i}]`;
    if (!isRecord(entry)) {
      errors.add(here, `must be an object {at, node, instance, state}, got ${describeType(entry)}`);
      return;
    }
    checkKnownKeys(errors, here, entry, EVENT_KEYS);
    const need = <T>(key: string, check: () => T | undefined): T | undefined => {
      if (entry[key] !== undefined) return check();
      errors.add(keyPath(here, key), 'is required');
      return undefined;
    };
    const at = need('at', () => checkNumber(errors, keyPath(here, 'at'), entry.at, { min: 0 }));
    const node = need('node', () => checkString(errors, keyPath(here, 'node'), entry.node));
    const instance = need('instance', () =>
      checkNumber(errors, keyPath(here, 'instance'), entry.instance, {
        min: 0,
        max: 9_999,
        integer: true,
      }),
    );
    const state = need('state', () =>
      checkEnum(errors, keyPath(here, 'state'), entry.state, SIM_INSTANCE_STATES),
    );
    if (at !== undefined && node !== undefined && instance !== undefined && state !== undefined)
      out.push({ at, node, instance, state });
  });
  return out;
}

/** What {@link resolveInstanceEvents} needs to know of a node. */
export interface SimEventTarget {
  id: string;
  label: string;
  role: string;
  instances: number | undefined;
}

/**
 * Assigns each event to its node: by id first, else by exact label (which must then name exactly
 * one node). Errors (added to `errors` as sentences naming `events[i].…`): no such node, a label
 * shared by several nodes, a node that is not a service, an instance at or above the node's
 * instance count.
 *
 * @returns per node index, its events in file order (nodes without events are absent).
 */
export function resolveInstanceEvents(
  events: readonly SimScenarioInstanceEvent[],
  nodes: readonly SimEventTarget[],
  errors: string[],
): Map<number, SimInstanceEvent[]> {
  const out = new Map<number, SimInstanceEvent[]>();
  events.forEach((event, i) => {
    const here = `events[${i}]`;
    let index = nodes.findIndex((n) => n.id === event.node);
    if (index < 0) {
      const byLabel = nodes.flatMap((n, k) => (n.label === event.node ? [k] : []));
      if (byLabel.length > 1) {
        errors.push(
          `${here}.node: ${byLabel.length} nodes are labelled ${JSON.stringify(event.node)}; use an id`,
        );
        return;
      }
      index = byLabel[0] ?? -1;
    }
    const node = nodes[index];
    if (node === undefined) {
      errors.push(`${here}.node: no node has the id or label ${JSON.stringify(event.node)}`);
      return;
    }
    if (node.role !== 'service' || node.instances === undefined) {
      errors.push(
        `${here}.node: ${node.id} ("${node.label}") has the role "${node.role}"; events apply to services`,
      );
      return;
    }
    if (event.instance >= node.instances) {
      errors.push(
        `${here}.instance: ${node.id} has ${node.instances} instance${node.instances === 1 ? '' : 's'} ` +
          `(0 to ${node.instances - 1}), got ${event.instance}`,
      );
      return;
    }
    const list = out.get(index) ?? [];
    list.push({ at: event.at, instance: event.instance, state: event.state });
    out.set(index, list);
  });
  return out;
}
