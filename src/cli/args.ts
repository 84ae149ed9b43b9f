/** The `fz` sub-commands. */
export type CommandName = 'validate' | 'format' | 'graph' | 'simulate';

interface CommandSpec {
  /** Flags without a value, e.g. `--json`. */
  booleans: readonly string[];
  /** Flags with a value, e.g. `--scenario S.json` or `--scenario=S.json`. */
  values: readonly string[];
  /** Most file operands accepted (`-` counts as one: standard input). */
  maxFiles: number;
}

const COMMANDS: Record<CommandName, CommandSpec> = {
  validate: { booleans: ['json'], values: ['scenario'], maxFiles: Infinity },
  format: { booleans: ['check', 'write'], values: [], maxFiles: 1 },
  graph: { booleans: [], values: [], maxFiles: 1 },
  simulate: { booleans: ['json', 'results'], values: ['scenario', 'preset', 'seed'], maxFiles: 1 },
};

/** A command line that names a command and only flags that command knows. */
export interface CommandInvocation {
  kind: 'run';
  command: CommandName;
  /** File operands in order; `-` stands for standard input. */
  files: string[];
  /** Boolean flags given, by name without dashes (`json`, `check`, …). */
  flags: Set<string>;
  /** Valued flags given, by name without dashes; the last occurrence wins. */
  values: Map<string, string>;
}

/** What the command line asks for; usage errors carry a one-line message. */
export type ParsedArgs =
  | CommandInvocation
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string; command: CommandName | null };

function isCommand(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

/**
 * Parses `fz` arguments (without `node` and the script). `--help`/`-h` anywhere asks for help
 * (of the command when one is named), `--version`/`-V` for the version. Unknown commands or flags,
 * missing flag values and too many files come back as `usage-error`, never thrown.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined)
    return { kind: 'usage-error', message: 'no command given', command: null };
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return { kind: 'help', command: topic !== undefined && isCommand(topic) ? topic : null };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (!isCommand(first)) {
    const message = first.startsWith('-')
      ? `unknown option '${first}'`
      : `unknown command '${first}'`;
    return { kind: 'usage-error', message, command: null };
  }
  return parseCommandArgs(first, rest);
}

function parseCommandArgs(command: CommandName, argv: readonly string[]): ParsedArgs {
  const spec = COMMANDS[command];
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help', command };
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!arg.startsWith('--') || name === '') {
      return { kind: 'usage-error', message: `unknown option '${arg}'`, command };
    }
    if (spec.booleans.includes(name)) {
      if (eq !== -1) {
        return { kind: 'usage-error', message: `option '--${name}' takes no value`, command };
      }
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') {
        return { kind: 'usage-error', message: `option '--${name}' needs a value`, command };
      }
      values.set(name, value);
    } else {
      return {
        kind: 'usage-error',
        message: `unknown option '--${name}' for '${command}'`,
        command,
      };
    }
  }
  if (files.length > spec.maxFiles) {
    return {
      kind: 'usage-error',
      message: `'${command}' takes one file, got ${files.length}`,
      command,
    };
  }
  return { kind: 'run', command, files, flags, values };
}
