/**
 * The canvas's keyboard shortcuts, read from a key event. Ctrl and Cmd are the same modifier, so
 * the shortcuts work on every platform (as Monaco's and React Flow's own do). Undo and redo are
 * not here: the app binds them for every pane at once (`src/app/useUndoShortcuts.ts`).
 */

/** What a key press on the canvas asks for. */
export type FzCanvasShortcut = 'delete' | 'copy' | 'paste' | 'menu';

/** The parts of a `KeyboardEvent` the shortcuts read. */
export interface FzKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The shortcut a key press means, or null: Delete/Backspace → delete the selection; Ctrl/Cmd+C,
 * +V → copy, paste; the ContextMenu key and Shift+F10 → open the context menu of the selection
 * (the keyboard's right click, as in the WAI-ARIA menu pattern). Alt combinations are left to the
 * browser, and every other chord (Ctrl/Cmd+Z included) to whoever else listens.
 */
export function canvasShortcut(press: FzKeyPress): FzCanvasShortcut | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (!mod) {
    if ((key === 'Delete' || key === 'Backspace') && !press.shiftKey) return 'delete';
    if (key === 'ContextMenu' || (key === 'F10' && press.shiftKey)) return 'menu';
    return null;
  }
  if (key === 'c' && !press.shiftKey) return 'copy';
  if (key === 'v' && !press.shiftKey) return 'paste';
  return null;
}
