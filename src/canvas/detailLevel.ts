import { createContext, useContext } from 'react';
import { MIN_READABLE_ZOOM } from './initialViewport';

/**
 * How much of each element the canvas draws: `full` (labels, handles, sub-items, badges, edge
 * labels) or `shapes` (plain node shapes and edge lines only).
 */
export type FzDetailLevel = 'full' | 'shapes';

/**
 * Below this zoom the canvas draws plain shapes: half the studio's readable zoom, where a 13 px
 * node label is under 4 px tall and an 11 px edge label under 3.5 px, so they are texture, not
 * text. At the 0.05 overview of a 1,000-node diagram ~380 nodes are in view; mounting their labels
 * and four interactive handles each (every handle a React Flow store subscriber) as they pan in
 * held panning at ~40 fps. tldraw, Figma and Miro simplify the same way when zoomed out.
 */
export const DETAIL_MIN_ZOOM = MIN_READABLE_ZOOM / 2;

/** The detail level for a zoom (1 = 100 %); a zoom that is not a number counts as full detail. */
export function detailLevelAt(zoom: number): FzDetailLevel {
  return zoom < DETAIL_MIN_ZOOM ? 'shapes' : 'full';
}

/** The canvas's detail level, for node and edge components (`full` outside a canvas). */
export const CanvasDetailContext = createContext<FzDetailLevel>('full');

/** The detail level the canvas draws at now. */
export function useDetailLevel(): FzDetailLevel {
  return useContext(CanvasDetailContext);
}
