import type { FzDiagnostic } from '../core/model/types';

/** Process exit codes of `fz` (documented in `fz --help`). */
export const EXIT = {
  ok: 0,
  /** The input is wrong: diagram or scenario errors, not canonical under `--check`. */
  failure: 1,
  /** Bad command line, or an input that cannot be read. */
  usage: 2,
  /** A bug in fz (BSD `EX_SOFTWARE`). */
  internal: 70,
} as const;

/** Diagnostics ordered by position (line, then column), stable for equal positions. */
export function sortDiagnostics(diagnostics: readonly FzDiagnostic[]): FzDiagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One compiler-style line, `file:line:column: error FZ003: message`, with a newline. */
export function formatDiagnostic(file: string, diagnostic: FzDiagnostic): string {
  const { line, column, severity, code, message } = diagnostic;
  return `${file}:${line}:${column}: ${severity} ${code}: ${message}\n`;
}

/** All lines of {@link formatDiagnostic} for a file, in position order. */
export function formatDiagnostics(file: string, diagnostics: readonly FzDiagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((diagnostic) => formatDiagnostic(file, diagnostic))
    .join('');
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A value as pretty JSON (2-space indent) with the trailing newline every JSON output ends in. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
