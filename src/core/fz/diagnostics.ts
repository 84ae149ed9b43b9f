/**
 * The numbered catalogue of everything the FlowZap core can say about a `.fz` text.
 * Codes are stable: `FZ0xx` are errors (the text is not valid FlowZap Code), `FZ1xx` are warnings
 * (valid, but against FlowZap style or sequence quality), `FZ9xx` are informational.
 * Like xyflow's `errorMessages.error001…`, each entry is a message template plus a one-line `docs`
 * explanation for hovers and `fz validate --help`. Never renumber; add new codes at the end.
 */
import type { FzSeverity } from '../model/types';

/** One catalogue entry: its severity, a one-line explanation, and how to word one occurrence. */
export interface FzDiagnosticDef<Args extends readonly string[]> {
  severity: FzSeverity;
  /** A short kebab-case name (stable, for docs anchors and logs). */
  name: string;
  /** One sentence explaining the rule, for hovers and help pages. */
  docs: string;
  /** Builds the message of one occurrence; arguments are the offending tokens, already shortened. */
  message: (...args: Args) => string;
}

function def<Args extends readonly string[]>(
  severity: FzSeverity,
  name: string,
  docs: string,
  message: (...args: Args) => string,
): FzDiagnosticDef<Args> {
  return { severity, name, docs, message };
}

const SHAPES = '`circle`, `rectangle`, `diamond` or `taskbox`';
const DIRECTIONS = '`left`, `right`, `top` or `bottom`';

