/**
 * The canvas's own short-lived UI state (which menu or inline editor is open, what the toast
 * says). None of it is part of the document: the document changes only through the store's
 * `applyChange`.
 */
import type { FzPoint } from './gestures/anchors';

/** What a context menu is about. */
export type FzMenuTarget =
  { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'lane'; id: string };

/** An open context menu: its subject and where it opened (pixels from the pane's top-left). */
export interface FzCanvasMenuState {
  target: FzMenuTarget;
  at: FzPoint;
}

/** What an inline label editor is editing: a node's, an edge's or a lane's label, or a new lane's name. */
export type FzLabelEditTarget = FzMenuTarget | { kind: 'newLane' };

/**
 * The message strip at the bottom of the canvas: a toast (an edit the text refused, with its
 * reason) or, after a deletion left gaps in the node ids, the "Renumber ids" offer.
 */
export type FzCanvasNotice = { kind: 'toast'; message: string } | { kind: 'renumber' };

/** Whether a key event comes from a text field, where keys belong to the typing, not the canvas. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return (
    element.isContentEditable === true ||
    element.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}
