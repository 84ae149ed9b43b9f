import { useEffect } from 'react';
import type { editor as MonacoEditor, ISelection } from 'monaco-editor/editor';
import type { StoreApi } from 'zustand';
import type { FzSourceRange } from '../core/model/types';
import { elementsOnLines, rangesOfSelection, type FzLineSpan } from '../store/elementLines';
import type { StudioState } from '../store/types';
import { CANVAS_EDIT_SOURCE } from './editorPort';

/** Monaco's `CursorChangeReason.ContentFlush` (a `setValue`), spelled out to keep Monaco's runtime out. */
const CONTENT_FLUSH = 1;
/** Monaco's `ScrollType.Smooth`. */
const SMOOTH = 0;

/** The lines an editor selection covers; a selection ending at column 1 does not take that line. */
function lineSpan(selection: ISelection): FzLineSpan {
  const startLine = Math.min(selection.selectionStartLineNumber, selection.positionLineNumber);
  const endLine = Math.max(selection.selectionStartLineNumber, selection.positionLineNumber);
  const endColumn =
    selection.positionLineNumber === endLine
      ? selection.positionColumn
      : selection.selectionStartColumn;
  return { startLine, endLine: endLine > startLine && endColumn === 1 ? endLine - 1 : endLine };
}

/** A diagram range as a Monaco selection (anchor at the start, caret at the end). */
function toSelection(range: FzSourceRange): ISelection {
  return {
    selectionStartLineNumber: range.startLine,
    selectionStartColumn: range.startColumn,
    positionLineNumber: range.endLine,
    positionColumn: range.endColumn,
  };
}

/**
 * Keeps the editor's cursors and the store's selection in step, without feedback loops:
 * - a selection made on the canvas selects each element's statement in the editor (one selection
 *   per element) and scrolls the first into view if it is not visible; it does not take the focus;
 * - a cursor the person moves (keyboard, mouse) selects the nodes and edges on its lines, as a
 *   selection from `code`, which the canvas highlights. The editor ignores selections that came
 *   from `code`, and the cursor moves it makes itself (selecting for the canvas, a load, a canvas
 *   edit shifting the caret) are not sent back.
 */
export function useSelectionSync(
  editor: MonacoEditor.IStandaloneCodeEditor | null,
  store: StoreApi<StudioState>,
): void {
  useEffect(() => {
    if (!editor) return;
    let selectingForCanvas = false;

    const cursor = editor.onDidChangeCursorSelection((event) => {
      if (selectingForCanvas || event.reason === CONTENT_FLUSH) return;
      if (event.source === 'api' || event.source === CANVAS_EDIT_SOURCE) return;
      const selections = editor.getSelections() ?? [];
      const state = store.getState();
      state.select(elementsOnLines(state.analysis.diagram, selections.map(lineSpan)), 'code');
    });

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selectionSource !== 'canvas') return;
      if (state.selection === previous.selection && previous.selectionSource === 'canvas') return;
      const ranges = rangesOfSelection(state.analysis.diagram, state.selection);
      if (ranges.length === 0) return;
      selectingForCanvas = true;
      try {
        editor.setSelections(ranges.map(toSelection));
        editor.revealRangeInCenterIfOutsideViewport(
          {
            startLineNumber: ranges[0]!.startLine,
            startColumn: ranges[0]!.startColumn,
            endLineNumber: ranges[0]!.endLine,
            endColumn: ranges[0]!.endColumn,
          },
          SMOOTH,
        );
      } finally {
        selectingForCanvas = false;
      }
    });

    return () => {
      cursor.dispose();
      unsubscribe();
    };
  }, [editor, store]);
}
