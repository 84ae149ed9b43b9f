/**
 * Test helpers: compile `.fz` text and run a scenario through `simulate`, throwing on refusal so
 * a test reads as the scenario and its expected numbers.
 */
import { analyzeFz } from '../../fz/index';
import type { FzDiagram } from '../../model/types';
import { simulate } from '../simulate';
import type { SimResult, SimScenario, SimServiceRequest, SimTransport } from '../types';

/** The diagram of `text`; throws on a diagram with errors (a broken fixture is a test bug). */
export function diagramOf(text: string): FzDiagram {
  const analysis = analyzeFz(text);
  if (analysis.errorCount > 0) {
    throw new Error(`fixture has errors: ${JSON.stringify(analysis.diagnostics.slice(0, 3))}`);
  }
  return analysis.diagram;
}

/** A backend answering `status(call)` (200 by default) at once, logging every call into `log`. */
export function answering(
  status: (call: SimServiceRequest) => number = () => 200,
  log: SimServiceRequest[] = [],
): SimTransport {
  return async (call) => {
    log.push(call);
    return { status: status(call), headers: {}, body: null };
  };
}

/** A scenario with `seed` 1 and no `nodes` unless given. */
export type TestScenario = Partial<SimScenario> & Pick<SimScenario, 'traffic'>;

/** Runs `scenario` on `text`; per-request results are on unless `results: false`. */
export async function runSim(
  text: string,
  scenario: TestScenario,
  options: { transport?: SimTransport; results?: boolean } = {},
): Promise<SimResult> {
  const outcome = await simulate(
    diagramOf(text),
    { seed: 1, nodes: {}, ...scenario },
    { transport: options.transport ?? answering(), includeResults: options.results ?? true },
  );
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.result;
}

/** The errors `simulate` refuses `scenario` with (an empty list when it runs). */
export async function refusalOf(text: string, scenario: unknown): Promise<string[]> {
  const outcome = await simulate(diagramOf(text), scenario as SimScenario, {
    transport: answering(),
  });
  return outcome.ok ? [] : outcome.errors;
}
