import { analyzeFz, graphJsonBytes } from '../../core/fz/index';
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
  const analysis = analyzeFz(input.text);
  if (analysis.errorCount > 0) {
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    io.stderr(formatDiagnostics(input.name, errors));
    io.stderr(`fz: ${input.name} has no graph: ${plural(errors.length, 'error')}\n`);
    return EXIT.failure;
  }
  // Written as bytes straight from the diagram: the same output as `jsonText(toGraphJson(…))`,
  // without the intermediate objects, the slow indenting `JSON.stringify` and an 18 MB string.
  const json = graphJsonBytes(analysis.diagram);
  if (io.stdoutBytes) {
    io.stdoutBytes(json);
    io.stdoutBytes(NEWLINE);
  } else io.stdout(`${new TextDecoder().decode(json)}\n`);
  return EXIT.ok;
}
