import { formatFz } from '../../core/fz/index';
import type { CommandInvocation } from '../args';
import { readInput } from '../input';
import type { CliIo } from '../io';
import { EXIT, formatDiagnostics, plural } from '../output';

/**
 * `fz format FILE [--check | --write]`: prints the canonical text (LF, final newline) on stdout;
 * `--check` prints nothing and returns 1 (with a message on stderr) when FILE is not canonical;
 * `--write` rewrites FILE only when it differs. A file with errors is never formatted or
 * touched: its diagnostics go to stderr and the result is 1. Unreadable input → 2.
 * A UTF-8 BOM counts as a difference, since the canonical text has none.
 */
export async function runFormat(invocation: CommandInvocation, io: CliIo): Promise<number> {
  const check = invocation.flags.has('check');
  const write = invocation.flags.has('write');
  const operand = invocation.files[0] ?? '-';
  if (check && write) {
    io.stderr(`fz: use either --check or --write, not both\n`);
    return EXIT.usage;
  }
  if (write && operand === '-') {
    io.stderr(`fz: --write needs a file, not standard input\n`);
    return EXIT.usage;
  }
  const input = await readInput(io, operand);
  if (!input.ok) {
    io.stderr(`fz: ${input.message}\n`);
    return input.exitCode;
  }
  const formatted = formatFz(input.text);
  if (!formatted.ok) {
    const errors = formatted.diagnostics.filter((d) => d.severity === 'error');
    io.stderr(formatDiagnostics(input.name, formatted.diagnostics));
    io.stderr(`fz: ${input.name} not formatted: ${plural(errors.length, 'error')}\n`);
    return EXIT.failure;
  }
  const changed = formatted.changed || input.hadBom;
  if (check) {
    if (!changed) return EXIT.ok;
    io.stderr(`fz: ${input.name} is not formatted (fz format --write ${operand} fixes it)\n`);
    return EXIT.failure;
  }
  if (write) {
    if (!changed) return EXIT.ok;
    try {
      await io.writeFile(operand, formatted.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`fz: cannot write ${input.name}: ${reason}\n`);
      return EXIT.usage;
    }
    io.stderr(`fz: formatted ${input.name}\n`);
    return EXIT.ok;
  }
  io.stdout(formatted.text);
  return EXIT.ok;
}
