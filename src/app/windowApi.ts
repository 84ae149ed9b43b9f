import type { StoreApi } from 'zustand';
import type { FzChange, FzEditResult } from '../core/edit/types';
import { monaco } from '../editor/monacoSetup';
import { FZ_MARKER_OWNER } from '../editor/markers';
import { FZ_MODEL_PATH } from '../editor/CodePane';
import { selectLastResultJson } from '../store/selectors';
import type { FzSelection, FzSelectionSource, StudioState } from '../store/types';

/** A marker as the editor holds it now (1-based, end exclusive). */
export interface FzStudioMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** An editor selection (1-based, end exclusive; `line`/`column` is where it starts). */
export interface FzStudioEditorSelection {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The small typed API the studio puts on `window.__fzStudio`, for end-to-end tests and for poking
 * at the studio from the devtools console. It reads and writes through the store's actions only.
 */
export interface FzStudioTestApi {
  /** The current `.fz` text. */
  getText(): string;
  /** Replaces the whole text (as if pasted). */
  setText(text: string): void;
  /** `stringifySimResult` of the last finished run, or null. */
  lastResultJson(): string | null;
  /** The FlowZap markers currently on the editor's model. */
  getMarkers(): FzStudioMarker[];
  /** Applies a canvas change as a gesture would (`applyChange`): one undo step. */
  applyChange(change: FzChange): FzEditResult;
  /** Replaces the whole text as one undoable edit (what "Open example" does). */
  replaceText(text: string): void;
  undo(): void;
  redo(): void;
  /** Whether the one history has a step to undo / redo (Monaco's once the editor is mounted). */
  canUndo(): boolean;
  canRedo(): boolean;
  /** The selection both panes show. */
  getSelection(): FzSelection;
  /** Selects as if from the canvas or from the code. */
  select(selection: FzSelection, source: FzSelectionSource): void;
  /** The editor's selections (one per cursor), or `[]` before the editor is mounted. */
  getEditorSelections(): FzStudioEditorSelection[];
}

declare global {
  interface Window {
    __fzStudio?: FzStudioTestApi;
  }
}

function severityName(severity: monaco.MarkerSeverity): FzStudioMarker['severity'] {
  if (severity === monaco.MarkerSeverity.Error) return 'error';
  if (severity === monaco.MarkerSeverity.Warning) return 'warning';
  return 'info';
}

/** Installs `window.__fzStudio` over the given store. */
export function installWindowApi(store: StoreApi<StudioState>): void {
  window.__fzStudio = {
    getText: () => store.getState().text,
    setText: (text) => store.getState().setText(text),
    lastResultJson: () => selectLastResultJson(store.getState()),
    getMarkers: () =>
      monaco.editor.getModelMarkers({ owner: FZ_MARKER_OWNER }).map((m) => ({
        severity: severityName(m.severity),
        message: m.message,
        code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
        line: m.startLineNumber,
        column: m.startColumn,
        endLine: m.endLineNumber,
        endColumn: m.endColumn,
      })),
    applyChange: (change) => store.getState().applyChange(change),
    replaceText: (text) => store.getState().replaceText(text),
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),
    canUndo: () => store.getState().canUndo(),
    canRedo: () => store.getState().canRedo(),
    getSelection: () => store.getState().selection,
    select: (selection, source) => store.getState().select(selection, source),
    getEditorSelections: () => {
      const editor = monaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.toString() === FZ_MODEL_PATH);
      return (editor?.getSelections() ?? []).map((s) => ({
        line: s.startLineNumber,
        column: s.startColumn,
        endLine: s.endLineNumber,
        endColumn: s.endColumn,
      }));
    },
  };
}
