/**
 * Monaco rename (F2) of node and lane ids through `renameAt` (which uses the edit core's
 * `computeEdits`). The edits come back as one workspace edit: one undo step.
 *
 * A refused name must be seen: standalone Monaco only logs a rejection from `provideRenameEdits`
 * to the console (its notification service is a stub), so the reason is also shown in the
 * editor's own message bubble (the one Monaco uses for "cannot rename this").
 */
import {
  editor as monacoEditor,
  type editor,
  type IPosition,
  type languages,
  type Position,
} from 'monaco-editor/editor';
import { prepareRename, renameAt } from '../../core/lang';
import { langDocumentOf, monacoRange, offsetOf, workspaceEdits } from './modelDocument';

/** Monaco's message bubble contribution (`MessageController`), by its registered id. */
const MESSAGE_CONTROLLER = 'editor.contrib.messageController';

interface MessageBubble extends editor.IEditorContribution {
  showMessage(message: string, position: IPosition): void;
}

/** Shows `message` at `position` in the editor(s) showing `model` (focused one first). */
function showRefusal(model: editor.ITextModel, position: IPosition, message: string): void {
  const editors = monacoEditor.getEditors().filter((e) => e.getModel() === model);
  const target = editors.find((e) => e.hasTextFocus()) ?? editors[0];
  // After the rename box closes, give focus back its turn first (a blur closes the bubble).
  setTimeout(
    () =>
      target?.getContribution<MessageBubble>(MESSAGE_CONTROLLER)?.showMessage(message, position),
    0,
  );
}

/** The rename provider. */
export const fzRenameProvider: languages.RenameProvider = {
  resolveRenameLocation(
    model: editor.ITextModel,
    position: Position,
  ): languages.RenameLocation & languages.Rejection {
    const doc = langDocumentOf(model);
    const offset = offsetOf(doc, position);
    const target = prepareRename(doc, offset);
    if (!target.ok) {
      return { range: monacoRange(doc, offset, offset), text: '', rejectReason: target.message };
    }
    return { range: monacoRange(doc, target.start, target.end), text: target.id };
  },

  provideRenameEdits(
    model: editor.ITextModel,
    position: Position,
    newName: string,
  ): languages.WorkspaceEdit & languages.Rejection {
    const doc = langDocumentOf(model);
    const result = renameAt(doc, offsetOf(doc, position), newName);
    if (!result.ok) {
      showRefusal(model, position, result.message);
      return { edits: [], rejectReason: result.message };
    }
    return { edits: workspaceEdits(model, doc, result.edits) };
  },
};