/** The catalogue, keyed by code. */
export const FZ_DIAGNOSTICS = {
  FZ001: def(
    'error',
    'empty-file',
    'A diagram needs at least one lane.',
    () =>
      'The file contains no diagram. Start with a lane: `Client { # Client App` on one line, nodes such as `n1: circle label:"Start"` inside, and `}` to close it.',
  ),
  FZ002: def(
    'error',
    'unterminated-string',
    'A quoted value must close with `"` on the same line.',
    () =>
      'Unterminated string: the `"` here has no closing `"` on this line. Add the closing quote (write `\\"` for a quote inside the text).',
  ),
  FZ003: def(
    'error',
    'bad-statement',
    'Each line must be a lane header, `}`, a node, an edge, a loop, a comment or blank.',
    (token: string) =>
      `Unexpected \`${token}\`: this line is not a lane (\`Id { # Label\`), node (\`n1: rectangle label:"…"\`), edge (\`n1.handle(right) -> n2.handle(left)\`) or loop (\`loop [condition] n1 n2\`).`,
  ),
  FZ004: def(
    'error',
    'unknown-shape',
    `A node shape must be one of ${SHAPES}.`,
    (shape: string, suggestion: string) =>
      `Unknown shape \`${shape}\`. Use ${suggestion === '' ? SHAPES : `\`${suggestion}\``}.`,
  ),
  FZ005: def(
    'error',
    'bad-node-id',
    'Node ids are `n` followed by a positive integer without leading zeros (`n1`, `n2`, …).',
    (id: string) =>
      `Node id \`${id}\` is not of the form \`n<number>\`. Rename it \`n1\`, \`n2\`, … (ids are numbered from 1 across the whole file).`,
  ),
  FZ006: def(
    'error',
    'duplicate-node',
    'Node ids are unique across all lanes.',
    (id: string, line: string) =>
      `Duplicate node id \`${id}\`: it is already declared on line ${line}. Give this node the next free number.`,
  ),
  FZ007: def(
    'error',
    'unknown-attribute',
    'Nodes accept only `label`, `owner`, `description` and `system`; edges only `[label="…"]`.',
    (key: string, allowed: string) => `Unknown attribute \`${key}\`. Allowed here: ${allowed}.`,
  ),
  FZ008: def(
    'error',
    'node-attribute-equals',
    'Node attributes are written `key:"value"` with a colon.',
    (key: string) => `Node attributes use a colon: write \`${key}:"…"\`, not \`${key}="…"\`.`,
  ),
  FZ009: def(
    'error',
    'edge-label-colon',
    'Edge labels are written `[label="…"]` with an equals sign.',
    () => 'Edge labels use an equals sign: write `[label="…"]`, not `[label:"…"]`.',
  ),
  FZ010: def(
    'error',
    'missing-handle',
    'Both ends of an edge name a side: `n1.handle(right) -> n2.handle(left)`.',
    (endpoint: string) =>
      `Edge end \`${endpoint}\` has no \`.handle(direction)\`. Write \`${endpoint}.handle(right)\` (or left, top, bottom).`,
  ),
  FZ011: def(
    'error',
    'bad-direction',
    `A handle direction is one of ${DIRECTIONS} (lower-case).`,
    (direction: string) => `Unknown handle direction \`${direction}\`. Use ${DIRECTIONS}.`,
  ),
  FZ012: def(
    'error',
    'undeclared-node',
    'Edges and loops may only reference nodes declared somewhere in the file.',
    (id: string) =>
      `Node \`${id}\` is not declared. Declare it in a lane (\`${id}: rectangle label:"…"\`) or fix the id.`,
  ),
  FZ013: def(
    'error',
    'undeclared-lane',
    'A lane prefix must name a lane declared in the file (case-sensitive).',
    (lane: string) =>
      `Lane \`${lane}\` is not declared. Lane prefixes are case-sensitive and must match a lane header \`${lane} { …\`.`,
  ),
  FZ014: def(
    'error',
    'missing-lane-prefix',
    'An edge to a node in another lane prefixes the target with its lane: `Lane.n5.handle(top)`.',
    (id: string, lane: string) =>
      `Node \`${id}\` is in lane \`${lane}\`: a cross-lane target needs the prefix. Write \`${lane}.${id}\`.`,
  ),
  FZ015: def(
    'error',
    'wrong-lane-prefix',
    'A lane prefix must name the lane that declares the node.',
    (prefix: string, id: string, lane: string) =>
      `Wrong lane prefix \`${prefix}\`: node \`${id}\` is declared in lane \`${lane}\`. Write \`${lane}.${id}\`.`,
  ),
  FZ016: def(
    'error',
    'unclosed-lane',
    'Every lane block ends with a `}` line.',
    (lane: string) =>
      `Lane \`${lane}\` is never closed. Add a line with \`}\` after its last statement.`,
  ),
  FZ017: def(
    'error',
    'stray-close-brace',
    'A `}` closes the lane opened before it; there is no lane open here.',
    () => 'Unexpected `}`: no lane is open here. Remove it, or add the missing lane header above.',
  ),
  FZ018: def(
    'error',
    'nested-lane',
    'Lanes cannot contain lanes.',
    (inner: string, outer: string) =>
      `Lane \`${inner}\` is opened inside lane \`${outer}\`; lanes cannot be nested. Close \`${outer}\` with \`}\` before this line.`,
  ),
  FZ019: def(
    'error',
    'node-outside-lane',
    'Nodes are declared inside a lane block.',
    (id: string) =>
      `Node \`${id}\` is declared outside any lane. Move it inside the lane it belongs to.`,
  ),
  FZ020: def(
    'error',
    'syntax-error',
    'The statement is recognised but a token is missing or misplaced.',
    (expected: string, found: string) => `Expected ${expected} but found ${found}.`,
  ),
  FZ021: def(
    'error',
    'duplicate-lane',
    'Each lane id is declared once.',
    (lane: string, line: string) =>
      `Lane \`${lane}\` is already declared on line ${line}. Move these statements into that lane or rename this one.`,
  ),
  FZ022: def(
    'error',
    'duplicate-attribute',
    'Each attribute appears at most once per node.',
    (key: string) => `Attribute \`${key}\` is given twice on this node. Keep one.`,
  ),
  FZ101: def(
    'warning',
    'node-numbering-gap',
    'FlowZap numbers nodes n1…nN with no gaps across the whole file.',
    (missing: string, count: string) =>
      `Node numbering has gaps (missing ${missing}); FlowZap expects n1…n${count}. Renumber the nodes.`,
  ),
  FZ102: def(
    'warning',
    'long-label',
    'FlowZap recommends labels of at most 50 characters.',
    (length: string) =>
      `Label is ${length} characters long; FlowZap recommends at most 50. Shorten it.`,
  ),
  FZ103: def(
    'warning',
    'unprintable-character',
    'FlowZap Code is plain text: no emoji and no control characters.',
    (codePoint: string) =>
      `Character ${codePoint} is an emoji or non-printable character; FlowZap may not render it. Replace it with plain text.`,
  ),
  FZ104: def(
    'warning',
    'orphan-node',
    'Every node should take part in at least one edge.',
    (id: string) =>
      `Node \`${id}\` has no edges. Connect it (\`${id}.handle(right) -> …\`) or remove it.`,
  ),
  FZ105: def(
    'warning',
    'edge-outside-source-lane',
    'FlowZap expects an edge inside the lane block that declares its source node.',
    (id: string, lane: string) =>
      `This edge starts at \`${id}\` of lane \`${lane}\` but is written outside that lane. Move it into \`${lane} { … }\`.`,
  ),
  FZ106: def(
    'warning',
    'loop-outside-lane',
    'FlowZap expects loops inside a lane block.',
    () => 'This loop is written outside any lane. Move it into the lane of its first node.',
  ),
  FZ107: def(
    'warning',
    'short-loop',
    'A loop should list at least two nodes.',
    (count: string) =>
      `This loop lists ${count} node(s); a loop should list at least two nodes in execution order.`,
  ),
  FZ108: def(
    'warning',
    'legacy-lane-label',
    'The lane display label belongs on the header line: `Id { # Label`.',
    (lane: string, label: string) =>
      `Legacy lane label on its own line. Write it on the header: \`${lane} { # ${label}\`.`,
  ),
  FZ109: def(
    'warning',
    'comment-line',
    'FlowZap ignores comment lines and drops them when it regenerates the code.',
    () => 'Comment line: FlowZap ignores it and drops it when it regenerates the code.',
  ),
  FZ110: def(
    'warning',
    'missing-response',
    'In the sequence view, a request from one lane to another is normally answered by an edge back.',
    (from: string, to: string) =>
      `Lane \`${from}\` sends to \`${to}\` but \`${to}\` never answers. Add a response edge from \`${to}\` back to \`${from}\`.`,
  ),
  FZ111: def(
    'warning',
    'escape-sequence',
    'The `\\"` and `\\\\` escapes are understood here but FlowZap itself may not read them.',
    () =>
      'This text uses `\\"` or `\\\\` escapes; FlowZap itself may not read them. Avoid quotes and backslashes in labels.',
  ),
  FZ900: def(
    'info',
    'diagnostics-truncated',
    'Repeated diagnostics are capped so that a broken file stays responsive.',
    (count: string, code: string) =>
      `…and ${count} more ${code} diagnostic(s) not shown. Fix the ones above first.`,
  ),
} as const;

