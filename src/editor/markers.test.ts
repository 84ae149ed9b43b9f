import { describe, expect, it } from 'vitest';
import type { FzDiagnostic } from '../core/model/types';
import { MARKER_SEVERITY, toMarkerData } from './markers';

const diag = (over: Partial<FzDiagnostic>): FzDiagnostic => ({
  code: 'FZ001',
  severity: 'error',
  message: 'Unknown shape "hexagon".',
  line: 7,
  column: 5,
  endLine: 7,
  endColumn: 12,
  ...over,
});

describe('toMarkerData', () => {
  it('copies 1-based, end-exclusive ranges unchanged', () => {
    const [m] = toMarkerData([diag({})]);
    expect(m).toMatchObject({
      startLineNumber: 7,
      startColumn: 5,
      endLineNumber: 7,
      endColumn: 12,
      code: 'FZ001',
      message: 'Unknown shape "hexagon".',
    });
  });

  it('maps severities onto Monaco MarkerSeverity values', () => {
    const markers = toMarkerData([
      diag({ severity: 'error' }),
      diag({ severity: 'warning' }),
      diag({ severity: 'info' }),
    ]);
    expect(markers.map((m) => m.severity)).toEqual([8, 4, 2]);
    expect(MARKER_SEVERITY.error).toBe(8);
  });

  it('widens an empty range to one column so the marker is visible', () => {
    const [m] = toMarkerData([diag({ column: 3, endColumn: 3 })]);
    expect([m!.startColumn, m!.endColumn]).toEqual([3, 4]);
  });

  it('keeps multi-line ranges as they are', () => {
    const [m] = toMarkerData([diag({ line: 2, column: 9, endLine: 4, endColumn: 1 })]);
    expect([m!.startLineNumber, m!.startColumn, m!.endLineNumber, m!.endColumn]).toEqual([
      2, 9, 4, 1,
    ]);
  });

  it('gives no markers for no diagnostics (so setModelMarkers clears old ones)', () => {
    expect(toMarkerData([])).toEqual([]);
  });
});
