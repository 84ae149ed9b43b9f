import type { StoreApi } from 'zustand';
import { monaco } from '../editor/monacoSetup';
import { FZ_MARKER_OWNER } from '../editor/markers';
import { selectLastResultJson } from '../store/selectors';
import type { StudioState } from '../store/types';

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
  };
}
