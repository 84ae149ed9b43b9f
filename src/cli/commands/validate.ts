import { analyzeFz } from '../../core/fz/index';
import type { FzDiagnostic } from '../../core/model/types';
import type { CommandInvocation } from '../args';
import { readInput } from '../input';
import type { CliIo } from '../io';
import { EXIT, formatDiagnostics, jsonText, plural, sortDiagnostics } from '../output';
import { parseJson } from '../parseJson';

/** One problem in `fz validate --json` output (1-based line and column). */
export interface ValidateProblem {
  line: number;
  column: number;
  code: string;
  message: string;
}

/** One file's entry in `fz validate --json` output (architecture.md, "Public interfaces"). */
export interface ValidateReport {
  file: string;
  valid: boolean;
  errors: ValidateProblem[];
  warnings: ValidateProblem[];
  stats: { lanes: number; nodes: number; edges: number; loops: number };
  /** With `--scenario`: whether that scenario would run on this diagram, and why not. */
  scenario?: { file: string; valid: boolean; errors: string[] };
}

function toProblem({ line, column, code, message }: FzDiagnostic): ValidateProblem {
  return { line, column, code, message };
}

/** What {@link validateText} found in one text. */
export interface ValidateOutcome {
  /** The `--json` entry (`info` diagnostics are not part of it). */
  report: ValidateReport;
  /** Every diagnostic kept by the analyser, in position order, for the text output. */
  diagnostics: FzDiagnostic[];
  /** True totals: the analyser keeps at most 100 diagnostics per code and counts the rest. */
  errorCount: number;
  warningCount: number;
}

/** Analyses one text (never throws: bad text only yields diagnostics). */
export function validateText(file: string, text: string): ValidateOutcome {
  const analysis = analyzeFz(text);
  const diagnostics = sortDiagnostics(analysis.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').map(toProblem);
  const { lanes, nodes, edges, loops } = analysis.stats;
  const report = {
    file,
    valid: analysis.errorCount === 0,
    errors,
    warnings: diagnostics.filter((d) => d.severity === 'warning').map(toProblem),
    stats: { lanes, nodes, edges, loops },
  };
  const { errorCount, warningCount } = analysis;
  return { report, diagnostics, errorCount, warningCount };
}

function statusLine({ report, errorCount, warningCount }: ValidateOutcome): string {
  const { lanes, nodes, edges, loops } = report.stats;
  const counts = `${plural(lanes, 'lane')}, ${plural(nodes, 'node')}, ${plural(edges, 'edge')}, ${plural(loops, 'loop')}`;
  const warnings = warningCount > 0 ? `, ${plural(warningCount, 'warning')}` : '';
  return report.valid
    ? `${report.file}: valid${warnings} (${counts})\n`
    : `${report.file}: invalid: ${plural(errorCount, 'error')}${warnings}\n`;
}

function summaryLine(outcomes: ValidateOutcome[]): string {
  const invalid = outcomes.filter((o) => !o.report.valid).length;
  const errors = outcomes.reduce((sum, o) => sum + o.errorCount, 0);
  const warnings = outcomes.reduce((sum, o) => sum + o.warningCount, 0);
  return (
    `${plural(outcomes.length, 'file')} checked: ${outcomes.length - invalid} valid, ` +
    `${invalid} invalid (${plural(errors, 'error')}, ${plural(warnings, 'warning')})\n`
  );
}

/**
 * `fz validate FILE… [--json]`: analyses each file (stdin for `-` or when none is named).
 * Returns 0 when every readable file is free of errors, 1 when one has errors, 2 when a file
 * could not be read (reported on stderr and left out of the JSON array).
 */
export async function runValidate(invocation: CommandInvocation, io: CliIo): Promise<number> {
  const operands = invocation.files.length > 0 ? invocation.files : ['-'];
  const json = invocation.flags.has('json');
  const scenarioPath = invocation.values.get('scenario');
  if (scenarioPath !== undefined && operands.length !== 1) {
    io.stderr(
      'fz validate: --scenario checks a scenario against one diagram: give exactly one FILE\n',
    );
    return EXIT.usage;
  }
  const outcomes: ValidateOutcome[] = [];
  let unreadable: number = EXIT.ok;
  for (const operand of operands) {
    const input = await readInput(io, operand);
    if (!input.ok) {
      io.stderr(`fz: ${input.message}\n`);
      unreadable = Math.max(unreadable, input.exitCode);
      continue;
    }
    const outcome = validateText(input.name, input.text);
    outcomes.push(outcome);
    if (!json) io.stdout(formatDiagnostics(input.name, outcome.diagnostics) + statusLine(outcome));
    if (scenarioPath !== undefined) {
      const checked = await checkScenarioFile(io, scenarioPath, input.text);
      if (!checked.ok) return checked.exitCode;
      outcome.report.scenario = checked.report;
      if (!json) io.stdout(scenarioLines(checked.report));
    }
  }
  if (json) io.stdout(jsonText(outcomes.map((o) => o.report)));
  else if (outcomes.length > 1) io.stdout(summaryLine(outcomes));
  if (unreadable === EXIT.usage) return EXIT.usage;
  const allValid = outcomes.every((o) => o.report.valid && o.report.scenario?.valid !== false);
  return unreadable === EXIT.ok && allValid ? EXIT.ok : EXIT.failure;
}

/**
 * `--scenario S.json`: the scenario checked against the diagram `diagramText` without running it
 * (schema, settings per role, auth keys: `checkScenario`). Unreadable → the input's exit code.
 */
async function checkScenarioFile(
  io: CliIo,
  path: string,
  diagramText: string,
): Promise<
  { ok: true; report: NonNullable<ValidateReport['scenario']> } | { ok: false; exitCode: number }
> {
  const input = await readInput(io, path);
  if (!input.ok) {
    io.stderr(`fz: ${input.message}\n`);
    return { ok: false, exitCode: input.exitCode };
  }
  // Loaded on demand: a plain `fz validate` never pays for the simulator.
  const { checkScenario } = await import('../../core/sim/checkScenario');
  const json = parseJson(input.text);
  const errors = json.ok
    ? checkScenario(analyzeFz(diagramText).diagram, json.value)
    : [`not valid JSON: ${json.message}`];
  return { ok: true, report: { file: input.name, valid: errors.length === 0, errors } };
}

function scenarioLines(report: NonNullable<ValidateReport['scenario']>): string {
  const lines = report.errors.map((e) => `${report.file}: error: ${e}\n`).join('');
  return report.valid
    ? `${report.file}: valid scenario\n`
    : `${lines}${report.file}: invalid scenario: ${plural(report.errors.length, 'error')}\n`;
}
