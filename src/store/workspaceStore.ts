import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FzLayoutPhase } from '../core/layout/layoutDiagram';
import {
  pinAt,
  prunePins,
  type FzPinnedPosition,
  type FzPinnedPositions,
} from '../core/layout/pinnedPositions';
import type { FzLaneBand } from '../core/layout/types';

/**
 * The auto layout's progress, for the canvas's indicator: idle, or running with the step it is
 * on (`waiting` until the layout worker starts on it) and the number of nodes being laid out.
 */
export type FzLayoutRun =
  { status: 'idle' } | { status: 'running'; phase: 'waiting' | FzLayoutPhase; nodes: number };

/**
 * Whether the workspace is being saved in the browser (IndexedDB). `failed` carries the reason
 * shown once, quietly; the studio keeps working without persistence then.
 */
export type FzPersistenceState = { status: 'ok' } | { status: 'failed'; message: string };

/** Options of {@link createWorkspaceStore}. */
export interface WorkspaceStoreOptions {
  /** Pins restored from the previous session (already validated). */
  pinned?: FzPinnedPositions;
  /** Why the previous session could not be restored, if it could not. */
  persistenceError?: string;
}

/**
 * What lives beside the `.fz` text: the positions a person set by dragging (the sidecar), plus the
 * canvas's layout bookkeeping. Only the named actions below write it.
 */
export interface WorkspaceState {
  /** Dragged positions by node id (see `FzPinnedPosition`: lane-relative). */
  pinned: Record<string, FzPinnedPosition>;
  /** The lane bands the canvas draws now (canvas pixels), to turn drop points into pins. */
  laneBands: Record<string, FzLaneBand>;
  /** Bumped by `relayout`: the canvas runs the auto layout again when it changes. */
  relayoutCount: number;
  layoutRun: FzLayoutRun;
  persistence: FzPersistenceState;

  /**
   * Pins nodes where they were dropped. `positions` maps node id → the node's top-left corner in
   * canvas pixels (React Flow's `node.position`); `laneOf` maps node id → its lane id (from the
   * diagram). The pin is stored relative to that lane's band in `laneBands`; a node with no lane,
   * no known band or non-finite numbers is skipped. One state change for the whole batch.
   */
  pinPositions: (
    positions: Readonly<Record<string, { x: number; y: number }>>,
    laneOf: Readonly<Record<string, string>>,
  ) => void;
  /**
   * Drops the pins of nodes not in `liveNodeIds`, and, when `laneOf` is given, of nodes now in
   * another lane. Call it only with a diagram that has no errors (a half-typed text would drop
   * pins of nodes that are merely broken for a moment).
   */
  prunePinned: (liveNodeIds: Iterable<string>, laneOf?: Readonly<Record<string, string>>) => void;
  /** Forgets every pin (nodes stay where they are until the next auto layout). */
  clearPinned: () => void;
  /** "Re-layout": forgets every pin and asks the canvas for a fresh auto layout, as one change. */
  relayout: () => void;
  /** Records the lane bands the canvas draws (called by the canvas after each placement). */
  setLaneBands: (bands: Record<string, FzLaneBand>) => void;
  /** Records the auto layout's progress (called by the canvas's layout hook). */
  setLayoutRun: (run: FzLayoutRun) => void;
  /** Marks persistence as failed; only the first failure is kept (it is shown once). */
  reportPersistenceFailure: (message: string) => void;
}

function sameRun(a: FzLayoutRun, b: FzLayoutRun): boolean {
  if (a.status === 'idle' || b.status === 'idle') return a.status === b.status;
  return a.phase === b.phase && a.nodes === b.nodes;
}

/**
 * Creates the workspace store: the sidecar of positions beside the text, and the layout state the
 * canvas controls show. A vanilla zustand store like the studio's; components read it through
 * `useWorkspace(selector)` and write it only through the actions.
 *
 * @example
 * const workspace = createWorkspaceStore({ pinned: restored.pinned });
 * workspace.getState().pinPositions({ n3: { x: 640, y: 220 } }, { n3: 'Gateway' });
 */
export function createWorkspaceStore(
  options: WorkspaceStoreOptions = {},
): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set, get) => ({
    pinned: { ...options.pinned },
    laneBands: {},
    relayoutCount: 0,
    layoutRun: { status: 'idle' },
    persistence:
      options.persistenceError === undefined
        ? { status: 'ok' }
        : { status: 'failed', message: options.persistenceError },

    pinPositions: (positions, laneOf) => {
      const { laneBands } = get();
      const added: Record<string, FzPinnedPosition> = {};
      for (const [id, position] of Object.entries(positions)) {
        const lane = Object.hasOwn(laneOf, id) ? laneOf[id] : undefined;
        if (lane === undefined) continue;
        const pin = pinAt(
          position,
          lane,
          Object.hasOwn(laneBands, lane) ? laneBands[lane] : undefined,
        );
        if (pin) added[id] = pin;
      }
      if (Object.keys(added).length === 0) return;
      set((state) => ({ pinned: { ...state.pinned, ...added } }));
    },

    prunePinned: (liveNodeIds, laneOf) => {
      const pinned = get().pinned;
      const kept = prunePins(pinned, new Set(liveNodeIds), laneOf);
      if (kept !== pinned) set({ pinned: { ...kept } });
    },

    clearPinned: () => {
      if (Object.keys(get().pinned).length > 0) set({ pinned: {} });
    },

    relayout: () => set((state) => ({ pinned: {}, relayoutCount: state.relayoutCount + 1 })),

    setLaneBands: (laneBands) => set({ laneBands }),

    setLayoutRun: (layoutRun) => {
      if (!sameRun(get().layoutRun, layoutRun)) set({ layoutRun });
    },

    reportPersistenceFailure: (message) => {
      if (get().persistence.status === 'ok') set({ persistence: { status: 'failed', message } });
    },
  }));
}
