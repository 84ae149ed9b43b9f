// Computes in Node (where Playwright tests run) what `fz simulate --json` prints for a preset: the
// same core simulator and the same MSW handlers as the studio's worker, so the browser run must
// produce the same bytes.
import { analyzeFz } from '../../src/core/fz';
import { presetScenarios, simulate, stringifySimResult } from '../../src/core/sim';
import { createMswTransport } from '../../src/mocks/transport';
import { handlers } from '../../src/mocks/handlers';

/** `stringifySimResult` of running preset `presetId` on `text`; throws if the text has errors. */
export async function expectedPresetJson(text: string, presetId: string): Promise<string> {
  const analysis = analyzeFz(text);
  if (analysis.errorCount > 0) throw new Error(`test text has ${analysis.errorCount} errors`);
  const preset = presetScenarios(analysis.diagram).find((p) => p.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  const outcome = await simulate(analysis.diagram, preset.scenario, {
    transport: createMswTransport(handlers),
    includeResults: false,
  });
  if (!outcome.ok) throw new Error(`simulation failed: ${JSON.stringify(outcome.errors)}`);
  return stringifySimResult(outcome.result);
}

/** The diagram of a `.fz` text (parsed in Node with the same core as the studio). */
export function diagramOf(text: string) {
  return analyzeFz(text).diagram;
}

/** The node ids of a `.fz` text, in file order. */
export function nodeIdsOf(text: string): string[] {
  return analyzeFz(text).diagram.nodes.map((n) => n.id);
}

/**
 * What the real `fz simulate FILE --scenario S.json --json` prints (trimmed) for a preset, or null
 * when the CLI is not in this checkout. The preset's scenario is written to a temporary file.
 */
export async function cliPresetJson(text: string, presetId: string): Promise<string | null> {
  const { existsSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const cli = 'src/cli/main.ts';
  if (!existsSync(cli)) return null;
  const preset = presetScenarios(analyzeFz(text).diagram).find((p) => p.id === presetId)!;
  const dir = mkdtempSync(join(tmpdir(), 'fz-e2e-'));
  writeFileSync(join(dir, 'diagram.fz'), text);
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(preset.scenario));
  const stdout = execFileSync(
    'node_modules/.bin/tsx',
    [cli, 'simulate', join(dir, 'diagram.fz'), '--scenario', join(dir, 'scenario.json'), '--json'],
    { encoding: 'utf8' },
  );
  return stdout.trim();
}
