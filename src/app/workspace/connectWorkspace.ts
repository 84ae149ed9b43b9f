import type { StoreApi } from 'zustand';
import type { StudioState } from '../../store/types';
import type { WorkspaceState } from '../../store/workspaceStore';
import type { FzWorkspacePersistence } from './workspacePersistence';
import { WORKSPACE_SNAPSHOT_VERSION, type FzWorkspaceSnapshot } from './workspaceSnapshot';

/** Quiet time after the last change before the workspace is saved, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 300;

/** The page events `connectWorkspace` listens to (the browser's `window`, a stand-in in tests). */
export interface FzPageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
}

/** Options of {@link connectWorkspace}. */
export interface ConnectWorkspaceOptions {
  studio: StoreApi<StudioState>;
  workspace: StoreApi<WorkspaceState>;
  persistence: FzWorkspacePersistence;
  /** Debounce of the autosave (default 300 ms). */
  delayMs?: number;
  /** Where `pagehide` (and `visibilitychange`) come from; absent → no flush on leaving. */
  page?: FzPageEvents;
  /** Whether the page is hidden now (read on `visibilitychange`); absent → never. */
  isHidden?: () => boolean;
}

/**
 * Ties the workspace sidecar to the text and to the browser:
 *
 * - pins of nodes that no longer exist (or changed lane) are pruned whenever the text has no
 *   errors (a half-typed line must not cost a pin), and once at start;
 * - the text and the pins are saved together, `delayMs` after the last change of either, and at
 *   once when the page is hidden or left (`pagehide`), one write at a time;
 * - a failed write is reported once to the workspace store (a quiet status on the canvas) and
 *   saving stops: the studio works on without persistence. Nothing is saved if loading failed.
 *
 * Returns `disconnect`, which stops listening (a pending save is dropped).
 */
export function connectWorkspace(options: ConnectWorkspaceOptions): () => void {
  const { studio, workspace, persistence, page } = options;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let saving = false;
  let connected = true;

  const prune = (state: StudioState) => {
    if (state.analysis.errorCount > 0) return;
    const laneOf: Record<string, string> = {};
    for (const node of state.lastGoodDiagram.nodes) laneOf[node.id] ??= node.lane;
    workspace.getState().prunePinned(Object.keys(laneOf), laneOf);
  };

  const snapshot = (): FzWorkspaceSnapshot => ({
    version: WORKSPACE_SNAPSHOT_VERSION,
    text: studio.getState().text,
    pinned: workspace.getState().pinned,
  });

  const flush = async () => {
    clearTimeout(timer);
    timer = undefined;
    if (!connected || !dirty || saving) return;
    if (workspace.getState().persistence.status === 'failed') return;
    dirty = false;
    saving = true;
    const outcome = await persistence.save(snapshot());
    saving = false;
    if (!outcome.ok) {
      workspace.getState().reportPersistenceFailure(outcome.message);
      return;
    }
    // Changes made while the write was on its way get their own write.
    if (dirty && connected) schedule();
  };

  function schedule() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  }

  prune(studio.getState());
  const stopStudio = studio.subscribe((state, previous) => {
    if (state.lastGoodDiagram !== previous.lastGoodDiagram || state.stale !== previous.stale) {
      prune(state);
    }
    if (state.text !== previous.text) schedule();
  });
  const stopWorkspace = workspace.subscribe((state, previous) => {
    if (state.pinned !== previous.pinned) schedule();
  });
  const onLeave = () => void flush();
  const onVisibility = () => {
    if (options.isHidden?.()) void flush();
  };
  page?.addEventListener('pagehide', onLeave);
  page?.addEventListener('visibilitychange', onVisibility);

  return () => {
    connected = false;
    clearTimeout(timer);
    stopStudio();
    stopWorkspace();
    page?.removeEventListener('pagehide', onLeave);
    page?.removeEventListener('visibilitychange', onVisibility);
  };
}
