/**
 * Monaco hover and go-to-definition for FlowZap node and lane ids (`hoverFz`, `definitionFz`).
 */
import type { editor, languages, Position } from 'monaco-editor/editor';
import { definitionFz, hoverFz } from '../../core/lang';
import { langDocumentOf, monacoRange, offsetOf } from './modelDocument';

/** Hover: a node's label, shape and lane; a lane's label. */
export const fzHoverProvider: languages.HoverProvider = {
  provideHover(model: editor.ITextModel, position: Position): languages.Hover | null {
    const doc = langDocumentOf(model);
    const hover = hoverFz(doc, offsetOf(doc, position));
    if (!hover) return null;
    return {
      range: monacoRange(doc, hover.start, hover.end),
      contents: hover.contents.map((value) => ({ value })),
    };
  },
};

/** Go to definition (F12, Ctrl+click): a node's declaration, a lane's header. */
export const fzDefinitionProvider: languages.DefinitionProvider = {
  provideDefinition(model: editor.ITextModel, position: Position): languages.Location | null {
    const doc = langDocumentOf(model);
    const target = definitionFz(doc, offsetOf(doc, position));
    if (!target) return null;
    return { uri: model.uri, range: monacoRange(doc, target.start, target.end) };
  },
};