/** A catalogue code such as `FZ002`. */
export type FzDiagnosticCode = keyof typeof FZ_DIAGNOSTICS;

/** The message arguments of one code (what `FZ_DIAGNOSTICS[code].message` takes). */
export type FzDiagnosticArgs<C extends FzDiagnosticCode> = Parameters<
  (typeof FZ_DIAGNOSTICS)[C]['message']
>;

/**
 * Words one occurrence of `code`. Pure; the args are tokens the caller already shortened with
 * {@link shortToken}.
 */
export function diagnosticMessage<C extends FzDiagnosticCode>(
  code: C,
  args: FzDiagnosticArgs<C>,
): string {
  const format = FZ_DIAGNOSTICS[code].message as (...a: readonly string[]) => string;
  return format(...args);
}

/**
 * Shortens a token for a message so a 10 MB line never makes a 10 MB message: at most `max`
 * UTF-16 units, ending with `…` when cut. Control characters are shown as `\u{…}`.
 */
export function shortToken(token: string, max = 40): string {
  const cut = token.length > max ? `${token.slice(0, max)}…` : token;
  let out = '';
  for (let i = 0; i < cut.length; i++) {
    const c = cut.charCodeAt(i);
    out += c < 0x20 || c === 0x7f ? `\\u{${c.toString(16)}}` : cut.charAt(i);
  }
  return out;
}
