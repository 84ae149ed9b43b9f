import { createContext, useCallback, useContext, useLayoutEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FzChange } from '../core/edit/types';
import type { FzDiagram } from '../core/model/types';
import { NO_OPTIMISM, withChange, type FzOptimisticView } from './optimisticView';

/** The canvas's pending gesture results (see {@link useOptimism}); null outside a canvas. */
export const CanvasOptimismContext = createContext<StoreApi<FzOptimisticView> | null>(null);

/** A store nobody writes, for components drawn outside a canvas (unit renders). */
const NOTHING_PENDING = createStore<FzOptimisticView>(() => NO_OPTIMISM);

function usePending<T>(select: (view: FzOptimisticView) => T): T {
  return useStore(useContext(CanvasOptimismContext) ?? NOTHING_PENDING, select);
}

/**
 * The label node `id` shows: the one a rename just wrote while the canvas has not re-drawn yet,
 * else `label`. Each node subscribes to its own entry, so a rename re-renders one node.
 */
export function useShownLabel(id: string, label: string): string {
  return usePending((view) => view.labels[id]) ?? label;
}

/** Whether a gesture just deleted any of `ids` (a node; an edge and its two ends). */
export function useJustRemoved(...ids: string[]): boolean {
  return usePending((view) => ids.some((id) => view.removed.has(id)));
}

/**
 * Optimistic drawing of the canvas's own gestures, as tldraw, Figma and Miro do: a rename shows
 * its label and a Delete hides its elements in the frame that shows the new text, while the
 * diagram itself is re-derived a frame later (`useAfterPaint`). `applied(change)` records a
 * change the store has applied; everything recorded is dropped as soon as the canvas draws
 * another diagram (which then holds the change itself), and nothing is recorded or shown while
 * the canvas is stale (it draws the last good diagram, not the text). Returns the store to put in
 * {@link CanvasOptimismContext} and `applied`.
 */
export function useOptimism(diagram: FzDiagram, stale: boolean) {
  const [store] = useState(() => createStore<FzOptimisticView>(() => NO_OPTIMISM));

  useLayoutEffect(() => {
    store.setState(NO_OPTIMISM, true);
  }, [store, diagram, stale]);

  const applied = useCallback(
    (change: FzChange) => {
      if (stale) return;
      const now = store.getState();
      const next = withChange(now, change);
      if (next !== now) store.setState(next, true);
    },
    [store, stale],
  );

  return { store, applied };
}
