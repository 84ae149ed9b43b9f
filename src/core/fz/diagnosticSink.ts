/**
 * The one place diagnostics are made (xyflow's "one error sink"): turns a catalogue code, a span
 * and the offending tokens into an `FzDiagnostic` with exact 1-based positions. Also sorting and
 * the cap that keeps 100,000 bad lines from becoming 100,000 editor markers.
 */
import type { FzDiagnostic, FzSourceRange } from '../model/types';
import {
  diagnosticMessage,
  FZ_DIAGNOSTICS,
  type FzDiagnosticArgs,
  type FzDiagnosticCode,
} from './diagnostics';
import { rangeOf, type FzLineIndex } from './lineIndex';

/** Collects diagnostics for one text. */
export class DiagnosticSink {
  readonly list: FzDiagnostic[] = [];
  readonly lines: FzLineIndex;

  constructor(lines: FzLineIndex) {
    this.lines = lines;
  }

  /**
   * Records one occurrence of `code` over offsets `[start, end)` (an empty range is widened to one character so
   * that it stays visible as a marker).
   */
  add<C extends FzDiagnosticCode>(
    code: C,
    start: number,
    end: number,
    ...args: FzDiagnosticArgs<C>
  ): void {
    const range = rangeOf(this.lines, start, end);
    this.list.push({
      code,
      severity: FZ_DIAGNOSTICS[code].severity,
      message: diagnosticMessage(code, args),
      line: range.startLine,
      column: range.startColumn,
      endLine: range.endLine,
      endColumn: end > start ? range.endColumn : range.startColumn + 1,
    });
  }
}

/** Records one occurrence of `code` at an already computed source range. */
export function addAtRange<C extends FzDiagnosticCode>(
  sink: DiagnosticSink,
  code: C,
  range: FzSourceRange,
  ...args: FzDiagnosticArgs<C>
): void {
  sink.list.push({
    code,
    severity: FZ_DIAGNOSTICS[code].severity,
    message: diagnosticMessage(code, args),
    line: range.startLine,
    column: range.startColumn,
    endLine: range.endLine,
    endColumn: range.endColumn,
  });
}

/** Orders diagnostics by position, then code (stable for equal keys). */
export function sortDiagnostics(list: FzDiagnostic[]): FzDiagnostic[] {
  return list.sort(
    (a, b) =>
      a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** How many diagnostics of one code are kept before the rest are summarised. */
export const MAX_DIAGNOSTICS_PER_CODE = 100;

/**
 * Keeps the first {@link MAX_DIAGNOSTICS_PER_CODE} diagnostics of each code (in the given order,
 * normally sorted) and replaces the rest of each code by one `FZ900` info diagnostic placed where
 * the first dropped one was ("…and N more FZ017"). Returns the input when nothing is dropped.
 */
export function capDiagnostics(
  list: FzDiagnostic[],
  max = MAX_DIAGNOSTICS_PER_CODE,
): FzDiagnostic[] {
  const counts = new Map<string, number>();
  let over = false;
  for (const d of list) {
    const n = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, n);
    if (n > max) over = true;
  }
  if (!over) return list;
  const seen = new Map<string, number>();
  const out: FzDiagnostic[] = [];
  for (const d of list) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= max) out.push(d);
    else if (n === max + 1) {
      const more = (counts.get(d.code) ?? n) - max;
      out.push({
        code: 'FZ900',
        severity: 'info',
        message: diagnosticMessage('FZ900', [String(more), d.code]),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      });
    }
  }
  return out;
}
