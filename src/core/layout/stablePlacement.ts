import type { FzDiagram, FzEdge, FzNode } from '../model/types';
import { MIN_COLUMN_GAP } from './compactColumns';
import { uniqueNodes } from './elkGraph';
import { LANE_METRICS } from './metrics';
import { estimateNodeSize } from './nodeSize';
import type { FzPinnedPositions } from './pinnedPositions';
import { laneOrder } from './placeInLanes';
import type { FzLaneBand, FzLayout, FzNodeBox } from './types';

/** A pinned node keeps at least this far from its band's top and from the lane's label column. */
export const PIN_MARGIN = 8;
/** Room kept around a newly placed node so that it never touches a neighbour (pixels). */
const CLEARANCE = 16;
/** Rows below its predecessor a new node may try before it goes to the end of its lane. */
const MAX_ROWS_DOWN = 4;

/** What `placeStably` answers. */
export interface FzStablePlacement {
  /** Every node of the diagram placed, every lane with a band. */
  layout: FzLayout;
  /**
   * Nodes placed at the end of their lane for want of an in-lane predecessor (or right of such a
   * node): a caller that settles this layout as the base of the next one leaves them out, so they
   * move next to their predecessor as soon as the text connects them.
   */
  provisional: string[];
}

/** A box whose `y` is measured from its lane band's top. */
type LaneBox = FzNodeBox;

function sizeOf(node: FzNode): { width: number; height: number } {
  const size = estimateNodeSize(node);
  return { width: Math.round(size.width), height: Math.round(size.height) };
}

function finite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}

/**
 * The box `previous` gives `node` in its band, when it had one inside the band of the node's
 * current lane (a node that moved to another lane lies in another band, so it is placed anew).
 */
function keptBox(node: FzNode, previous: FzLayout | null): LaneBox | null {
  const box = previous?.nodes[node.id];
  const band = previous?.lanes[node.lane];
  if (!box || !band || !finite(box.x, box.y, band.y, band.height)) return null;
  if (box.y < band.y || box.y >= band.y + band.height) return null;
  return { x: box.x, y: box.y - band.y, width: box.width, height: box.height };
}

function collides(box: LaneBox, others: readonly LaneBox[]): boolean {
  return others.some(
    (o) =>
      box.x < o.x + o.width + CLEARANCE &&
      o.x < box.x + box.width + CLEARANCE &&
      box.y < o.y + o.height + CLEARANCE &&
      o.y < box.y + box.height + CLEARANCE,
  );
}

/** The first spot right of `pred` (its row, then rows below) that touches no box of the lane. */
function besideOf(
  pred: LaneBox,
  size: { width: number; height: number },
  taken: readonly LaneBox[],
): LaneBox | null {
  const x = pred.x + pred.width + MIN_COLUMN_GAP;
  const top = Math.max(LANE_METRICS.padTop, Math.round(pred.y + (pred.height - size.height) / 2));
  for (let row = 0; row <= MAX_ROWS_DOWN; row++) {
    const box = { x, y: top + row * (size.height + LANE_METRICS.rowGap), ...size };
    if (!collides(box, taken)) return box;
  }
  return null;
}

function endOfLane(size: { width: number; height: number }, taken: readonly LaneBox[]): LaneBox {
  const { headerWidth, padLeft, padTop } = LANE_METRICS;
  let right = -Infinity;
  for (const box of taken) right = Math.max(right, box.x + box.width);
  const x = Number.isFinite(right) ? right + MIN_COLUMN_GAP : headerWidth + padLeft;
  return { x: Math.max(x, headerWidth + padLeft), y: padTop, ...size };
}

/**
 * Places a diagram so that what the person sees stays put while the text changes:
 *
 * - a pinned node (`pinned[id]`, same lane) goes where the person dropped it, clamped to
 *   `PIN_MARGIN` below its band's top and right of the lane's label column;
 * - a node `previous` already has, in the same lane, keeps its place inside its band (its size
 *   follows its current text);
 * - any other node goes right of its first in-lane predecessor by edge (same row, else up to four
 *   rows below), or else at the end of its lane, and never within 16 px of a node of its lane.
 *   New nodes are placed in file order, so a new chain reads left to right.
 *
 * Then every band fits its nodes (`padBottom` below the lowest, at least `minHeight`) and the
 * bands are restacked in lane order, nodes moving with their band. Lanes without a band get one.
 * With no pins, a layout of `layoutDiagram` for the same diagram comes back deep-equal, so
 * feeding the answer back in as `previous` changes nothing. Pure; never throws.
 */
