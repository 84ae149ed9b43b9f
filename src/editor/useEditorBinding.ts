import { useEffect } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import type { StoreApi } from 'zustand';
import type { StudioState } from '../store/types';
import { createEditorPort } from './editorPort';

/**
 * Binds a mounted Monaco editor to the store's text, both ways, without echo:
 * - every change of the model (typing, undo, redo, edits the store sent through the port) goes to
 *   `setText`, then `afterChange` runs (the code pane shows the new markers at once);
 * - a text the store got from elsewhere (a load: the window API, a restored workspace) replaces
 *   the model's with `setValue`, which starts a fresh undo stack: loads are never undo steps
 *   (style rule 6). The model's change event for it is ignored (`isUpdatingFromState`, as
 *   mermaid-live-editor's DesktopEditor does).
 * While bound, the editor is the store's {@link createEditorPort | editor port}.
 */
export function useEditorBinding(
  editor: MonacoEditor.IStandaloneCodeEditor | null,
  store: StoreApi<StudioState>,
  afterChange: () => void,
): void {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    let isUpdatingFromState = false;
    // The last text both sides agreed on, as the store holds it. Compared with the store's text
    // rather than with the model's, because Monaco may normalise a text (drop a BOM).
    let agreed = store.getState().text;

    const showStoreText = (text: string) => {
      agreed = text;
      if (model.getValue() === text) return;
      isUpdatingFromState = true;
      try {
        model.setValue(text);
      } finally {
        isUpdatingFromState = false;
      }
    };

    showStoreText(agreed);
    const changes = model.onDidChangeContent(() => {
      if (isUpdatingFromState) return;
      agreed = model.getValue();
      store.getState().setText(agreed);
      afterChange();
    });
    const unsubscribe = store.subscribe((state) => {
      if (state.text !== agreed) showStoreText(state.text);
    });
    const detach = store.getState().attachEditor(createEditorPort(editor));
    return () => {
      detach();
      unsubscribe();
      changes.dispose();
    };
  }, [editor, store, afterChange]);
}
