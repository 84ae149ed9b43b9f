import { useCallback, useEffect, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import { FZ_LANGUAGE_ID } from './fzLanguage';
import { FZ_THEME_NAMES } from './fzThemes';
import { FZ_MARKER_OWNER, toMarkerData } from './markers';
import { useEditorBinding } from './useEditorBinding';
import { useSelectionSync } from './useSelectionSync';
import type { FzDiagnostic } from '../core/model/types';
import { useStudio, useStudioStore } from '../store/useStudio';
import { selectDiagnostics, selectTheme } from '../store/selectors';

/** URI of the editor's one model (`.fz`, so that Monaco picks the FlowZap language for it too). */
export const FZ_MODEL_PATH = 'file:///diagram.fz';

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  scrollBeyondLastLine: false,
  renderValidationDecorations: 'on',
  fixedOverflowWidgets: true,
};

/**
 * The code pane: Monaco on the store's text. Monaco owns the undo history of the whole studio:
 * once mounted, the editor is lent to the store (`useEditorBinding`), so canvas edits arrive here
 * as undo steps of their own and every model change goes back to `setText` (which re-parses).
 * The parser's diagnostics come back as markers: `setModelMarkers` replaces the owner's whole
 * marker set each time, so markers follow the latest parse and never pile up (known pitfall
 * BR-11). Cursors and the canvas selection follow each other (`useSelectionSync`).
 */
export function CodePane() {
  const diagnostics = useStudio(selectDiagnostics);
  const theme = useStudio(selectTheme);
  const store = useStudioStore();
  // Only the first text: later texts reach the model through the binding, never through props
  // (a `value` prop would make every load an undo step of @monaco-editor/react's own).
  const [initialText] = useState(() => store.getState().text);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const shown = useRef<readonly FzDiagnostic[] | null>(null);

  /** Replaces all FlowZap markers of the model (never adds to them: BR-11). */
  const showDiagnostics = useCallback(
    (list: readonly FzDiagnostic[]) => {
      const model = editor?.getModel();
      if (!model || model.isDisposed() || shown.current === list) return;
      monaco.editor.setModelMarkers(model, FZ_MARKER_OWNER, toMarkerData(list));
      shown.current = list;
    },
    [editor],
  );

  // Covers every way the text changes (typing, the window API, a new model).
  useEffect(() => showDiagnostics(diagnostics), [showDiagnostics, diagnostics]);

  // Typing: show the new markers now, not after React has re-rendered the canvas as well.
  const afterChange = useCallback(
    () => showDiagnostics(selectDiagnostics(store.getState())),
    [showDiagnostics, store],
  );
  useEditorBinding(editor, store, afterChange);
  useSelectionSync(editor, store);

  return (
    <div className="code-pane" data-testid="code-pane">
      <Editor
        path={FZ_MODEL_PATH}
        language={FZ_LANGUAGE_ID}
        theme={FZ_THEME_NAMES[theme]}
        defaultValue={initialText}
        options={EDITOR_OPTIONS}
        loading={<div className="pane-loading">Loading editor…</div>}
        onMount={(mounted) => {
          shown.current = null;
          setEditor(mounted);
        }}
      />
    </div>
  );
}
