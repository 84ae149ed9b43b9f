import { performance } from 'node:perf_hooks';
import { analyzeFz } from '../core/fz/index';
import type { SimPreset, SimScenario } from '../core/sim/index';
import { runMm1 } from './mm1';
import type { BenchRow } from './timing';
import { median, num } from './timing';

/**
 * The studio's `normal` preset for `diagram` (a valid client, Poisson arrivals under the rate
 * limit, so most requests walk the whole gateway path) stretched in time until it sends about
 * `requests` requests.
 */
function stretchedNormalPreset(
  presets: readonly SimPreset[],
  requests: number,
): SimScenario | string {
  const normal = presets.find((preset) => preset.id === 'normal')?.scenario;
  const [stream, ...others] = normal?.traffic ?? [];
  if (normal === undefined || stream === undefined || 'at' in stream || others.length > 0) {
    return 'the normal preset is not one stream';
  }
  const to = stream.from + (requests / stream.rps) * 1000;
  return { ...normal, traffic: [{ ...stream, to }] };
}

/**
 * Figure b: simulated requests per second of wall time through `diagramText` (the reference
 * gateway) with the `normal` preset stretched to about `requests` requests, against a bare heap-based M/M/1 loop with the same number of requests. Median of
 * `runs` each; ratio > 1 means fz is faster (it never will be: it does far more per request).
 */
export async function benchSimulation(
  diagramText: string,
  requests: number,
  runs: number,
): Promise<BenchRow[]> {
  const [{ presetScenarios, simulate }, { createMswTransport }, { handlers }] = await Promise.all([
    import('../core/sim/index'),
    import('../mocks/transport'),
    import('../mocks/handlers'),
  ]);
  const { diagram, errorCount } = analyzeFz(diagramText);
  if (errorCount > 0) throw new Error(`the reference diagram has ${errorCount} errors`);
  const scenario = stretchedNormalPreset(presetScenarios(diagram), requests);
  if (typeof scenario === 'string') throw new Error(scenario);
  const transport = createMswTransport(handlers, { reuseAnswers: true });

  let simulated = 0;
  const simTimes: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const outcome = await simulate(diagram, scenario, { transport, includeResults: false });
    const elapsed = performance.now() - start;
    if (!outcome.ok) throw new Error(`simulation refused: ${outcome.errors.join('; ')}`);
    simulated = outcome.result.requests;
    if (i > 0) simTimes.push(elapsed); // run 0 warms up the JIT
  }
  const mm1Times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    runMm1(simulated);
    if (i > 0) mm1Times.push(performance.now() - start);
  }
  const simRate = simulated / (median(simTimes) / 1000);
  const mm1Rate = simulated / (median(mm1Times) / 1000);
  return [
    {
      figure: `simulate ${simulated} requests, ms`,
      ours: num(median(simTimes)),
      baseline: num(median(mm1Times)),
      ratio: `${num(median(mm1Times) / median(simTimes), 3)}x`,
    },
    {
      figure: 'simulated requests/s (wall)',
      ours: num(simRate, 0),
      baseline: num(mm1Rate, 0),
      ratio: `${num(simRate / mm1Rate, 3)}x`,
    },
  ];
}
