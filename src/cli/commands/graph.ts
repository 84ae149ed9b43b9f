import { analyzeFz, cleanGraphJson, graphJsonBytes } from '../../core/fz/index';
import type { CommandInvocation } from '../args';
import { readInput } from '../input';
import type { CliIo } from '../io';
import { EXIT, formatDiagnostics, plural } from '../output';

const NEWLINE = new Uint8Array([10]);

/**
 * `fz graph FILE`: prints the diagram as the graph JSON of architecture.md (lanes, nodes, edges,
 * loops in file order) with a trailing newline. A diagram with errors prints its errors on stderr
 * and returns 1 (no JSON); unreadable input returns 2.
 */
export async function runGraph(invocation: CommandInvocation, io: CliIo): Promise<number> {
  const input = await readInput(io, invocation.files[0] ?? '-');
  if (!input.ok) {
    io.stderr(`fz: ${input.message}\n`);
    return input.exitCode;
  }
  // A clean file (the usual case) is written straight from the parser's records; any doubt, and
  // the full analysis below finds the errors or writes the graph from the diagram model.
  const json = cleanGraphJson(input.text, input.bytes) ?? graphOrErrors(input.name, input.text, io);
  if (json === null) return EXIT.failure;
  if (io.stdoutBytes) {
    io.stdoutBytes(json);
    io.stdoutBytes(NEWLINE);
  } else io.stdout(`${new TextDecoder().decode(json)}\n`);
  return EXIT.ok;
}

/** The graph JSON of `text` through the full analysis, or null after printing its errors. */
function graphOrErrors(name: string, text: string, io: CliIo): Uint8Array | null {
  const analysis = analyzeFz(text);
  if (analysis.errorCount === 0) return graphJsonBytes(analysis.diagram);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  io.stderr(formatDiagnostics(name, errors));
  io.stderr(`fz: ${name} has no graph: ${plural(errors.length, 'error')}\n`);
  return null;
}
