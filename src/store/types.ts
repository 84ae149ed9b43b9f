import type { FzChange, FzEditResult, FzTextEdit } from '../core/edit/types';
import type { FzDiagram, FzDiagnostic } from '../core/model/types';
import type { SimResult, SimScenario } from '../core/sim/types';

/** Colour scheme of the whole studio (editor theme, canvas colour mode, page CSS). */
export type StudioTheme = 'light' | 'dark';

/** What the parser said about the current text (the parts of `analyzeFz`'s answer the UI reads). */
export interface StudioAnalysis {
  diagram: FzDiagram;
  diagnostics: FzDiagnostic[];
  errorCount: number;
  warningCount: number;
}

/** A simulation request sent to a runner: the last good diagram and a validated scenario. */
export interface SimRunRequest {
  diagram: FzDiagram;
  scenario: SimScenario;
}

/**
 * What a runner answers: the result plus its canonical JSON text (`stringifySimResult`, the same
 * bytes as `fz simulate --json`), or the simulator's error messages (scenario problems, crashes).
 */
export type SimRunOutcome =
  { ok: true; result: SimResult; json: string } | { ok: false; errors: string[] };

/**
 * Runs one simulation somewhere (a Web Worker in the studio, in-process in tests).
 * `onProgress` receives a fraction in [0, 1]. The promise never rejects: failures are outcomes.
 */
export type SimRunner = (
  request: SimRunRequest,
  onProgress: (fraction: number) => void,
) => Promise<SimRunOutcome>;

/** The Simulate panel's state machine: idle → running → done | failed (and back to running). */
export type SimRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'done'; result: SimResult; json: string; presetId: string }
  | { status: 'failed'; errors: string[] };

/** State of MSW's service worker (started once at page load; a failure is shown, never hidden). */
export type MockWorkerState =
  { status: 'starting' } | { status: 'ready' } | { status: 'failed'; message: string };

/** What a mock-worker start resolves to (`startMockServiceWorker` never rejects). */
export type MockWorkerStartOutcome = { ok: true } | { ok: false; message: string };

/**
 * The diagram elements selected in either pane, by id: nodes (`n5`) and edges (`e3`, the n-th edge
 * statement of the current text). Each list is without repeats, in the order it was given.
 */
export interface FzSelection {
  nodes: string[];
  edges: string[];
}

/**
 * Which pane made the current selection. The other pane follows it; the pane it came from does not
 * react to it again, so a selection never bounces between the panes.
 */
export type FzSelectionSource = 'canvas' | 'code';

/**
 * What the code pane lends the store while Monaco is mounted, so that every edit (typing, canvas
 * gestures, "Open example") lives on Monaco's one undo stack. Each method is synchronous; the
 * model's change event then updates the store's text exactly as typing does.
 */
export interface FzEditorPort {
  /** The editor model's text now: what edits are computed against (Monaco may have dropped a BOM). */
  text(): string;
  /**
   * Applies a batch of edits (offsets into `text()`, sorted, non-overlapping) as one undo step of
   * its own (`pushUndoStop` before and after, known pitfall BR-10). Returns false when the editor
   * refused (read-only), in which case nothing changed.
   */
  applyEdits(edits: readonly FzTextEdit[]): boolean;
  /** Undoes the editor's last undo step (typing group or canvas edit); no-op when there is none. */
  undo(): void;
  /** Redoes the last undone step; no-op when there is none. */
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

/** The studio's whole state; only the named actions below write it. */
export interface StudioState {
  /** The `.fz` text: the single source of truth. */
  text: string;
  /** Analysis of `text` (always current, also while it has errors). */
  analysis: StudioAnalysis;
  /** The diagram of the latest text with no errors; what the canvas and the simulator use. */
  lastGoodDiagram: FzDiagram;
  /** True while `text` has errors, so the canvas shows `lastGoodDiagram` marked as stale. */
  stale: boolean;
  theme: StudioTheme;
  /** Id of the chosen simulation preset (`normal`, `burst`, `bad-tokens`). */
  presetId: string;
  sim: SimRunState;
  mockWorker: MockWorkerState;
  /** What is selected, in both panes (see {@link FzSelectionSource}). */
  selection: FzSelection;
  /** The pane the current selection came from. */
  selectionSource: FzSelectionSource;

  /**
   * The text is now `text`: typing (the editor's change event calls it), or a load (the window
   * API, a restored workspace). Re-analyses it (cheap: the parser is linear). Never recorded as an
   * undo step by the store: the editor records typing itself, and a load starts a fresh history
   * (the code pane then resets Monaco's undo stack, and the store's own history is dropped).
   */
  setText: (text: string) => void;
  /**
   * Turns a canvas gesture into text edits (`computeEdits` against the current text) and applies
   * them as one undo step: through the editor when it is mounted, else to the text with the store's
   * own small history. Answers what `computeEdits` said; `ok: false` (unknown id, taken name…)
   * changes nothing, and so does an `ok: true` with no edits (no empty undo step).
   */
  applyChange: (change: FzChange) => FzEditResult;
  /**
   * Replaces the whole text as one undoable edit ("Open example", known pitfall BR-05): one undo
   * brings back the exact previous text. Only the differing middle part is rewritten.
   */
  replaceText: (text: string) => void;
  /** Undoes the last step of the one history (the editor's when mounted, else the store's). */
  undo: () => void;
  /** Redoes the last undone step of the one history. */
  redo: () => void;
  /** Whether {@link StudioState.undo} would do something now (not reactive: call it when needed). */
  canUndo: () => boolean;
  /** Whether {@link StudioState.redo} would do something now (not reactive). */
  canRedo: () => boolean;
  /**
   * Sets the selection (repeats dropped). Does nothing, and notifies no one, when the ids and the
   * source are the same as now.
   */
  select: (selection: FzSelection, source: FzSelectionSource) => void;
  /**
   * The code pane lends its editor (see {@link FzEditorPort}); returns the function that takes it
   * back. While a port is attached it is the one history: the store's own history is dropped when
   * it attaches, and starts empty again when it is taken back.
   */
  attachEditor: (port: FzEditorPort) => () => void;
  setTheme: (theme: StudioTheme) => void;
  toggleTheme: () => void;
  selectPreset: (presetId: string) => void;
  /** Runs the chosen preset on the last good diagram; does nothing while the text has errors or a run is going. */
  runSimulation: () => Promise<void>;
  /**
   * Starts MSW's service worker with `start` and records how that went: `start` may resolve to
   * `{ ok: false, message }` or reject to fail; a start that has not settled after `timeoutMs`
   * (default 15 s) is reported as failed too.
   */
  startMockWorker: (
    start: () => Promise<MockWorkerStartOutcome>,
    timeoutMs?: number,
  ) => Promise<void>;
}
