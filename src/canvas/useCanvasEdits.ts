import { useCallback, useState } from 'react';
import type { FzChange, FzEditResult } from '../core/edit/types';
import type { FzDiagram } from '../core/model/types';
import { useStudioStore } from '../store/useStudio';
import type { FzCanvasNotice } from './canvasUi';
import { deleteChange, leavesIdGaps } from './gestures/nodeGestures';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The canvas's one door to the document: every gesture's `FzChange` goes through `apply`, which
 * calls the store's `applyChange` (edits computed against the current text, one undo step) and
 * turns a refusal into the toast (`notice`). Never throws: a missing store action or a failing
 * edit becomes a message too. Also selects what a gesture created, and deletes with the
 * "Renumber ids" offer when the deletion leaves gaps in the node ids. `onApplied` hears of every
 * change the store applied (the canvas draws its result at once, see `useOptimism`).
 */
export function useCanvasEdits(onApplied?: (change: FzChange) => void) {
  const studio = useStudioStore();
  const [notice, setNotice] = useState<FzCanvasNotice | null>(null);

  const apply = useCallback(
    (change: FzChange | null): FzEditResult | null => {
      if (!change) return null;
      const state = studio.getState();
      // The edit actions arrive with the store's editing work (H4a); until then say so plainly.
      if (typeof state.applyChange !== 'function') {
        setNotice({ kind: 'toast', message: 'Editing from the canvas is not available yet.' });
        return null;
      }
      let result: FzEditResult;
      try {
        result = state.applyChange(change);
      } catch (error) {
        setNotice({
          kind: 'toast',
          message: `That change could not be made (${errorText(error)}).`,
        });
        return null;
      }
      if (result.ok) onApplied?.(change);
      setNotice(result.ok ? null : { kind: 'toast', message: result.message });
      if (result.ok && result.created.length > 0 && typeof state.select === 'function') {
        const nodes = result.created.filter((id) => /^n\d+$/.test(id));
        if (nodes.length > 0) state.select({ nodes, edges: [] }, 'canvas');
      }
      return result;
    },
    [studio, onApplied],
  );

  /** Deletes nodes and edges; offers "Renumber ids" when the node ids are left with gaps. */
  const remove = useCallback(
    (nodes: readonly string[], edges: readonly string[]) => {
      const before = studio.getState().analysis.diagram.nodes.map((node) => node.id);
      const result = apply(deleteChange(nodes, edges));
      if (result?.ok && nodes.length > 0 && leavesIdGaps(before, nodes)) {
        setNotice({ kind: 'renumber' });
      }
    },
    [apply, studio],
  );

  const renumber = useCallback(() => {
    setNotice(null);
    apply({ kind: 'renumberNodes' });
  }, [apply]);

  const dismiss = useCallback(() => setNotice(null), []);

  /** Shows `message` in the toast (a gesture that could not become a change). */
  const notify = useCallback((message: string) => setNotice({ kind: 'toast', message }), []);

  /** The diagram of the current text (what changes are computed against), even while stale. */
  const textDiagram = useCallback((): FzDiagram => studio.getState().analysis.diagram, [studio]);

  /** The store's selection now (empty before the store has one). */
  const storeSelection = useCallback((): { nodes: string[]; edges: string[] } => {
    const selection = studio.getState().selection;
    return selection ?? { nodes: [], edges: [] };
  }, [studio]);

  return {
    notice,
    apply,
    remove,
    renumber,
    dismiss,
    notify,
    textDiagram,
    storeSelection,
  };
}
