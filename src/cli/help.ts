import packageJson from '../../package.json' with { type: 'json' };
import type { CommandName } from './args';

/** The version printed by `fz --version` (the package's own). */
export const VERSION: string = packageJson.version;

const EXIT_CODES = `Exit codes:
  0   success (validate: no file has errors; format --check: already canonical)
  1   the input is wrong: errors in a diagram or scenario, not UTF-8 text, or not canonical (--check)
  2   usage error, or an input that cannot be read (missing, a directory, no permission)
  70  internal error (a bug in fz: please report it)`;

const GENERAL = `fz ${VERSION}: validate, format, inspect and simulate FlowZap Code (.fz) diagrams

Usage:
  fz validate FILE... [--json] [--scenario S.json]
  fz format FILE [--check | --write]
  fz graph FILE
  fz simulate FILE (--scenario S.json | --preset NAME) [--json] [--results] [--seed N]
  fz --help | fz COMMAND --help
  fz --version

FILE '-' (or no FILE, with input piped) reads standard input, reported as <stdin>.

${EXIT_CODES}
`;

const COMMAND_HELP: Record<CommandName, string> = {
  validate: `Usage: fz validate FILE... [--json] [--scenario S.json]

Checks each diagram. Text mode prints one line per problem,
  file:line:column: error FZ003: message
then a line per file and a summary. Lines and columns are 1-based; a BOM or CRLF
line endings never shift them.

--json  prints one JSON array with one object per readable file, in argument order
        (always an array, even for a single file):
        { "file", "valid", "errors": [{ "line", "column", "code", "message" }],
          "warnings": [same], "stats": { "lanes", "nodes", "edges", "loops" } }
        Unreadable files are reported on stderr and left out of the array.

--scenario S.json  also checks a scenario against the (one) diagram without running it:
        the schema, each node's settings for its role, auth keys (an HS256 secret that is an
        RSA/EC key is refused). Text mode prints "S.json: error: nodes.n5.secret: ..." lines;
        --json adds "scenario": { "file", "valid", "errors": [messages] } to the entry.

Exits 0 when no file has errors, 1 when one has, 2 when a file cannot be read.
`,
  format: `Usage: fz format FILE [--check | --write]

Prints the canonical text of a valid diagram on stdout (LF, 2-space indent, final newline).
--check  prints nothing; exits 1 with a message on stderr when FILE is not canonical
--write  rewrites FILE in place when it is not canonical (prints nothing on stdout)
A diagram with errors is never formatted: its errors go to stderr, exit 1, FILE untouched.
`,
  graph: `Usage: fz graph FILE

Prints the diagram as JSON on stdout:
  { "lanes": [{ "id", "label" }],
    "nodes": [{ "id", "lane", "shape", "label", "owner"?, "description"?, "system"? }],
    "edges": [{ "from", "to", "fromLane", "toLane", "fromHandle", "toHandle", "label"? }],
    "loops": [{ "condition", "nodes" }] }
every list in file order. A diagram with errors: errors on stderr, exit 1.
`,
  simulate: `Usage: fz simulate FILE (--scenario S.json | --preset NAME) [--json] [--results] [--seed N]

Runs the scenario's traffic through the diagram on virtual time, against the mocked services.
Both files are validated first: a diagram with errors, or a scenario with a bad key, exits 1
with every problem listed and nothing run.
--preset    runs one of the studio's presets for this diagram instead of a scenario file:
            normal, burst or bad-tokens (the same scenario the studio's Simulate panel runs)
--json      prints the result as JSON: { requests, status, latencyMs, nodes }
--results   adds "results" (one entry per request, in send order) to the JSON
--seed N    overrides the scenario's seed (an integer)
Without --json, prints a readable summary (status counts, latency table, per-node counters).
`,
};

/** The general usage text (all commands, exit codes). */
export function generalHelp(): string {
  return GENERAL;
}

/** The help text of one command. */
export function commandHelp(command: CommandName): string {
  return `${COMMAND_HELP[command]}\n${EXIT_CODES}\n`;
}
