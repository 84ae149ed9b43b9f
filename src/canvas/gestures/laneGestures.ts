/**
 * Lane gestures from the lane rail and the lane menu as `FzChange`s: add a lane, rename its label,
 * move it up or down, delete it (the UI asks first when the lane still holds nodes).
 */
import type { FzChange } from '../../core/edit/types';
import type { FzDiagram } from '../../core/model/types';

/**
 * A lane id for a lane a person named `name`: the name's letters, digits and underscores in
 * PascalCase (`"Billing team"` → `BillingTeam`), `Lane` in front when that would start with a digit,
 * look like a node id (`n12`) or the `loop` keyword, or be empty; then `2`, `3`, … appended until
 * it differs from every id in `taken` (compared without case, so two lanes never differ by case only).
 */
export function laneIdFromName(name: string, taken: readonly string[]): string {
  const words = name.split(/[^A-Za-z0-9_]+/).filter((word) => word !== '');
  let base = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  if (base === '' || /^[0-9]/.test(base) || /^n[0-9]+$/i.test(base) || /^loop$/i.test(base)) {
    base = `Lane${base}`;
  }
  const used = new Set(taken.map((id) => id.toLowerCase()));
  let id = base;
  for (let n = 2; used.has(id.toLowerCase()); n++) id = `${base}${n}`;
  return id;
}

/**
 * The "add lane" input's answer: a new lane after the last one, its id made from the name
 * ({@link laneIdFromName}) and its label the name as typed (trimmed). Null for a blank name.
 */
export function addLaneChange(name: string, lanes: readonly { id: string }[]): FzChange | null {
  const label = name.trim();
  if (label === '') return null;
  return {
    kind: 'addLane',
    id: laneIdFromName(
      label,
      lanes.map((lane) => lane.id),
    ),
    label,
  };
}

/** The lane label editor's answer as a `setLaneLabel`; null when blank or unchanged. */
export function laneLabelChange(
  lane: { id: string; label: string },
  text: string,
): FzChange | null {
  const label = text.trim();
  if (label === '' || label === lane.label) return null;
  return { kind: 'setLaneLabel', lane: lane.id, label };
}

/**
 * "Move up" (`delta` −1) or "Move down" (+1) as a `moveLane` to the neighbouring position; null
 * when the lane is unknown or already first (up) or last (down).
 */
export function moveLaneChange(
  lanes: readonly { id: string }[],
  lane: string,
  delta: -1 | 1,
): FzChange | null {
  const index = lanes.findIndex((l) => l.id === lane);
  const toIndex = index + delta;
  if (index < 0 || toIndex < 0 || toIndex >= lanes.length) return null;
  return { kind: 'moveLane', lane, toIndex };
}

/** How many nodes the text declares in `lane`: deleting a lane that holds any asks first. */
export function nodesInLane(diagram: Pick<FzDiagram, 'nodes'>, lane: string): number {
  return diagram.nodes.filter((node) => node.lane === lane).length;
}
