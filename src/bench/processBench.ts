import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BenchRow } from './timing';
import { median, num } from './timing';

/** Wall time in ms of one process run with stdout to /dev/null; throws when it fails. */
function timeProcess(args: string[], cwd: string): number {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', devNull, 'pipe'] });
    const elapsed = performance.now() - start;
    if (run.status !== 0) {
      throw new Error(`node ${args.join(' ')} exited ${run.status}: ${String(run.stderr).trim()}`);
    }
    return elapsed;
  } finally {
    closeSync(devNull);
  }
}

/** Builds dist-cli/fz.mjs with src/cli/build.mjs; throws when the build fails. */
export function buildCli(root: string): void {
  const run = spawnSync(process.execPath, ['src/cli/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`CLI build failed: ${run.stderr.trim()}`);
}

/**
 * Figure c: the whole `node dist-cli/fz.mjs graph FILE` process (start-up, read, parse, validate,
 * JSON out) against two bare Node scripts, the median wall time of `runs` each, interleaved:
 * `regexGraphScript.mjs`, which does the same job with regexes and prints the same bytes (the
 * like-for-like baseline the goal is measured against), and `regexScript.mjs`, the minimal
 * extraction of figure a (ids, shapes and labels only, a 10 MB JSON instead of 18 MB).
 */
export function benchProcess(root: string, file: string, runs: number): BenchRow[] {
  const ours: number[] = [];
  const sameJob: number[] = [];
  const minimal: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timeProcess(['dist-cli/fz.mjs', 'graph', file], root));
    sameJob.push(timeProcess(['src/bench/regexGraphScript.mjs', file], root));
    minimal.push(timeProcess(['src/bench/regexScript.mjs', file], root));
  }
  const oursMs = median(ours);
  const row = (figure: string, baselineMs: number): BenchRow => ({
    figure,
    ours: num(oursMs),
    baseline: num(baselineMs),
    ratio: `${num(baselineMs / oursMs, 2)}x`,
  });
  return [
    row('fz graph process vs same-output regex script, ms wall', median(sameJob)),
    row('fz graph process vs minimal regex script, ms wall', median(minimal)),
  ];
}
