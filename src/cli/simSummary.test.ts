import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { ONE_SERVICE } from '../core/sim/testing/gateways';
import { answering, diagramOf, runSim } from '../core/sim/testing/runSim';
import type { SimHealthEvent, SimResult } from '../core/sim/types';
import {
  describeHealthEvent,
  formatSimSummary,
  k6Duration,
  SUMMARY_HEALTH_LINES,
} from './simSummary';
import { runFz, tempDirWith } from './testing';

const OUTAGE = fileURLToPath(
  new URL('../../public/scenarios/outage.scenario.json', import.meta.url),
);

/** The summary's line that starts with `start` after its indent, or undefined. */
function line(text: string, start: string): string | undefined {
  return text.split('\n').find((l) => l.trimStart().startsWith(start));
}

/** The cells of a table row (cells are separated by two or more spaces). */
function cells(text: string, start: string): string[] | undefined {
  return line(text, start)?.trim().split(/ {2,}/);
}

describe('formatSimSummary, k6 rows', () => {
  it('GS-14 through the engine: 97×200, 2×429, 1×503 → http_req_failed 3.00% 3 out of 100', async () => {
    // The service answers in call order, so which requests fail is fixed: the 98th to 100th.
    let call = 0;
    const byOrder = answering(() => (++call <= 97 ? 200 : call <= 99 ? 429 : 503));
    const result = await runSim(
      ONE_SERVICE,
      { traffic: [{ from: 0, to: 10_000, rps: 10 }] },
      { transport: byOrder, results: false },
    );
    expect(result.status).toEqual({ 200: 97, 429: 2, 503: 1 });
    const text = formatSimSummary(result, diagramOf(ONE_SERVICE), 'gs-14');
    expect(line(text, 'http_req_failed')).toMatch(/^ {2}http_req_failed\.+: 3\.00% 3 out of 100$/);
    expect(line(text, 'http_reqs')).toMatch(/^ {2}http_reqs\.+: 100 +10(\.\d+)?\/s$/);
    expect(cells(text, '503')).toEqual(['503', '1', '1.0%']);
  });

  it('prints http_req_duration with every k6 statistic and p(99), the colons aligned', async () => {
    const result = await runSim(
      ONE_SERVICE,
      { traffic: [{ at: 0, count: 4 }], nodes: { n2: { concurrency: 1 } } },
      { results: false },
    );
    const text = formatSimSummary(result, diagramOf(ONE_SERVICE), 'four calls');
    // One server, 10 ms each: the four wait 0, 10, 20, 30 ms, so they take 10 to 40 ms.
    expect(line(text, 'http_req_duration')).toBe(
      '  http_req_duration...: avg=25ms min=10ms med=25ms max=40ms p(90)=37ms p(95)=38.5ms p(99)=39.7ms',
    );
    const colons = ['http_req_duration', 'http_req_failed', 'http_reqs'].map((name) =>
      line(text, name)!.indexOf(':'),
    );
    expect(new Set(colons).size).toBe(1);
    expect(text.startsWith('simulation: four calls\nvirtual time 40ms')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes durations as k6 does: 0s, whole and hundredth ms, seconds from 1 000 ms', () => {
    expect([0, 11, 140.364, 999.994, 1260, 61_000].map(k6Duration)).toEqual([
      '0s',
      '11ms',
      '140.36ms',
      '999.99ms',
      '1.26s',
      '61s',
    ]);
  });
});

describe('formatSimSummary, tables', () => {
  it('adds queue mean and max and utilisation to service rows, and a calls table', async () => {
    const result = await runSim(
      ONE_SERVICE,
      { traffic: [{ at: 0, count: 3 }], nodes: { n2: { instances: 1, concurrency: 1 } } },
      { results: false },
    );
    const text = formatSimSummary(result, diagramOf(ONE_SERVICE), 'queue');
    // Waits 0, 10, 20 ms over a 30 ms run: 2 calls wait for 10 ms, 1 for 10 more → mean 1.
    expect(cells(text, 'n2')).toEqual([
      'n2',
      'Work Service',
      'service',
      '3',
      '3',
      '0',
      '1',
      '2',
      '100.0%',
    ]);
    expect(cells(text, 'n1')).toEqual(['n1', 'In', 'source', '3', '3', '0']);
    const callRow = text.split('\n').filter((l) => l.trimStart().startsWith('n2'))[1];
    expect(callRow?.trim().split(/ {2,}/)).toEqual(['n2', '3', '0', '0', '0', '0', '10', '3']);
    expect(text).not.toContain('health');
    expect(text).not.toContain('stuck');
  });

  it('lists health events in words, the first 20, and counts the rest', () => {
    const events: SimHealthEvent[] = Array.from({ length: SUMMARY_HEALTH_LINES + 3 }, (_, i) => ({
      at: 1000 * i,
      node: 'n14',
      kind: 'ejected',
      instance: 1,
      times: i + 1,
      durationMs: 30_000,
    }));
    const text = formatSimSummary(
      { ...emptyResult(), health: events },
      diagramOf(ONE_SERVICE),
      'h',
    );
    expect(cells(text, '0s')).toEqual([
      '0s',
      'n14',
      'instance 1 ejected by outlier detection (1st time, for 30s)',
    ]);
    expect(
      ['1s', '2s', '10s', '11s', '12s'].map((t) => /\((\w+) time/.exec(line(text, t)!)![1]),
    ).toEqual(['2nd', '3rd', '11th', '12th', '13th']);
    expect(line(text, '19s')).toContain('(20th time');
    expect(line(text, '20s')).toBeUndefined();
    expect(line(text, '…')).toBe('  … 3 more (--json lists them all)');
  });

  it('describes every kind of health event', () => {
    const at = { at: 0, node: 'n14', instance: 2 };
    expect(
      [
        { ...at, kind: 'state', state: 'unresponsive' },
        { ...at, kind: 'unhealthy' },
        { ...at, kind: 'healthy' },
        { ...at, kind: 'unejected' },
        { ...at, kind: 'overflow' },
        { at: 0, node: 'n14', kind: 'panic', healthy: 1, total: 3 },
        { at: 0, node: 'n14', kind: 'panic-end', healthy: 2, total: 3 },
      ].map(describeHealthEvent),
    ).toEqual([
      'instance 2 is really unresponsive',
      'instance 2 unhealthy (active checks)',
      'instance 2 healthy again (active checks)',
      'instance 2 back from ejection',
      'instance 2 not ejected: max ejection percent reached',
      'panic: 1 of 3 healthy, balancing over all instances',
      'panic over: 2 of 3 healthy',
    ]);
  });

  it('reports stuck requests by node, and counts them as failed', () => {
    const text = formatSimSummary(
      {
        ...emptyResult(),
        requests: 4,
        status: { 0: 3, 200: 1 },
        stuck: { count: 3, byNode: { n2: 2, n3: 1 }, ids: [1, 2, 3] },
      },
      diagramOf(ONE_SERVICE),
      's',
    );
    expect(line(text, 'stuck')).toBe('stuck  3 (no response; last seen at n2: 2, n3: 1)');
    expect(line(text, 'http_req_failed')).toMatch(/: 75\.00% 3 out of 4$/);
  });
});

describe('fz simulate without --json, on a shipped scenario', () => {
  let dir = '';
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await tempDirWith({ 'gateway.fz': DEFAULT_DOCUMENT }));
  });
  afterAll(() => remove());

  it('outage: 5 failed of 200, n14 rejected 5, and what the gateway saw when', async () => {
    const run = await runFz(dir, ['simulate', 'gateway.fz', '--scenario', OUTAGE]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(line(run.stdout, 'http_req_failed')).toMatch(/: 2\.50% 5 out of 200$/);
    expect(cells(run.stdout, '500')).toEqual(['500', '5', '2.5%']);
    expect(cells(run.stdout, 'n14')?.slice(0, 6)).toEqual([
      'n14',
      'Users Service',
      'service',
      '200',
      '195',
      '5',
    ]);
    expect(line(run.stdout, '5.9s')).toContain('n14  instance 1 ejected by outlier detection');
    expect(line(run.stdout, '13s')).toContain('instance 1 healthy again (active checks)');
  });
});

function emptyResult(): SimResult {
  return {
    requests: 0,
    status: {},
    latencyMs: { avg: 0, min: 0, med: 0, max: 0, p90: 0, p95: 0, p99: 0 },
    durationMs: 0,
    throughputRps: 0,
    nodes: {},
    timeSeries: { windowMs: 1000, points: [] },
  };
}
