/**
 * Monaco quick-fixes (the lightbulb, Ctrl+.) for FlowZap markers: each marker of ours in the
 * requested range gets the fixes `quickFixesFor` computes for it, attached to that marker. A fix
 * is one workspace edit, so it is one undo step.
 */
import type { editor, languages, Range } from 'monaco-editor/editor';
import { quickFixesFor } from '../../core/lang';
import { langDocumentOf, workspaceEdits } from './modelDocument';

const QUICK_FIX = 'quickfix';

function markerCode(marker: editor.IMarkerData): string {
  const code = marker.code;
  return typeof code === 'string' ? code : (code?.value ?? '');
}

/** The code action provider. */
export const fzCodeActionProvider: languages.CodeActionProvider = {
  provideCodeActions(
    model: editor.ITextModel,
    _range: Range,
    context: languages.CodeActionContext,
  ): languages.CodeActionList {
    const actions: languages.CodeAction[] = [];
    const wanted = context.only;
    const ours = context.markers.filter((m) => m.source === 'fz' || markerCode(m).startsWith('FZ'));
    // The lightbulb asks on every caret move: without one of our markers there is nothing to analyse.
    if (ours.length === 0) return { actions, dispose: () => undefined };
    if (wanted === undefined || QUICK_FIX.startsWith(wanted) || wanted.startsWith(QUICK_FIX)) {
      const doc = langDocumentOf(model);
      for (const marker of ours) {
        const ref = {
          code: markerCode(marker),
          line: marker.startLineNumber,
          column: marker.startColumn,
        };
        for (const fix of quickFixesFor(doc, ref)) {
          actions.push({
            title: fix.title,
            kind: QUICK_FIX,
            diagnostics: [marker],
            isPreferred: fix.preferred,
            edit: { edits: workspaceEdits(model, doc, fix.edits) },
          });
        }
      }
    }
    // Nothing to release: the actions hold plain data.
    return { actions, dispose: () => undefined };
  },
};

/** Tells Monaco which action kinds to expect (so "Quick Fix…" lists ours). */
export const fzCodeActionMetadata: languages.CodeActionProviderMetadata = {
  providedCodeActionKinds: [QUICK_FIX],
};
