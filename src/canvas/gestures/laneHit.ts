/**
 * Which lane a point on the canvas falls in. Lanes are horizontal bands stacked top to bottom
 * (`FzLaneBand` in the layout), so only the point's y matters; x is ignored because every band
 * spans the whole diagram width.
 */

/** A lane's band on the canvas: its id, top edge and height, in flow pixels (before zoom). */
export interface FzLaneSpan {
  id: string;
  y: number;
  height: number;
}

/**
 * The lane whose band contains flow-space `y` (top edge inclusive, bottom edge exclusive), or
 * null when `y` is above the first band, below the last or in no band at all (including NaN).
 * Used for drops that must land *on* a lane: a palette shape, a double-click on empty space.
 */
export function laneAtY(lanes: readonly FzLaneSpan[], y: number): string | null {
  for (const lane of lanes) {
    if (y >= lane.y && y < lane.y + lane.height) return lane.id;
  }
  return null;
}

/**
 * Like {@link laneAtY}, but a point above the first band counts as the first lane and one below
 * the last band as the last lane: a node dragged a little past the edge of the diagram stays in
 * the lane nearest to where it was let go. Returns null only when there are no lanes or `y` is NaN.
 */
export function nearestLaneAtY(lanes: readonly FzLaneSpan[], y: number): string | null {
  if (lanes.length === 0 || Number.isNaN(y)) return null;
  const hit = laneAtY(lanes, y);
  if (hit !== null) return hit;
  let nearest = lanes[0]!;
  let best = Infinity;
  for (const lane of lanes) {
    const distance = y < lane.y ? lane.y - y : y - (lane.y + lane.height);
    if (distance < best) {
      best = distance;
      nearest = lane;
    }
  }
  return nearest.id;
}
