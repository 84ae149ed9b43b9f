import type { editor } from 'monaco-editor/editor';
import type { StudioTheme } from '../store/types';

/** Monaco theme names for the studio's two colour schemes. */
export const FZ_THEME_NAMES: Record<StudioTheme, string> = { light: 'fz-light', dark: 'fz-dark' };

/** Colours for the FlowZap tokens of `fzLanguage.ts`, on Monaco's built-in light theme. */
export const fzLightTheme: editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'type.lane', foreground: '7c3aed', fontStyle: 'bold' },
    { token: 'comment.lane-label', foreground: '0f766e', fontStyle: 'italic' },
    { token: 'comment', foreground: '6b7280', fontStyle: 'italic' },
    { token: 'variable.node', foreground: '1d4ed8' },
    { token: 'keyword.shape', foreground: 'b45309' },
    { token: 'keyword.loop', foreground: 'be185d', fontStyle: 'bold' },
    { token: 'keyword.handle', foreground: '4b5563' },
    { token: 'keyword.direction', foreground: '0e7490' },
    { token: 'attribute.name', foreground: '9333ea' },
    { token: 'string', foreground: '15803d' },
    { token: 'string.quote', foreground: '15803d' },
    { token: 'string.escape', foreground: 'c2410c', fontStyle: 'bold' },
    { token: 'string.condition', foreground: 'be185d' },
    { token: 'operator.arrow', foreground: 'dc2626', fontStyle: 'bold' },
    { token: 'invalid', foreground: 'dc2626', fontStyle: 'underline' },
  ],
  colors: {},
};

/** Colours for the FlowZap tokens of `fzLanguage.ts`, on Monaco's built-in dark theme. */
export const fzDarkTheme: editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'type.lane', foreground: 'c4b5fd', fontStyle: 'bold' },
    { token: 'comment.lane-label', foreground: '5eead4', fontStyle: 'italic' },
    { token: 'comment', foreground: '9ca3af', fontStyle: 'italic' },
    { token: 'variable.node', foreground: '93c5fd' },
    { token: 'keyword.shape', foreground: 'fbbf24' },
    { token: 'keyword.loop', foreground: 'f9a8d4', fontStyle: 'bold' },
    { token: 'keyword.handle', foreground: 'd1d5db' },
    { token: 'keyword.direction', foreground: '67e8f9' },
    { token: 'attribute.name', foreground: 'd8b4fe' },
    { token: 'string', foreground: '86efac' },
    { token: 'string.quote', foreground: '86efac' },
    { token: 'string.escape', foreground: 'fdba74', fontStyle: 'bold' },
    { token: 'string.condition', foreground: 'f9a8d4' },
    { token: 'operator.arrow', foreground: 'f87171', fontStyle: 'bold' },
    { token: 'invalid', foreground: 'f87171', fontStyle: 'underline' },
  ],
  colors: { 'editor.background': '#111827' },
};