export function placeStably(
  diagram: FzDiagram,
  previous: FzLayout | null,
  pinned: FzPinnedPositions,
): FzStablePlacement {
  const { headerWidth, padLeft, padRight, padBottom, minHeight } = LANE_METRICS;
  const nodes = uniqueNodes(diagram);
  const lanes = laneOrder(diagram);
  const inLane = new Map<string, LaneBox[]>(lanes.map((lane) => [lane, []]));
  const placed = new Map<string, LaneBox>();
  const place = (node: FzNode, box: LaneBox) => {
    placed.set(node.id, box);
    inLane.get(node.lane)!.push(box);
  };

  const fresh: FzNode[] = [];
  for (const node of nodes) {
    const size = sizeOf(node);
    const pin = Object.hasOwn(pinned, node.id) ? pinned[node.id] : undefined;
    if (pin && pin.lane === node.lane && finite(pin.x, pin.y)) {
      place(node, {
        x: Math.max(pin.x, headerWidth + PIN_MARGIN),
        y: Math.max(pin.y, PIN_MARGIN),
        ...size,
      });
      continue;
    }
    const kept = keptBox(node, previous);
    if (kept) place(node, { x: kept.x, y: kept.y, ...size });
    else fresh.push(node);
  }

  const incoming = new Map<string, FzEdge[]>();
  for (const edge of diagram.edges) {
    const list = incoming.get(edge.to) ?? [];
    list.push(edge);
    incoming.set(edge.to, list);
  }
  const laneOf = new Map(nodes.map((node) => [node.id, node.lane]));
  const provisional = new Set<string>();
  for (const node of fresh) {
    const size = sizeOf(node);
    const taken = inLane.get(node.lane)!;
    const pred = (incoming.get(node.id) ?? []).find(
      (edge) =>
        edge.from !== node.id && laneOf.get(edge.from) === node.lane && placed.has(edge.from),
    );
    const beside = pred ? besideOf(placed.get(pred.from)!, size, taken) : null;
    if (!pred || provisional.has(pred.from)) provisional.add(node.id);
    place(node, beside ?? endOfLane(size, taken));
  }

  return { layout: stackBands(lanes, nodes, placed), provisional: [...provisional] };

  function stackBands(
    laneIds: readonly string[],
    all: readonly FzNode[],
    boxes: ReadonlyMap<string, LaneBox>,
  ): FzLayout {
    const bands: Record<string, FzLaneBand> = {};
    let top = 0;
    for (const lane of laneIds) {
      let bottom = -Infinity;
      for (const box of inLane.get(lane)!) bottom = Math.max(bottom, box.y + box.height);
      const height = Number.isFinite(bottom)
        ? Math.max(minHeight, Math.round(bottom + padBottom))
        : minHeight;
      bands[lane] = { y: top, height };
      top += height;
    }
    const out: Record<string, FzNodeBox> = {};
    let right = 0;
    for (const node of all) {
      const box = boxes.get(node.id)!;
      out[node.id] = { ...box, y: bands[node.lane]!.y + box.y };
      right = Math.max(right, box.x + box.width);
    }
    const width = Math.max(right + padRight, headerWidth + padLeft + 320);
    return { nodes: out, lanes: bands, width, height: top };
  }
}

/**
 * Whether a diagram should get a fresh auto layout instead of a stable placement over `previous`:
 * when there is no previous layout, or when fewer than half of the diagram's nodes have a place in
 * it (same id, same lane), e.g. another document was pasted over the text. Pure.
 */
export function shouldLayoutAfresh(diagram: FzDiagram, previous: FzLayout | null): boolean {
  if (!previous) return true;
  const nodes = uniqueNodes(diagram);
  let kept = 0;
  for (const node of nodes) if (keptBox(node, previous)) kept++;
  return kept * 2 < nodes.length;
}
