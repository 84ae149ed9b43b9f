import { analyzeFz } from '../../core/fz/index';
import type { FzDiagram } from '../../core/model/types';
import type { SimPreset } from '../../core/sim/presets';
import type { CommandInvocation } from '../args';
import { readInput } from '../input';
import { parseJson } from '../parseJson';
import type { CliIo } from '../io';
import { EXIT, formatDiagnostics, plural } from '../output';
import { formatSimSummary } from '../simSummary';

/** `--seed` takes what a scenario's `seed` takes: an integer from 0 to 2^32 − 1. */
const SEED = /^\d{1,10}$/;
const MAX_SEED = 4294967295;

/**
 * The scenario of one of the studio's presets for this diagram, as the text a scenario file would
 * hold, so that it goes through the same validation; an unknown name is a usage error.
 */
function presetInput(
  id: string,
  diagram: FzDiagram,
  presetScenarios: (diagram: FzDiagram) => SimPreset[],
): { ok: true; name: string; text: string } | { ok: false; message: string; exitCode: 2 } {
  const presets = presetScenarios(diagram);
  const preset = presets.find((candidate) => candidate.id === id);
  if (preset === undefined) {
    const names = presets.map((candidate) => candidate.id).join(', ');
    return { ok: false, message: `unknown preset '${id}' (choose one of: ${names})`, exitCode: 2 };
  }
  return { ok: true, name: `preset ${id}`, text: JSON.stringify(preset.scenario) };
}

/**
 * `fz simulate FILE (--scenario S.json | --preset NAME) [--json] [--results] [--seed N]`: validates the diagram and
 * the scenario (reporting every problem of both), then runs the scenario on virtual time against
 * the MSW-mocked services. Prints `stringifySimResult` with `--json` (with per-request `results`
 * only under `--results`), else a readable summary. Returns 1 when either input is invalid or the
 * run is refused, 2 on usage errors or unreadable inputs.
 */
export async function runSimulate(invocation: CommandInvocation, io: CliIo): Promise<number> {
  const scenarioPath = invocation.values.get('scenario');
  const presetId = invocation.values.get('preset');
  const seedText = invocation.values.get('seed');
  const json = invocation.flags.has('json');
  const withResults = invocation.flags.has('results');
  const fail = (message: string, code: number) => (io.stderr(`fz: ${message}\n`), code);
  const usage = (message: string) => fail(message, EXIT.usage);
  if (invocation.files.length === 0) return usage('simulate needs a diagram file');
  if (scenarioPath === undefined && presetId === undefined) {
    return usage('simulate needs --scenario S.json or --preset NAME');
  }
  if (scenarioPath !== undefined && presetId !== undefined) {
    return usage('give either --scenario or --preset, not both');
  }
  if (seedText !== undefined && !(SEED.test(seedText) && Number(seedText) <= MAX_SEED)) {
    return usage(`--seed must be an integer from 0 to ${MAX_SEED}, got '${seedText}'`);
  }
  if (withResults && !json) return usage('--results only works with --json');

  const diagramInput = await readInput(io, invocation.files[0]!);
  if (!diagramInput.ok) return fail(diagramInput.message, diagramInput.exitCode);

  // Loaded on demand so that validate/format/graph never pay for the simulator and MSW.
  const [sim, { createMswTransport }, { handlers }] = await Promise.all([
    import('../../core/sim/index'),
    import('../../mocks/transport'),
    import('../../mocks/handlers'),
  ]);

  const analysis = analyzeFz(diagramInput.text);
  const diagramErrors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (diagramErrors.length > 0) {
    io.stderr(formatDiagnostics(diagramInput.name, diagramErrors));
    io.stderr(
      `fz: ${diagramInput.name} does not simulate: ${plural(diagramErrors.length, 'error')} in the diagram\n`,
    );
  }
  const scenarioInput =
    presetId !== undefined
      ? presetInput(presetId, analysis.diagram, sim.presetScenarios)
      : await readInput(io, scenarioPath!);
  if (!scenarioInput.ok) {
    return fail(scenarioInput.message, scenarioInput.exitCode);
  }
  const { parseScenario, simulate, stringifySimResult } = sim;
  const scenarioJson = parseJson(scenarioInput.text);
  const parsed = scenarioJson.ok ? parseScenario(scenarioJson.value) : null;
  const scenarioProblems = !scenarioJson.ok
    ? [`not valid JSON: ${scenarioJson.message}`]
    : parsed !== null && !parsed.ok
      ? parsed.errors.map(({ key, message }) => `${key}: ${message}`)
      : [];
  for (const problem of scenarioProblems) io.stderr(`fz: ${scenarioInput.name}: ${problem}\n`);
  if (scenarioProblems.length > 1) {
    io.stderr(
      `fz: ${scenarioInput.name}: ${plural(scenarioProblems.length, 'error')}; nothing run\n`,
    );
  }
  if (diagramErrors.length > 0 || parsed === null || !parsed.ok) return EXIT.failure;

  const scenario =
    seedText === undefined ? parsed.scenario : { ...parsed.scenario, seed: Number(seedText) };
  const outcome = await simulate(analysis.diagram, scenario, {
    transport: createMswTransport(handlers, { reuseAnswers: true }),
    includeResults: withResults,
  });
  if (!outcome.ok) {
    for (const error of outcome.errors) {
      io.stderr(`fz: ${diagramInput.name} does not simulate: ${error}\n`);
    }
    return EXIT.failure;
  }
  if (json) {
    const text = stringifySimResult(outcome.result);
    io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  } else {
    const title = `${diagramInput.name} with ${scenarioInput.name} (seed ${scenario.seed})`;
    io.stdout(formatSimSummary(outcome.result, analysis.diagram, title));
  }
  return EXIT.ok;
}
