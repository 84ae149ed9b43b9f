/**
 * The text `fz simulate` prints without `--json`: an end-of-test summary laid out like k6's
 * (grafana/k6 "End of test": dotted metric rows `http_req_duration`, `http_req_failed`,
 * `http_reqs`, gateway-semantics §5.4), then tables for what k6 does not have: status codes,
 * per-node counters with queueing, calls to service instances, instance health, stuck requests.
 */
import type { FzDiagram } from '../core/model/types';
import { formatFailedRate, httpReqFailed } from '../core/sim/metrics/httpReqFailed';
import type { SimHealthEvent, SimNodeCounters, SimResult } from '../core/sim/types';

/** At most this many health events are listed; the rest are counted (`--json` has them all). */
export const SUMMARY_HEALTH_LINES = 20;

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

/** k6's dotted metric rows: `  name......: value`, the colons aligned. */
function metricRows(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([name]) => name.length)) + 3;
  return rows.map(([name, value]) => `  ${name.padEnd(width, '.')}: ${value}`).join('\n');
}

/** At most `digits` decimals, trailing zeros dropped: `12.5`, `11`, `0.333`. */
function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A duration as k6 prints one: `0s`, `11ms`, `140.36ms`, `1.26s`. */
export function k6Duration(ms: number): string {
  if (ms === 0) return '0s';
  return Math.abs(ms) >= 1000 ? `${round(ms / 1000, 2)}s` : `${round(ms, 2)}ms`;
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The queue and utilisation cells of a node row: blank for nodes that are not services. */
function queueCells(c: SimNodeCounters): string[] {
  if (c.queue === undefined) return ['', '', ''];
  const util = c.utilisation === undefined ? '-' : `${(100 * c.utilisation).toFixed(1)}%`;
  return [round(c.queue.mean, 2), String(c.queue.max), util];
}

/** One row per service node: calls sent to its instances and how the gateway ended some. */
function callRows(result: SimResult): string[][] {
  return Object.entries(result.nodes).flatMap(([id, c]) =>
    c.calls === undefined
      ? []
      : [
          [
            id,
            String(c.calls.total),
            String(c.calls.retries),
            String(c.calls.timeouts),
            String(c.calls.overflows),
            String(c.calls.noHost),
            round(c.queue?.waitMs ?? 0, 2),
            c.calls.byInstance.join(' / '),
          ],
        ],
  );
}

/** One health event in words, e.g. `instance 1 ejected (1st time, for 3s)`. */
export function describeHealthEvent(e: SimHealthEvent): string {
  const instance = `instance ${e.instance ?? '?'}`;
  switch (e.kind) {
    case 'state':
      return `${instance} is really ${e.state ?? '?'}`;
    case 'unhealthy':
      return `${instance} unhealthy (active checks)`;
    case 'healthy':
      return `${instance} healthy again (active checks)`;
    case 'ejected':
      return `${instance} ejected by outlier detection (${ordinal(e.times ?? 1)} time, for ${k6Duration(e.durationMs ?? 0)})`;
    case 'unejected':
      return `${instance} back from ejection`;
    case 'overflow':
      return `${instance} not ejected: max ejection percent reached`;
    case 'panic':
      return `panic: ${e.healthy ?? '?'} of ${e.total ?? '?'} healthy, balancing over all instances`;
    case 'panic-end':
      return `panic over: ${e.healthy ?? '?'} of ${e.total ?? '?'} healthy`;
    default:
      return e.kind;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function healthSection(events: readonly SimHealthEvent[]): string[] {
  const shown = events.slice(0, SUMMARY_HEALTH_LINES);
  const rows = shown.map((e) => [k6Duration(e.at), e.node, describeHealthEvent(e)]);
  const more = events.length - shown.length;
  return [
    'health (what the gateway saw, virtual time)',
    rows.length > 0 ? table(rows) : '  (none)',
    ...(more > 0 ? [`  … ${more} more (--json lists them all)`] : []),
    '',
  ];
}

/**
 * A readable, k6-like summary of a simulation, ending with a newline:
 * - the title, then k6's HTTP rows: `http_req_duration` (avg, min, med, max, p(90), p(95), p(99)
 *   of virtual time, k6 interpolation), `http_req_failed` (responses outside 200–399, k6's rule,
 *   as `3.00% 3 out of 100`) and `http_reqs` (count and responses per second of virtual time);
 * - status codes with counts and shares;
 * - per node (labels from `diagram`): role, arrivals, passed, rejected and, for services, the
 *   time-average and largest queue and the utilisation (`-` when concurrency is unlimited);
 * - per service: calls, retries, timeouts, overflows, no-healthy-upstream answers, mean queue
 *   wait (ms) and calls per instance;
 * - instance health events when there are any (the first {@link SUMMARY_HEALTH_LINES});
 * - requests that never got a response, by the node they were last seen at, when there are any.
 */
export function formatSimSummary(result: SimResult, diagram: FzDiagram, title: string): string {
  const labels = new Map(diagram.nodes.map((node) => [node.id, node.label]));
  const { avg, min, med, max, p90, p95, p99 } = result.latencyMs;
  const duration = [
    `avg=${k6Duration(avg)}`,
    `min=${k6Duration(min)}`,
    `med=${k6Duration(med)}`,
    `max=${k6Duration(max)}`,
    `p(90)=${k6Duration(p90)}`,
    `p(95)=${k6Duration(p95)}`,
    `p(99)=${k6Duration(p99)}`,
  ].join(' ');
  const requests = String(result.requests);
  const statusRows = Object.entries(result.status)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => [status, String(count), share(count, result.requests)]);
  const nodeRows = Object.entries(result.nodes).map(([id, c]) => [
    id,
    labels.get(id) ?? '',
    c.role,
    String(c.arrivals),
    String(c.passed),
    String(c.rejected),
    ...queueCells(c),
  ]);
  const calls = callRows(result);
  const stuck = result.stuck;
  return [
    `simulation: ${title}`,
    `virtual time ${k6Duration(result.durationMs)} (to the last response), open arrival model`,
    '',
    metricRows([
      ['http_req_duration', duration],
      ['http_req_failed', formatFailedRate(httpReqFailed(result.status))],
      ['http_reqs', `${requests.padEnd(6)} ${round(result.throughputRps, 3)}/s`],
    ]),
    '',
    'status',
    statusRows.length > 0 ? table([['code', 'count', 'share'], ...statusRows]) : '  (none)',
    '',
    'nodes (queue: time-average calls waiting, and the most at once; util: busy servers)',
    nodeRows.length > 0
      ? table([
          ['id', 'label', 'role', 'arrivals', 'passed', 'rejected', 'queue', 'max', 'util'],
          ...nodeRows,
        ])
      : '  (none)',
    '',
    ...(calls.length > 0
      ? [
          'services (calls to instances; wait: mean ms in the queue)',
          table([
            ['id', 'calls', 'retries', 'timeouts', 'overflows', 'no host', 'wait', 'by instance'],
            ...calls,
          ]),
          '',
        ]
      : []),
    ...(result.health === undefined ? [] : healthSection(result.health)),
    ...(stuck === undefined
      ? []
      : [
          `stuck  ${stuck.count} (no response; last seen at ${Object.entries(stuck.byNode)
            .map(([id, n]) => `${id}: ${n}`)
            .join(', ')})`,
          '',
        ]),
  ].join('\n');
}
