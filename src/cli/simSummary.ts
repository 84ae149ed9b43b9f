import type { FzDiagram } from '../core/model/types';
import type { SimResult } from '../core/sim/types';

/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows
    .map((row) => {
      const cells = row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)));
      return `${indent}${cells.join('  ')}`.trimEnd();
    })
    .join('\n');
}

/** `12.345` → `12.35`, whole numbers without decimals. */
function ms(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** Queueing rows of the service nodes: mean/max queue, mean wait, utilisation, call counts. */
function serviceRows(result: SimResult): string[][] {
  return Object.entries(result.nodes).flatMap(([id, c]) =>
    c.queue === undefined || c.calls === undefined
      ? []
      : [
          [
            id,
            ms(c.queue.mean),
            String(c.queue.max),
            ms(c.queue.waitMs),
            c.utilisation === undefined ? '-' : `${(100 * c.utilisation).toFixed(1)}%`,
            String(c.calls.total),
            String(c.calls.retries),
            String(c.calls.timeouts),
            String(c.calls.overflows),
          ],
        ],
  );
}

/**
 * A readable, k6-like summary of a simulation: request count, status counts with shares, the
 * latency table (avg/min/med/max/p90/p95/p99 in ms of virtual time), per-node counters with
 * the node labels taken from the diagram, the service nodes' queueing statistics, and the
 * requests that never got a response, by node. Plain text, ends with a newline.
 */
export function formatSimSummary(result: SimResult, diagram: FzDiagram, title: string): string {
  const labels = new Map(diagram.nodes.map((node) => [node.id, node.label]));
  const statusRows = Object.entries(result.status)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => [status, String(count), percent(count, result.requests)]);
  const { avg, min, med, max, p90, p95, p99 } = result.latencyMs;
  const nodeRows = Object.entries(result.nodes).map(([id, counters]) => [
    id,
    labels.get(id) ?? '',
    counters.role,
    String(counters.arrivals),
    String(counters.passed),
    String(counters.rejected),
  ]);
  const services = serviceRows(result);
  return [
    `simulation: ${title}`,
    '',
    `  requests  ${result.requests}`,
    '',
    'status',
    statusRows.length > 0 ? table([['code', 'count', 'share'], ...statusRows]) : '  (none)',
    '',
    'latency (ms, virtual time)',
    table([
      ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'],
      [avg, min, med, max, p90, p95, p99].map(ms),
    ]),
    '',
    'nodes',
    nodeRows.length > 0
      ? table([['id', 'label', 'role', 'arrivals', 'passed', 'rejected'], ...nodeRows])
      : '  (none)',
    '',
    ...(services.length > 0
      ? [
          'services (queue: mean, max, wait ms; utilisation; calls)',
          table([
            ['id', 'queue', 'max', 'wait', 'util', 'calls', 'retries', 'timeouts', 'overflows'],
            ...services,
          ]),
          '',
        ]
      : []),
    ...(result.stuck === undefined
      ? []
      : [
          `stuck  ${result.stuck.count} (no response; last seen at ${Object.entries(
            result.stuck.byNode,
          )
            .map(([id, n]) => `${id}: ${n}`)
            .join(', ')})`,
          '',
        ]),
  ].join('\n');
}
