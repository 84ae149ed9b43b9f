import { useEffect } from 'react';
import { useStudioStore } from '../store/useStudio';
import { handlesOwnUndo, undoCommandOf } from './undoShortcuts';

/**
 * Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl/Cmd+Y anywhere in the page (the canvas, the toolbar, the
 * page itself) undo and redo the studio's one history through the store. In the editor Monaco
 * binds the same keys to the same history, and text fields keep their native undo, so those are
 * left alone; so is a key press some other handler already took (`defaultPrevented`).
 */
export function useUndoShortcuts(): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || handlesOwnUndo(event.target)) return;
      const command = undoCommandOf(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') store.getState().undo();
      else store.getState().redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
