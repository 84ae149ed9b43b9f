/**
 * Monaco completion for FlowZap: `completeFz` items as Monaco suggestions. Opens by itself after
 * `:` `.` `(` (where the next word is one of a known few) and, through Monaco's quick
 * suggestions, as soon as a word is typed; Ctrl+Space anywhere. A blank is deliberately not a
 * trigger: a list popping up after every space would take the next Enter for itself.
 */
import { languages, type editor, type Position } from 'monaco-editor/editor';
import { completeFz, type FzCompletionKind } from '../../core/lang';
import { langDocumentOf, monacoRange, offsetOf } from './modelDocument';

const KIND: Record<FzCompletionKind, languages.CompletionItemKind> = {
  shape: languages.CompletionItemKind.EnumMember,
  attribute: languages.CompletionItemKind.Property,
  direction: languages.CompletionItemKind.EnumMember,
  node: languages.CompletionItemKind.Variable,
  lane: languages.CompletionItemKind.Module,
  snippet: languages.CompletionItemKind.Snippet,
  keyword: languages.CompletionItemKind.Keyword,
};

/** Re-opens the suggest widget (after inserting `Lane.`, whose nodes come next). */
const RETRIGGER = { id: 'editor.action.triggerSuggest', title: 'Suggest' };

/** The completion provider (stateless: everything is read from the model). */
export const fzCompletionProvider: languages.CompletionItemProvider = {
  triggerCharacters: [':', '.', '('],
  provideCompletionItems(
    model: editor.ITextModel,
    position: Position,
    context: languages.CompletionContext,
  ): languages.CompletionList {
    const doc = langDocumentOf(model);
    const typed =
      context.triggerKind === languages.CompletionTriggerKind.TriggerCharacter
        ? context.triggerCharacter
        : undefined;
    const items = completeFz(doc, offsetOf(doc, position), typed);
    return {
      suggestions: items.map((item) => ({
        label: item.label,
        kind: KIND[item.kind],
        insertText: item.insertText,
        insertTextRules: item.snippet
          ? languages.CompletionItemInsertTextRule.InsertAsSnippet
          : undefined,
        detail: item.detail,
        documentation: item.documentation,
        filterText: item.filterText,
        sortText: item.sortText,
        range: monacoRange(doc, item.start, item.end),
        command: item.retrigger ? RETRIGGER : undefined,
      })),
    };
  },
};
