/** A React Flow viewport: flow point (0, 0) is drawn at screen (x, y), scaled by `zoom`. */
export interface FzViewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this zoom node labels (13px) shrink under ~8px and edge labels (11px) blur away. */
export const MIN_READABLE_ZOOM = 0.62;
/**
 * Diagrams that would need a zoom below `MIN_READABLE_ZOOM * OVERVIEW_RATIO` to fit (more than
 * about three canvases wide) are shown whole instead: at a readable zoom only a sliver of them
 * would be on screen, and an overview is the better start.
 */
export const OVERVIEW_RATIO = 0.3;

/**
 * The viewport the canvas opens a diagram with. `diagram` is the laid-out size (origin at the
 * top-left of the first lane), `pane` the canvas's size in screen pixels, `padding` the share of
 * the pane kept free around a fitted diagram. Returns `null` when the plain fit (React Flow's
 * `fitView`) is right: the diagram fits at a readable zoom, or it is so large that an overview
 * serves better. Otherwise the readable zoom, with the diagram's start (left edge, where the flow
 * begins) in view and its lanes centred vertically when they fit, else from the top.
 */
export function readableViewport(
  diagram: { width: number; height: number },
  pane: { width: number; height: number },
  padding: number,
  maxZoom: number,
): FzViewport | null {
  if (diagram.width <= 0 || diagram.height <= 0 || pane.width <= 0 || pane.height <= 0) {
    return null;
  }
  const room = 1 - 2 * padding;
  const fit = Math.min(
    (pane.width * room) / diagram.width,
    (pane.height * room) / diagram.height,
    maxZoom,
  );
  if (fit >= MIN_READABLE_ZOOM || fit < MIN_READABLE_ZOOM * OVERVIEW_RATIO) return null;
  const zoom = MIN_READABLE_ZOOM;
  const margin = pane.width * padding;
  const drawnHeight = diagram.height * zoom;
  const y =
    drawnHeight <= pane.height * room ? (pane.height - drawnHeight) / 2 : pane.height * padding;
  return { x: margin, y, zoom };
}
