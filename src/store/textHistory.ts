import { applyTextEdits, invertTextEdits } from '../core/edit';
import type { FzTextEdit } from '../core/edit/types';

/** How many steps the store's own history keeps (the oldest go first). */
export const TEXT_HISTORY_LIMIT = 200;

/** One undo step: the edits that made it and the edits that take it back. */
interface FzHistoryStep {
  redo: FzTextEdit[];
  undo: FzTextEdit[];
}

/**
 * The store's own undo history, used only while no editor is mounted (before Monaco loads, in
 * unit tests, in a code pane that crashed). Steps are edit batches, not text snapshots, so a
 * 1,000-node text costs a few strings per step. Like a text editor's stack: a new step drops
 * everything that was undone.
 */
export interface FzTextHistory {
  /** Applies `edits` to `text` as a new step and returns the new text. */
  apply(text: string, edits: readonly FzTextEdit[]): string;
  /** The text with the last step taken back, or null when there is nothing to undo. */
  undo(text: string): string | null;
  /** The text with the last undone step made again, or null when there is nothing to redo. */
  redo(text: string): string | null;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Forgets every step (the text was replaced by a load, or the editor took over). */
  clear(): void;
}

/**
 * Creates an empty {@link FzTextHistory} keeping at most `limit` steps.
 *
 * @example
 * const history = createTextHistory();
 * const after = history.apply('a', [{ start: 1, end: 1, insert: 'b' }]); // 'ab'
 * history.undo(after); // 'a'
 */
export function createTextHistory(limit = TEXT_HISTORY_LIMIT): FzTextHistory {
  let past: FzHistoryStep[] = [];
  let future: FzHistoryStep[] = [];
  return {
    apply(text, edits) {
      const redo = [...edits];
      const undo = invertTextEdits(text, redo);
      past.push({ redo, undo });
      if (past.length > limit) past = past.slice(past.length - limit);
      future = [];
      return applyTextEdits(text, redo);
    },
    undo(text) {
      const step = past.pop();
      if (!step) return null;
      future.push(step);
      return applyTextEdits(text, step.undo);
    },
    redo(text) {
      const step = future.pop();
      if (!step) return null;
      past.push(step);
      return applyTextEdits(text, step.redo);
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    clear() {
      past = [];
      future = [];
    },
  };
}
