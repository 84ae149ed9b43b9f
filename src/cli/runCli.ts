import { parseArgs } from './args';
import type { CommandInvocation, CommandName } from './args';
import { runFormat } from './commands/format';
import { runGraph } from './commands/graph';
import { runSimulate } from './commands/simulate';
import { runValidate } from './commands/validate';
import { commandHelp, generalHelp, VERSION } from './help';
import type { CliIo } from './io';
import { EXIT } from './output';

const RUNNERS: Record<CommandName, (invocation: CommandInvocation, io: CliIo) => Promise<number>> =
  {
    validate: runValidate,
    format: runFormat,
    graph: runGraph,
    simulate: runSimulate,
  };

/** The one-line form of anything thrown, for `fz: internal error: …` (never a stack trace). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Runs the `fz` command line `argv` (arguments after the script name) against `io` and resolves
 * the exit code: 0 success, 1 invalid input, 2 usage error or unreadable input, 70 internal error.
 * Never rejects: anything thrown becomes `fz: internal error: <message>` on stderr and 70.
 *
 * @example
 *   const code = await runCli(['validate', 'api.fz', '--json'], createNodeIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.kind) {
      case 'help':
        io.stdout(parsed.command === null ? generalHelp() : commandHelp(parsed.command));
        return EXIT.ok;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case 'usage-error':
        io.stderr(`fz: ${parsed.message}\n\n`);
        io.stderr(parsed.command === null ? generalHelp() : commandHelp(parsed.command));
        return EXIT.usage;
      case 'run':
        return await RUNNERS[parsed.command](parsed, io);
    }
  } catch (error) {
    io.stderr(`fz: internal error: ${describeError(error)}\n`);
    return EXIT.internal;
  }
}
