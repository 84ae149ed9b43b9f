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

  /** Replaces the text and re-analyses it (cheap: the parser is linear). */
  setText: (text: string) => void;
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
