/**
 * Loads Monaco from our own bundle (never from a CDN) and registers FlowZap Code. Import this module
 * for its side effects before the first `<Editor>` mounts: `@monaco-editor/react` otherwise fetches
 * Monaco from jsDelivr.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { FZ_LANGUAGE_ID, fzLanguageConfiguration, fzMonarchLanguage } from './fzLanguage';
import { FZ_THEME_NAMES, fzDarkTheme, fzLightTheme } from './fzThemes';
import './features/registerLanguageFeatures';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

monaco.languages.register({ id: FZ_LANGUAGE_ID, extensions: ['.fz'], aliases: ['FlowZap Code'] });
monaco.languages.setLanguageConfiguration(FZ_LANGUAGE_ID, fzLanguageConfiguration);
monaco.languages.setMonarchTokensProvider(FZ_LANGUAGE_ID, fzMonarchLanguage);
monaco.editor.defineTheme(FZ_THEME_NAMES.light, fzLightTheme);
monaco.editor.defineTheme(FZ_THEME_NAMES.dark, fzDarkTheme);

loader.config({ monaco });

/** The locally bundled Monaco namespace (the same instance the editor component uses). */
export { monaco };
