import type { FzNode } from '../core/model/types';
import type { FzFlowEdge, FzFlowNode, FzNodeBadgeCounts } from './flowTypes';

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, index) => value === b[index]);
}

function sameModelNode(a: FzNode, b: FzNode): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.lane === b.lane &&
      a.shape === b.shape &&
      a.label === b.label &&
      a.owner === b.owner &&
      a.description === b.description &&
      a.system === b.system &&
      sameStrings(a.subItems, b.subItems))
  );
}

function sameBadge(a?: FzNodeBadgeCounts, b?: FzNodeBadgeCounts): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.arrivals === b.arrivals && a.passed === b.passed && a.rejected === b.rejected;
}

/** Whether two canvas nodes draw the same thing (source ranges are ignored: they never show). */
export function sameFlowNode(a: FzFlowNode, b: FzFlowNode): boolean {
  if (
    a.id !== b.id ||
    a.type !== b.type ||
    a.position.x !== b.position.x ||
    a.position.y !== b.position.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.zIndex !== b.zIndex
  ) {
    return false;
  }
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  if ('node' in da && 'node' in db) {
    return (
      sameModelNode(da['node'] as FzNode, db['node'] as FzNode) &&
      sameBadge(da['badge'] as FzNodeBadgeCounts | undefined, db['badge'] as FzNodeBadgeCounts)
    );
  }
  const keys = Object.keys(da);
  return keys.length === Object.keys(db).length && keys.every((key) => da[key] === db[key]);
}

/** Whether two canvas edges draw the same thing. */
export function sameFlowEdge(a: FzFlowEdge, b: FzFlowEdge): boolean {
  return (
    a.id === b.id &&
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.className === b.className &&
    a.data?.label === b.data?.label
  );
}

/**
 * Returns `next`, but with every element that draws the same as its namesake in `previous`
 * replaced by that previous object. React Flow and the memoized node components skip work for
 * unchanged object identities, so re-parsing a 1,000-node text after a keystroke only touches
 * what changed. Returns `previous` itself when nothing changed at all.
 */
export function keepUnchanged<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  same: (a: T, b: T) => boolean,
): T[] {
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const out = next.map((item, index) => {
    const old = byId.get(item.id);
    if (old && same(old, item)) {
      if (previous[index] !== old) changed = true;
      return old;
    }
    changed = true;
    return item;
  });
  return changed ? out : (previous as T[]);
}
