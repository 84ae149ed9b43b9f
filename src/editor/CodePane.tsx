import { useCallback, useEffect, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import { FZ_LANGUAGE_ID } from './fzLanguage';
import { FZ_THEME_NAMES } from './fzThemes';
import { FZ_MARKER_OWNER, toMarkerData } from './markers';
import type { FzDiagnostic } from '../core/model/types';
import { useStudio, useStudioStore } from '../store/useStudio';
import { selectDiagnostics, selectText, selectTheme } from '../store/selectors';

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
 * The code pane: Monaco on the store's text. Every edit goes to `setText` (which re-parses), and the
 * parser's diagnostics come back as markers. `setModelMarkers` replaces the owner's whole marker
 * set each time, so markers follow the latest parse and never pile up (known pitfall BR-11).
 */
export function CodePane() {
  const text = useStudio(selectText);
  const diagnostics = useStudio(selectDiagnostics);
  const theme = useStudio(selectTheme);
  const setText = useStudio((s) => s.setText);
  const store = useStudioStore();
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const shown = useRef<readonly FzDiagnostic[] | null>(null);

  /** Replaces all FlowZap markers of the model (never adds to them: BR-11). */
  const showDiagnostics = useCallback(
    (list: readonly FzDiagnostic[]) => {
      if (!model || model.isDisposed() || shown.current === list) return;
      monaco.editor.setModelMarkers(model, FZ_MARKER_OWNER, toMarkerData(list));
      shown.current = list;
    },
    [model],
  );

  // Covers every way the text changes (typing, the window API, a new model).
  useEffect(() => showDiagnostics(diagnostics), [showDiagnostics, diagnostics]);

  const onChange = (value: string | undefined) => {
    setText(value ?? '');
    // Typing: show the new markers now, not after React has re-rendered the canvas as well.
    showDiagnostics(selectDiagnostics(store.getState()));
  };

  return (
    <div className="code-pane" data-testid="code-pane">
      <Editor
        path={FZ_MODEL_PATH}
        language={FZ_LANGUAGE_ID}
        theme={FZ_THEME_NAMES[theme]}
        value={text}
        options={EDITOR_OPTIONS}
        loading={<div className="pane-loading">Loading editor…</div>}
        onChange={onChange}
        onMount={(editor) => {
          shown.current = null;
          setModel(editor.getModel());
        }}
      />
    </div>
  );
}
