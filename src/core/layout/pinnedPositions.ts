import type { FzDiagram } from '../model/types';
import { placeStably } from './stablePlacement';
import type { FzLaneBand, FzLayout } from './types';

/**
 * Where a person put a node by dragging it, kept beside the `.fz` (never in it), keyed by node
 * id. Stored relative to the node's lane so that it survives the bands moving (a lane above
 * growing, a lane added or removed): `x` is the node's left edge in canvas pixels, `y` the
 * distance from the top of its lane's band to the node's top edge, `lane` the lane the node was
 * in. A pin whose node is now in another lane no longer applies (and is pruned).
 */
export interface FzPinnedPosition {
  lane: string;
  x: number;
  y: number;
}

/** Pins by node id. */
export type FzPinnedPositions = Readonly<Record<string, FzPinnedPosition>>;

/**
 * The pin for a node dropped with its top-left corner at canvas point `position` in lane `lane`,
 * whose band is `band`. Null when a number is not finite or the band is unknown (nothing to pin
 * against).
 */
export function pinAt(
  position: { x: number; y: number },
  lane: string,
  band: FzLaneBand | undefined,
): FzPinnedPosition | null {
  if (!band || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return null;
  if (!Number.isFinite(band.y)) return null;
  return { lane, x: position.x, y: position.y - band.y };
}

/**
 * `pinned` without the pins of nodes that no longer exist (`live` lacks them) or that moved to
 * another lane (`laneOf[id]` differs from the pin's lane, when `laneOf` is given). Returns
 * `pinned` itself when nothing is dropped, so a caller can skip saving.
 */
export function prunePins(
  pinned: FzPinnedPositions,
  live: ReadonlySet<string>,
  laneOf?: Readonly<Record<string, string>>,
): FzPinnedPositions {
  let dropped = false;
  const kept: Record<string, FzPinnedPosition> = {};
  for (const [id, pin] of Object.entries(pinned)) {
    const stays = live.has(id) && (!laneOf || laneOf[id] === pin.lane);
    if (stays) kept[id] = pin;
    else dropped = true;
  }
  return dropped ? kept : pinned;
}

/**
 * The layout to draw: `layout` (the previous or a fresh auto layout) with the person's pins
 * applied. Pinned nodes take their pinned place, clamped inside their lane band (8 px from its
 * top, right of the lane's label column), and the band grows to hold them; nodes `layout` already
 * has in the same lane keep their box (bands restack, so they keep their place inside their
 * lane); nodes it lacks go right of their in-lane predecessor by edge, else at the end of their
 * lane, never on top of another node. Pure; see `placeStably` for the details and for which
 * placements are provisional. Pins of unknown nodes, of nodes in another lane, or with
 * non-finite numbers are ignored.
 *
 * @example
 *   const drawn = applyPinnedPositions(diagram, elkLayout, { n3: { lane: 'Gateway', x: 620, y: 60 } });
 *   drawn.nodes['n3']; // { x: 620, y: <Gateway band top> + 60, width, height }
 */
export function applyPinnedPositions(
  diagram: FzDiagram,
  layout: FzLayout | null,
  pinned: FzPinnedPositions,
): FzLayout {
  return placeStably(diagram, layout, pinned).layout;
}
