/**
 * The model-side meaning of the lane changes (see `diagramHelpers.ts` for the shared rules).
 * Each returns a new diagram, or the same one when the change does not apply.
 */
import type { FzDiagram } from '../model/types';
import { NO_RANGE, numberEdges, withoutNodes } from './diagramHelpers';
import type { FzChangeOf } from './types';

/** A lane label as the parser reads it back: trimmed of spaces and tabs, the id when empty. */
function laneLabel(id: string, label: string | undefined): string {
  const clean = (label ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
  return clean === '' ? id : clean;
}

/** A new lane (no nodes) at the end, or before `before`; refused for a taken id. */
export function addLaneToDiagram(d: FzDiagram, c: FzChangeOf<'addLane'>): FzDiagram {
  if (d.lanes.some((l) => l.id === c.id)) return d;
  const lane = { id: c.id, label: laneLabel(c.id, c.label), range: NO_RANGE };
  const at = c.before === undefined ? -1 : d.lanes.findIndex((l) => l.id === c.before);
  if (c.before !== undefined && at < 0) return d;
  const lanes = at < 0 ? [...d.lanes, lane] : [...d.lanes.slice(0, at), lane, ...d.lanes.slice(at)];
  return { ...d, lanes };
}

/** The lane shows the new label (its id when the label is empty). */
export function setLaneLabelInDiagram(d: FzDiagram, c: FzChangeOf<'setLaneLabel'>): FzDiagram {
  if (!d.lanes.some((l) => l.id === c.lane)) return d;
  const lanes = d.lanes.map((l) =>
    l.id === c.lane ? { ...l, label: laneLabel(l.id, c.label) } : l,
  );
  return { ...d, lanes };
}

/** The id changes everywhere; a lane whose label was its id (no label) shows the new id. */
export function renameLaneInDiagram(d: FzDiagram, c: FzChangeOf<'renameLane'>): FzDiagram {
  if (!d.lanes.some((l) => l.id === c.from) || d.lanes.some((l) => l.id === c.to)) return d;
  const rename = (id: string) => (id === c.from ? c.to : id);
  return {
    lanes: d.lanes.map((l) =>
      l.id === c.from ? { ...l, id: c.to, label: l.label === l.id ? c.to : l.label } : l,
    ),
    nodes: d.nodes.map((n) => (n.lane === c.from ? { ...n, lane: c.to } : n)),
    edges: d.edges.map((e) => ({ ...e, fromLane: rename(e.fromLane), toLane: rename(e.toLane) })),
    loops: d.loops.map((l) => (l.lane === c.from ? { ...l, lane: c.to } : l)),
  };
}

/**
 * The lane takes position `toIndex`; its nodes, the edges written in it (those whose source is
 * in it) and its loops move with its block, so each list is re-ordered by the new lane order
 * (stable; loops outside any lane stay last).
 */
export function moveLaneInDiagram(d: FzDiagram, c: FzChangeOf<'moveLane'>): FzDiagram {
  const from = d.lanes.findIndex((l) => l.id === c.lane);
  if (from < 0 || !Number.isInteger(c.toIndex) || c.toIndex < 0 || c.toIndex >= d.lanes.length) {
    return d;
  }
  if (from === c.toIndex) return d;
  const lanes = d.lanes.filter((_, i) => i !== from);
  lanes.splice(c.toIndex, 0, d.lanes[from]!);
  const order = new Map(lanes.map((l, i) => [l.id, i]));
  const rank = (lane: string | null) =>
    lane === null ? lanes.length : (order.get(lane) ?? lanes.length);
  const sortBy = <T>(items: readonly T[], laneOf: (item: T) => string | null): T[] =>
    items
      .map((item, i) => ({ item, i, r: rank(laneOf(item)) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.item);
  return {
    lanes,
    nodes: sortBy(d.nodes, (n) => n.lane),
    edges: numberEdges(sortBy(d.edges, (e) => e.fromLane)),
    loops: sortBy(d.loops, (l) => l.lane),
  };
}

/** The lane, its nodes (with their edges and loop references) and its loops go. */
export function deleteLaneFromDiagram(d: FzDiagram, c: FzChangeOf<'deleteLane'>): FzDiagram {
  if (!d.lanes.some((l) => l.id === c.lane)) return d;
  const ids = new Set(d.nodes.filter((n) => n.lane === c.lane).map((n) => n.id));
  const rest = withoutNodes({ ...d, loops: d.loops.filter((l) => l.lane !== c.lane) }, ids);
  return { ...rest, lanes: d.lanes.filter((l) => l.id !== c.lane) };
}
