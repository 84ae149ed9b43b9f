import type { FzDiagnostic, FzSeverity } from '../core/model/types';

/** Owner name of FlowZap markers; `setModelMarkers` with this owner replaces all of ours at once. */
export const FZ_MARKER_OWNER = 'fz';

/**
 * Monaco's `MarkerSeverity` values (`Info` 2, `Warning` 4, `Error` 8). Spelled out here so that the
 * mapping stays a pure, Node-testable function (Monaco itself needs a DOM to load).
 */
export const MARKER_SEVERITY: Record<FzSeverity, number> = { info: 2, warning: 4, error: 8 };

/** The fields of Monaco's `IMarkerData` that we fill. */
export interface FzMarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/**
 * Diagnostics → Monaco marker data, one marker per diagnostic, same order. Both sides use 1-based
 * lines and columns with an exclusive end, so ranges copy over unchanged; an empty range (an error
 * "at" a place, such as end of file) is widened to one column so that it is visible.
 */
export function toMarkerData(diagnostics: readonly FzDiagnostic[]): FzMarkerData[] {
  return diagnostics.map((d) => {
    const empty = d.endLine === d.line && d.endColumn <= d.column;
    return {
      severity: MARKER_SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'fz',
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.endLine,
      endColumn: empty ? d.column + 1 : d.endColumn,
    };
  });
}
