import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz/index';
import type { SimNodeCounters, SimResult } from '../core/sim/types';
import { NodeCounters, StatusCounts } from './ResultTables';

const DIAGRAM = analyzeFz(`Main { # Main
n1: circle label:"In"
n2: rectangle label:"Work Service"
n3: rectangle label:"Cache Service"
n4: circle label:"Out"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
n3.handle(right) -> n4.handle(left)
}
`).diagram;

const calls = { total: 0, retries: 0, timeouts: 0, overflows: 0, noHost: 0, byInstance: [0] };
const service = (extra: Partial<SimNodeCounters>): SimNodeCounters => ({
  role: 'service',
  arrivals: 100,
  passed: 99,
  rejected: 1,
  queue: { mean: 1.23456, max: 7, waitMs: 3 },
  inService: { mean: 0.5, max: 2 },
  calls,
  ...extra,
});

function result(status: Record<string, number>): SimResult {
  const requests = Object.values(status).reduce((a, b) => a + b, 0);
  return {
    requests,
    status,
    latencyMs: { avg: 0, min: 0, med: 0, max: 0, p90: 0, p95: 0, p99: 0 },
    durationMs: 0,
    throughputRps: 0,
    nodes: {
      n1: { role: 'source', arrivals: 100, passed: 100, rejected: 0 },
      n2: service({ utilisation: 0.8123 }),
      n3: service({}),
    },
    timeSeries: { windowMs: 1000, points: [] },
  };
}

/** The text of the element whose `data-testid` is `id` (no nested tags in these cells). */
function cell(html: string, id: string): string | undefined {
  return new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

describe('StatusCounts', () => {
  it('shows one chip per status and k6 http_req_failed (GS-14: 3.00% 3 out of 100)', () => {
    const html = renderToStaticMarkup(
      <StatusCounts result={result({ 200: 97, 429: 2, 503: 1 })} />,
    );
    expect(html.match(/data-testid="sim-status-\d+"/g)).toEqual([
      'data-testid="sim-status-200"',
      'data-testid="sim-status-429"',
      'data-testid="sim-status-503"',
    ]);
    expect(html).toContain('100 requests');
    expect(cell(html, 'sim-failed')).toBe('failed 3.00% 3 out of 100');
  });
});

describe('NodeCounters', () => {
  const html = renderToStaticMarkup(
    <NodeCounters result={result({ 200: 100 })} diagram={DIAGRAM} />,
  );

  it('gives service nodes their queue mean and max and their utilisation', () => {
    expect(cell(html, 'sim-node-n2-queue')).toBe('1.23');
    expect(cell(html, 'sim-node-n2-queue-max')).toBe('7');
    expect(cell(html, 'sim-node-n2-util')).toBe('81.2%');
  });

  it('shows "-" for the utilisation of a service with unlimited concurrency', () => {
    expect(cell(html, 'sim-node-n3-util')).toBe('-');
  });

  it('leaves the queue columns empty for other roles, and keeps the row test ids', () => {
    expect(html).toContain('data-testid="sim-node-n1"');
    expect(html).not.toContain('sim-node-n1-queue');
    const row = /<tr data-testid="sim-node-n1">(.*?)<\/tr>/.exec(html)![1]!;
    expect(row.match(/<td><\/td>/g)).toHaveLength(3);
    expect(html).toContain('<th scope="col" title="Busy time');
  });
});
