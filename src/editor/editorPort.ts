import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { FzTextEdit } from '../core/edit/types';
import type { FzEditorPort } from '../store/types';

/** The `source` Monaco records for edits that come from the canvas (and other store actions). */
export const CANVAS_EDIT_SOURCE = 'canvas';

/**
 * Lends a mounted Monaco editor to the store as its {@link FzEditorPort}: store edits become one
 * undo step each on the editor's own stack, so typing and canvas gestures share one history.
 *
 * The undo stop *before* `executeEdits` closes the typing group the person may still be in, so
 * the canvas edit never merges into it (known pitfall BR-10, microsoft/monaco-editor#1702); the
 * stop after keeps the next keystrokes out of the canvas edit. Undo and redo go to the model, so
 * they work whichever pane has the focus. Offsets are converted by the model itself, which is
 * what they were computed against (`text()`).
 */
export function createEditorPort(editor: MonacoEditor.IStandaloneCodeEditor): FzEditorPort {
  const model = () => editor.getModel();
  return {
    text: () => model()?.getValue() ?? '',
    applyEdits(edits: readonly FzTextEdit[]) {
      const current = model();
      if (!current) return false;
      const operations = edits.map((edit) => {
        const start = current.getPositionAt(edit.start);
        const end = current.getPositionAt(edit.end);
        return {
          range: {
            startLineNumber: start.lineNumber,
            startColumn: start.column,
            endLineNumber: end.lineNumber,
            endColumn: end.column,
          },
          text: edit.insert,
        };
      });
      editor.pushUndoStop();
      const applied = editor.executeEdits(CANVAS_EDIT_SOURCE, operations);
      editor.pushUndoStop();
      return applied;
    },
    undo: () => void model()?.undo(),
    redo: () => void model()?.redo(),
    canUndo: () => model()?.canUndo() ?? false,
    canRedo: () => model()?.canRedo() ?? false,
  };
}
