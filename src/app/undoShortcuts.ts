/** The modifier and key state of a keyboard event (a `KeyboardEvent` satisfies it). */
export interface FzKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Which history command a key press asks for: Ctrl/Cmd+Z → `undo`; Shift+Ctrl/Cmd+Z and Ctrl/Cmd+Y
 * → `redo` (the pairs VS Code and Monaco bind); anything else (Alt held, other keys) → null.
 * Reads `key`, so it follows the keyboard layout (Z on an AZERTY keyboard is still Z).
 *
 * @example
 * undoCommandOf({ key: 'Z', ctrlKey: true, shiftKey: true, metaKey: false, altKey: false }); // 'redo'
 */
export function undoCommandOf(press: FzKeyPress): 'undo' | 'redo' | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

/**
 * Whether a key press on `target` belongs to someone else: Monaco (it runs its own undo, on the
 * same history) or a text field of its own (an inline label editor, the preset picker's inputs),
 * whose native undo must keep working.
 */
export function handlesOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
