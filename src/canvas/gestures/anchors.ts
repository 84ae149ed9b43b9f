/**
 * Where the canvas's floating UI goes (inline label editors, context menus): points in flow
 * space turned into pixels inside the React Flow pane, and menus kept inside the pane.
 */
import type { FzHandle } from '../../core/model/types';

/** A box in flow pixels: top-left corner and size. */
export interface FzBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in pixels. */
export interface FzPoint {
  x: number;
  y: number;
}

/** React Flow's viewport transform `[translateX, translateY, zoom]`. */
export type FzTransform = readonly [number, number, number];

/** The middle of a box's side, where the handle of that name sits. */
export function handlePoint(box: FzBox, side: FzHandle): FzPoint {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
    default:
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}

/**
 * Where an edge's label editor opens: half-way between the two handles the edge joins (close to
 * where React Flow's step path puts the label). Flow pixels.
 */
export function edgeMidpoint(
  source: FzBox,
  sourceHandle: FzHandle,
  target: FzBox,
  targetHandle: FzHandle,
): FzPoint {
  const a = handlePoint(source, sourceHandle);
  const b = handlePoint(target, targetHandle);
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** A flow-space point as pixels from the pane's top-left corner under `transform`. */
export function flowToPane(point: FzPoint, [tx, ty, zoom]: FzTransform): FzPoint {
  return { x: point.x * zoom + tx, y: point.y * zoom + ty };
}

/**
 * The top-left corner for a `size` menu opened at `at` (pane pixels) so that it stays inside a
 * pane of `pane` size: it flips left/up when it would overflow, and never goes past the top-left
 * corner (a pane smaller than the menu shows its start).
 */
export function menuPosition(
  at: FzPoint,
  size: { width: number; height: number },
  pane: { width: number; height: number },
): FzPoint {
  const x = at.x + size.width > pane.width ? at.x - size.width : at.x;
  const y = at.y + size.height > pane.height ? pane.height - size.height : at.y;
  return { x: Math.max(0, x), y: Math.max(0, y) };
}
