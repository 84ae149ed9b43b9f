import { Position, type NodeHandle } from '@xyflow/react';

/** Size of a handle's box in flow pixels (`.fz-handle` in DiagramCanvas.css: 7 × 7). */
const HANDLE_SIZE = 7;

/**
 * The four handles (`left`, `right`, `top`, `bottom`, all `source` in loose connection mode) of a
 * node box of `width` × `height` flow pixels, where the node components draw them: a 7 px box
 * centred on the middle of each side (measured in Chromium).
 *
 * React Flow renders every node it has not measured yet, whether in view or not, to read its
 * handles (`getNodesInside`'s "forceInitialRender"); a node that declares `handles` counts as
 * measured. Without them, pasting 5,000 nodes mounted all 5,000 at once and froze the page for
 * seconds; with them only the nodes in view are mounted (`onlyRenderVisibleElements`). Bad sizes
 * (not finite) are treated as 0.
 */
export function estimatedHandles(width: number, height: number): NodeHandle[] {
  const w = Number.isFinite(width) ? width : 0;
  const h = Number.isFinite(height) ? height : 0;
  const half = HANDLE_SIZE / 2;
  const box = { width: HANDLE_SIZE, height: HANDLE_SIZE, type: 'source' as const };
  return [
    { id: 'left', position: Position.Left, x: -half, y: h / 2 - half, ...box },
    { id: 'right', position: Position.Right, x: w - half, y: h / 2 - half, ...box },
    { id: 'top', position: Position.Top, x: w / 2 - half, y: -half, ...box },
    { id: 'bottom', position: Position.Bottom, x: w / 2 - half, y: h - half, ...box },
  ];
}
