import { computeEdits } from '../core/edit';
import type { FzEditResult, FzTextEdit } from '../core/edit/types';
import { replacementEdits } from './replacementEdits';
import { createTextHistory } from './textHistory';
import type { FzEditorPort, StudioState } from './types';

/** The editing actions of the studio store (see their docs on {@link StudioState}). */
export type StudioEditActions = Pick<
  StudioState,
  'applyChange' | 'replaceText' | 'undo' | 'redo' | 'canUndo' | 'canRedo' | 'attachEditor'
>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The store's editing actions over one undo history. Exactly one mechanism holds the history at a
 * time:
 * - while the code pane has lent its editor (`attachEditor`), edits go to Monaco between two undo
 *   stops and undo/redo are Monaco's; the model's change event brings the text back to the store
 *   through `setText`, as typing does (the store never writes the text itself then, so nothing
 *   echoes);
 * - otherwise (before Monaco loads, in unit tests) the store applies edits to its text itself and
 *   keeps its own small history of edit batches.
 * The store's own history is dropped when the editor attaches (Monaco's stack starts at the
 * current text) and whenever the text is replaced by a load (`forgetHistory`).
 *
 * @param get reads the store's state.
 * @param commitText makes `text` the store's text (analysis included) without touching history.
 */
export function createEditActions(
  get: () => StudioState,
  commitText: (text: string) => void,
): StudioEditActions & { forgetHistory: () => void } {
  const history = createTextHistory();
  let port: FzEditorPort | null = null;

  /** After the editor acted: the store must hold the model's text even if no event reached it. */
  function followEditor(editor: FzEditorPort): void {
    const now = editor.text();
    if (now !== get().text) commitText(now);
  }

  function applyEdits(base: string, edits: readonly FzTextEdit[]): boolean {
    if (port) {
      const editor = port;
      if (!editor.applyEdits(edits)) return false;
      followEditor(editor);
      return true;
    }
    commitText(history.apply(base, edits));
    return true;
  }

  return {
    applyChange: (change): FzEditResult => {
      const base = port ? port.text() : get().text;
      let result: FzEditResult;
      try {
        result = computeEdits(base, change);
      } catch (error) {
        // A bug in the edit core must not take the canvas down: the gesture just does nothing.
        console.error('computeEdits failed', change, error);
        return { ok: false, message: `Could not apply this change (${errorText(error)}).` };
      }
      if (!result.ok || result.edits.length === 0) return result;
      if (!applyEdits(base, result.edits)) {
        return { ok: false, message: 'The editor is read-only: nothing was changed.' };
      }
      return result;
    },

    replaceText: (text) => {
      const base = port ? port.text() : get().text;
      const edits = replacementEdits(base, text);
      if (edits.length > 0) applyEdits(base, edits);
    },

    undo: () => {
      if (port) {
        const editor = port;
        editor.undo();
        followEditor(editor);
        return;
      }
      const text = history.undo(get().text);
      if (text !== null) commitText(text);
    },

    redo: () => {
      if (port) {
        const editor = port;
        editor.redo();
        followEditor(editor);
        return;
      }
      const text = history.redo(get().text);
      if (text !== null) commitText(text);
    },

    canUndo: () => (port ? port.canUndo() : history.canUndo()),
    canRedo: () => (port ? port.canRedo() : history.canRedo()),

    attachEditor: (editor) => {
      port = editor;
      history.clear();
      return () => {
        if (port !== editor) return;
        port = null;
        history.clear();
      };
    },

    forgetHistory: () => history.clear(),
  };
}
