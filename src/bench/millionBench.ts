import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeFz } from '../core/fz/index';
import type { SimScenario, SimTraffic } from '../core/sim/index';
import { runMm1 } from './mm1';
import type { BenchRow } from './timing';
import { num } from './timing';

/** Clients of the million-request scenario, each sending 4 requests/s (under its 5/s refill). */
const CLIENTS = 250;
const RPS_PER_CLIENT = 4;

/**
 * The scenario of figure d: the studio's `normal` preset settings for `diagramText` (a token
 * bucket of 10 refilling 5/s per client on every rate-limit node) with `CLIENTS` clients sending
 * Poisson traffic at 4 requests/s each for as long as `requests` requests take. Valid tokens, so
 * nearly every request walks the whole gateway path: auth, limiter, discovery, service, join.
 */
async function millionScenario(diagramText: string, requests: number): Promise<SimScenario> {
  const { presetScenarios } = await import('../core/sim/index');
  const normal = presetScenarios(analyzeFz(diagramText).diagram).find((p) => p.id === 'normal');
  if (!normal) throw new Error('no normal preset');
  const stream = normal.scenario.traffic[0];
  const path = stream && 'path' in stream ? stream.path : '/';
  const durationMs = (requests / (CLIENTS * RPS_PER_CLIENT)) * 1000;
  const traffic: SimTraffic[] = Array.from({ length: CLIENTS }, (_, i) => ({
    from: 0,
    to: durationMs,
    rps: RPS_PER_CLIENT,
    arrival: 'poisson',
    client: `client-${i + 1}`,
    token: 'valid',
    path,
  }));
  return { seed: 1, traffic, nodes: normal.scenario.nodes };
}

/**
 * Figure d: `fz simulate` of about `requests` requests through the reference diagram as a whole
 * process (built CLI, `--json` to /dev/null), its wall time and peak RSS, against the bare M/M/1
 * loop (`mm1.ts`) with the same number of requests in this process. One run each: this figure
 * takes seconds.
 */
export async function benchMillion(
  root: string,
  outDir: string,
  diagramFile: string,
  diagramText: string,
  requests: number,
): Promise<BenchRow[]> {
  const scenarioFile = join(outDir, `million-${requests}.scenario.json`);
  writeFileSync(scenarioFile, JSON.stringify(await millionScenario(diagramText, requests)));
  const args = ['--import', './src/bench/peakRss.mjs', 'dist-cli/fz.mjs', 'simulate'];
  const devNull = openSync('/dev/null', 'w');
  let wallMs: number;
  let stderr: string;
  try {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [...args, diagramFile, '--scenario', scenarioFile, '--json'],
      { cwd: root, stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' },
    );
    wallMs = performance.now() - start;
    stderr = run.stderr;
    if (run.status !== 0) throw new Error(`fz simulate exited ${run.status}: ${stderr.trim()}`);
  } finally {
    closeSync(devNull);
  }
  const peakKb = Number(/fz-bench peak-rss-kb=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  const start = performance.now();
  runMm1(requests);
  const mm1Ms = performance.now() - start;
  return [
    {
      figure: `fz simulate ${requests} requests (CLI process), ms wall`,
      ours: num(wallMs),
      baseline: num(mm1Ms),
      ratio: `${num(mm1Ms / wallMs, 3)}x (${num(wallMs / mm1Ms, 1)}x slower)`,
    },
    {
      figure: `fz simulate ${requests} requests, peak RSS MB`,
      ours: num(peakKb / 1024, 0),
      baseline: '-',
      ratio: '-',
    },
  ];
}
