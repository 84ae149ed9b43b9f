/**
 * Monaco "Format Document" for FlowZap: the canonical text of `fz format`, applied as one minimal
 * edit. Text with errors is left alone (no edits), as `fz format` refuses it.
 */
import type { editor, languages } from 'monaco-editor/editor';
import { formatEdits } from '../../core/lang';
import { langDocumentOf, monacoRange } from './modelDocument';

/** The document formatting provider. */
export const fzFormattingProvider: languages.DocumentFormattingEditProvider = {
  displayName: 'FlowZap Code',
  provideDocumentFormattingEdits(model: editor.ITextModel): languages.TextEdit[] {
    const doc = langDocumentOf(model);
    const result = formatEdits(doc.text);
    if (!result.ok) return [];
    return result.edits.map((e) => ({ range: monacoRange(doc, e.start, e.end), text: e.insert }));
  },
};
