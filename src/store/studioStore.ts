import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyzeFz } from '../core/fz';
import { DEFAULT_PRESET_ID, presetScenarios } from '../core/sim';
import type { FzDiagram } from '../core/model/types';
import { createEditActions } from './editActions';
import { sameValue } from './sameValue';
import { EMPTY_SELECTION, normalizeSelection, pruneSelection, sameSelection } from './selection';
import type { SimRunner, StudioAnalysis, StudioState, StudioTheme } from './types';

/** localStorage key of the chosen theme. */
export const THEME_STORAGE_KEY = 'fz-studio.theme';

/** How long MSW's service worker may take to start before the studio reports it as failed. */
export const MOCK_WORKER_TIMEOUT_MS = 15_000;

/** What the store needs from its surroundings (the browser in the studio, plain objects in tests). */
export interface StudioStoreOptions {
  /** The text the studio opens on. */
  initialText: string;
  /** Where simulations run (a Web Worker in the studio). */
  runner: SimRunner;
  /** Where the theme is remembered; absent → not persisted. Read/write failures are ignored. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Theme when nothing is stored (e.g. from `prefers-color-scheme`). Defaults to light. */
  fallbackTheme?: StudioTheme;
}

function analyze(text: string): StudioAnalysis {
  const { diagram, diagnostics, errorCount, warningCount } = analyzeFz(text);
  return { diagram, diagnostics, errorCount, warningCount };
}

/**
 * Whether two diagrams are equal field by field, source ranges included. Used to keep the old
 * object when an edit comes back to the same diagram (an error typed and deleted again), so that
 * the canvas, which compares by reference, does no work: on a 1,000-node document that is most of
 * a keystroke's cost.
 */
function sameDiagram(a: FzDiagram, b: FzDiagram): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  return sameValue(a, b);
}

function readTheme(options: StudioStoreOptions): StudioTheme {
  try {
    const stored = options.storage?.getItem(THEME_STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // Storage can throw (privacy mode, quota); the fallback theme is fine then.
  }
  return options.fallbackTheme ?? 'light';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the studio store: the text, its analysis, the last good diagram, theme, simulation and
 * MSW state. Components read it through selectors and write it only through the named actions.
 * An initial text with errors still gives a store: its `lastGoodDiagram` is then the (partial)
 * diagram the parser recovered, and `stale` is true.
 *
 * Edits keep one undo history shared by both panes (`applyChange`, `replaceText`, `undo`, `redo`):
 * Monaco's once the code pane has attached its editor, the store's own until then (see
 * `editActions.ts`). `select` holds the selection both panes show.
 *
 * @example
 * const store = createStudioStore({ initialText: DEFAULT_DOCUMENT, runner });
 * store.getState().setText('Lane { # L\nn1: circle label:"Start"\n}\n');
 */
export function createStudioStore(options: StudioStoreOptions): StoreApi<StudioState> {
  const initial = analyze(options.initialText);
  return createStore<StudioState>()((set, get) => {
    /** The text is now `text`: analysis, last good diagram and selection follow. */
    const commitText = (text: string) => {
      if (text === get().text) return;
      const analysis = analyze(text);
      const good = analysis.errorCount === 0;
      set((state) => ({
        text,
        analysis,
        stale: !good,
        lastGoodDiagram:
          good && !sameDiagram(analysis.diagram, state.lastGoodDiagram)
            ? analysis.diagram
            : state.lastGoodDiagram,
        // While the text is broken an element may vanish for a keystroke: keep it selected then.
        selection: good ? pruneSelection(state.selection, analysis.diagram) : state.selection,
      }));
    };
    const editing = createEditActions(get, commitText);

    return {
      text: options.initialText,
      analysis: initial,
      lastGoodDiagram: initial.diagram,
      stale: initial.errorCount > 0,
      theme: readTheme(options),
      presetId: DEFAULT_PRESET_ID,
      sim: { status: 'idle' },
      mockWorker: { status: 'starting' },
      selection: EMPTY_SELECTION,
      selectionSource: 'canvas',

      setText: (text) => {
        if (text === get().text) return;
        // A load or typing: the store's own history no longer matches the text (the editor's does).
        editing.forgetHistory();
        commitText(text);
      },

      applyChange: editing.applyChange,
      replaceText: editing.replaceText,
      undo: editing.undo,
      redo: editing.redo,
      canUndo: editing.canUndo,
      canRedo: editing.canRedo,
      attachEditor: editing.attachEditor,

      select: (selection, source) => {
        const state = get();
        const next = normalizeSelection(selection);
        const same = sameSelection(state.selection, next);
        if (same && state.selectionSource === source) return;
        set({ selection: same ? state.selection : next, selectionSource: source });
      },

      setTheme: (theme) => {
        try {
          options.storage?.setItem(THEME_STORAGE_KEY, theme);
        } catch {
          // Not remembering the theme is harmless.
        }
        set({ theme });
      },

      toggleTheme: () => get().setTheme(get().theme === 'dark' ? 'light' : 'dark'),

      selectPreset: (presetId) => set({ presetId }),

      runSimulation: async () => {
        const state = get();
        if (state.analysis.errorCount > 0 || state.sim.status === 'running') return;
        const diagram = state.lastGoodDiagram;
        const preset = presetScenarios(diagram).find((p) => p.id === state.presetId);
        if (!preset) {
          set({ sim: { status: 'failed', errors: [`Unknown preset "${state.presetId}".`] } });
          return;
        }
        set({ sim: { status: 'running', progress: 0 } });
        const onProgress = (fraction: number) => {
          if (get().sim.status === 'running')
            set({ sim: { status: 'running', progress: fraction } });
        };
        try {
          const outcome = await options.runner({ diagram, scenario: preset.scenario }, onProgress);
          set({
            sim: outcome.ok
              ? { status: 'done', result: outcome.result, json: outcome.json, presetId: preset.id }
              : { status: 'failed', errors: outcome.errors },
          });
        } catch (error) {
          // Runners should not reject, but a run must never stay "running" forever.
          set({ sim: { status: 'failed', errors: [errorText(error)] } });
        }
      },

      startMockWorker: async (start, timeoutMs = MOCK_WORKER_TIMEOUT_MS) => {
        set({ mockWorker: { status: 'starting' } });
        let timer: ReturnType<typeof setTimeout> | undefined;
        // A start that never settles must not look like "starting…" forever (known pitfall BR-15).
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        });
        try {
          const outcome = await Promise.race([start(), timeout]);
          set({
            mockWorker: !outcome.ok
              ? { status: 'failed', message: outcome.message }
              : { status: 'ready' },
          });
        } catch (error) {
          set({ mockWorker: { status: 'failed', message: errorText(error) } });
        } finally {
          clearTimeout(timer);
        }
      },
    };
  });
}
