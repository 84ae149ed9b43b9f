import type { FzDiagram } from '../core/model/types';
import { formatFailedRate, httpReqFailed } from '../core/sim/metrics/httpReqFailed';
import type { SimNodeCounters, SimResult } from '../core/sim/types';

const LATENCY_COLUMNS = ['avg', 'min', 'med', 'max', 'p90', 'p95', 'p99'] as const;

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(2);
}

/**
 * One chip per HTTP status with its request count (`sim-status-<code>`), in code order, and k6's
 * `http_req_failed` (`sim-failed`: responses outside 200–399, e.g. `3.00% 3 out of 100`).
 */
export function StatusCounts({ result }: { result: SimResult }) {
  const codes = Object.keys(result.status).sort((a, b) => Number(a) - Number(b));
  return (
    <div className="status-counts" data-testid="sim-status">
      <span className="status-total" data-testid="sim-requests">
        {result.requests} requests
      </span>
      <span
        className="status-failed"
        data-testid="sim-failed"
        title="k6 http_req_failed: responses outside 200–399"
      >
        failed {formatFailedRate(httpReqFailed(result.status))}
      </span>
      {codes.map((code) => (
        <span
          key={code}
          className={`status-chip status-${code[0]}xx`}
          data-testid={`sim-status-${code}`}
        >
          <span className="status-code">{code}</span>
          <span className="status-count">{result.status[code]}</span>
        </span>
      ))}
    </div>
  );
}

/** The k6-style latency summary (ms): avg, min, med, max, p(90), p(95), p(99). */
export function LatencyTable({ result }: { result: SimResult }) {
  return (
    <table className="latency-table" data-testid="sim-latency">
      <caption>http_req_duration (ms)</caption>
      <thead>
        <tr>
          {LATENCY_COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c.startsWith('p') ? `p(${c.slice(1)})` : c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {LATENCY_COLUMNS.map((c) => (
            <td key={c} data-testid={`sim-latency-${c}`}>
              {formatMs(result.latencyMs[c])}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** `12.345` → `12.35`, at most two decimals, trailing zeros dropped. */
function formatCount(value: number): string {
  return String(Number(value.toFixed(2)));
}

/**
 * The queueing cells of a node's row, as the CLI summary prints them: time-average calls waiting,
 * the most at once, and utilisation (`-` when concurrency is unlimited); empty for other roles.
 */
function QueueCells({ counters: c, id }: { counters: SimNodeCounters; id: string }) {
  if (c.queue === undefined) {
    return (
      <>
        <td />
        <td />
        <td />
      </>
    );
  }
  return (
    <>
      <td data-testid={`sim-node-${id}-queue`}>{formatCount(c.queue.mean)}</td>
      <td data-testid={`sim-node-${id}-queue-max`}>{c.queue.max}</td>
      <td data-testid={`sim-node-${id}-util`}>
        {c.utilisation === undefined ? '-' : `${(100 * c.utilisation).toFixed(1)}%`}
      </td>
    </>
  );
}

/**
 * Per-node counters (role, arrivals, passed, rejected) in the diagram's node order; service nodes
 * add their queue (time-average and most at once) and utilisation.
 */
export function NodeCounters({ result, diagram }: { result: SimResult; diagram: FzDiagram }) {
  const labels = new Map(diagram.nodes.map((n) => [n.id, n.label]));
  const order = new Map(diagram.nodes.map((n, i) => [n.id, i]));
  const ids = Object.keys(result.nodes).sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
  );
  return (
    <table className="node-counters" data-testid="sim-nodes">
      <caption>Per node</caption>
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Role</th>
          <th scope="col">In</th>
          <th scope="col">Passed</th>
          <th scope="col">Rejected</th>
          <th scope="col" title="Time-average calls waiting in the instances' queues">
            Queue
          </th>
          <th scope="col" title="Most calls waiting at once">
            Max q
          </th>
          <th scope="col" title="Busy time / (time × instances × concurrency)">
            Util
          </th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const c = result.nodes[id]!;
          return (
            <tr key={id} data-testid={`sim-node-${id}`}>
              <th scope="row" title={labels.get(id) ?? id}>
                <span className="node-id">{id}</span> {labels.get(id) ?? ''}
              </th>
              <td>{c.role}</td>
              <td>{c.arrivals}</td>
              <td>{c.passed}</td>
              <td className={c.rejected > 0 ? 'rejected' : undefined}>{c.rejected}</td>
              <QueueCells counters={c} id={id} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
