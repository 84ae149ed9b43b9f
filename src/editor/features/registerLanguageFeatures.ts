/**
 * Registers the FlowZap language services with Monaco, once, for every model of the FlowZap
 * language (they read the model's own text, so any editor on a `.fz` model gets them). Imported
 * for its side effect by `monacoSetup.ts`.
 */
import { languages, type IDisposable } from 'monaco-editor/editor';
import { FZ_LANGUAGE_ID } from '../fzLanguage';
import { fzCodeActionMetadata, fzCodeActionProvider } from './codeActionProvider';
import { fzCompletionProvider } from './completionProvider';
import { fzFormattingProvider } from './formattingProvider';
import { fzDefinitionProvider, fzHoverProvider } from './navigationProviders';
import { fzRenameProvider } from './renameProvider';

let registered: IDisposable[] | null = null;

/** Registers every provider (idempotent); returns a disposable that unregisters them. */
export function registerFzLanguageFeatures(): IDisposable {
  registered ??= [
    languages.registerCompletionItemProvider(FZ_LANGUAGE_ID, fzCompletionProvider),
    languages.registerHoverProvider(FZ_LANGUAGE_ID, fzHoverProvider),
    languages.registerDefinitionProvider(FZ_LANGUAGE_ID, fzDefinitionProvider),
    languages.registerRenameProvider(FZ_LANGUAGE_ID, fzRenameProvider),
    languages.registerCodeActionProvider(
      FZ_LANGUAGE_ID,
      fzCodeActionProvider,
      fzCodeActionMetadata,
    ),
    languages.registerDocumentFormattingEditProvider(FZ_LANGUAGE_ID, fzFormattingProvider),
  ];
  return {
    dispose() {
      for (const d of registered ?? []) d.dispose();
      registered = null;
    },
  };
}

registerFzLanguageFeatures();
