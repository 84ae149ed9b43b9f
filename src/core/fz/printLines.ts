/**
 * One canonical line per statement (flowzap-language.md §13): `n1: circle label:"X"` with
 * attributes in label/owner/description/system order, `a.handle(right) -> Lane.b.handle(left)
 * [label="…"]`, `loop [cond] n1 n2`, `Id { # Label`. Shared by the formatter (from the AST) and by
 * anything that writes new statements (canvas edits, `printDiagram`).
 */
import { quoteFzString } from './escapes';

/** The data of a node line. Absent attributes are not written. */
export interface FzNodeLine {
  id: string;
  shape: string;
  label?: string | undefined;
  owner?: string | undefined;
  description?: string | undefined;
  system?: string | undefined;
}

/** The data of an edge line. `toLane`/`fromLane` are the prefixes to write (null: none). */
export interface FzEdgeLine {
  from: string;
  fromLane?: string | null;
  fromHandle: string;
  to: string;
  toLane?: string | null;
  toHandle: string;
  label?: string | undefined;
}

/** `n1: circle label:"X" owner:"…"` (no indentation, no line break). */
export function printNodeLine(node: FzNodeLine): string {
  let line = `${node.id}: ${node.shape}`;
  if (node.label !== undefined) line += ` label:${quoteFzString(node.label)}`;
  if (node.owner !== undefined) line += ` owner:${quoteFzString(node.owner)}`;
  if (node.description !== undefined) line += ` description:${quoteFzString(node.description)}`;
  if (node.system !== undefined) line += ` system:${quoteFzString(node.system)}`;
  return line;
}

/** `n1.handle(right) -> Lane.n5.handle(top) [label="…"]` (no indentation, no line break). */
export function printEdgeLine(edge: FzEdgeLine): string {
  const from = `${edge.fromLane ? `${edge.fromLane}.` : ''}${edge.from}.handle(${edge.fromHandle})`;
  const to = `${edge.toLane ? `${edge.toLane}.` : ''}${edge.to}.handle(${edge.toHandle})`;
  const label = edge.label === undefined ? '' : ` [label=${quoteFzString(edge.label)}]`;
  return `${from} -> ${to}${label}`;
}

/**
 * `loop [condition] n1 n2`. A `]` or line break in the condition cannot be written; they become
 * `)` and a space so the line still parses.
 */
export function printLoopLine(condition: string, nodes: readonly string[]): string {
  const safe = condition.replace(/\]/g, ')').replace(/\r\n|[\r\n]/g, ' ');
  return `loop [${safe}]${nodes.map((n) => ` ${n}`).join('')}`;
}

/** `Id { # Label`, or `Id {` when there is no label. */
export function printLaneHeader(id: string, label: string | null | undefined): string {
  // Trim only what the parser trims (spaces and tabs): `String.trim` would also drop U+FEFF and
  // other Unicode spaces, and the reformatted file would then mean a different label.
  const safe = label ? label.replace(/\r\n|[\r\n]/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '') : '';
  return safe === '' ? `${id} {` : `${id} { # ${safe}`;
}
