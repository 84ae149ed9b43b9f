/**
 * What the person is typing at the caret, read from the caret's line (strings masked first, see
 * `linePrefix.ts`) and from which lane block the line is in. The completion items follow from the
 * context alone (`completion.ts`).
 */
import { lineOfOffset } from '../fz/lineIndex';
import { laneBlockAtLine, type FzLangDocument } from './document';
import { linePrefix } from './linePrefix';

/**
 * The kinds of place completion knows, each with the partial word `[wordStart, caret)` that items
 * replace (offsets into the text):
 * - `shape`: after `nX:`; `needsSpace` when no blank follows the colon yet.
 * - `attributeKey`: after a node's shape or one of its attributes; `present` are the keys the line
 *   already has (anywhere on it).
 * - `direction`: inside `.handle(`; `end` says which edge end (sources usually leave `right`).
 * - `handle`: after `nX.` (or `Lane.nX.`): the `handle(…)` call.
 * - `edgeTarget`: after `->`; `fromLane` is the source node's lane (for prefixes).
 * - `laneNodes`: after `Lane.` at an edge end: that lane's nodes.
 * - `loopMember`: in a loop's node list; `present` are the ids already listed.
 * - `laneLine`: at the start of a line inside lane `lane`.
 * - `topLevel`: at the start of a line outside any lane.
 */
export type FzCompletionContext =
  | { kind: 'shape'; wordStart: number; needsSpace: boolean }
  | { kind: 'attributeKey'; wordStart: number; present: string[] }
  | { kind: 'direction'; wordStart: number; end: 'source' | 'target' }
  | { kind: 'handle'; wordStart: number }
  | { kind: 'edgeTarget'; wordStart: number; fromLane: string | null; needsSpace: boolean }
  | { kind: 'laneNodes'; wordStart: number; lane: string; fromLane: string | null }
  | { kind: 'loopMember'; wordStart: number; present: string[] }
  | { kind: 'laneLine'; wordStart: number; lane: string }
  | { kind: 'topLevel'; wordStart: number };

const SHAPE = /^\s*[A-Za-z_]\w*\s*:(\s*)(\w*)$/;
const ATTRIBUTES = /^\s*[A-Za-z_]\w*\s*:\s*[A-Za-z_]\w*(?:\s+\w+\s*[:=]\s*"_*")*\s+(\w*)$/;
const KEYS_ON_LINE = /(\w+)\s*[:=]\s*"/g;
const DIRECTION = /\.handle\(\s*(\w*)$/;
const HANDLE = /(?:^\s*|->\s*)(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)\.(\w*)$/;
const TARGET = /->(\s*)(\w*)$/;
const SOURCE_NODE = /^\s*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)\.handle\(/;
const LOOP = /^\s*loop\s*\[[^\]]*\]((?:\s+\w+)*)\s+(\w*)$/;
const LINE_START = /^\s*(\w*)$/;

/** Masks string contents of a whole line (for scanning keys after the caret too). */
function maskLine(line: string): string {
  return linePrefix(line, line.length).masked;
}

/** The lane of a declared node, or null. */
function laneOfNode(doc: FzLangDocument, id: string): string | null {
  return doc.nodes.get(id)?.lane?.id ?? null;
}

/**
 * The completion context at `offset` of the document's text, or null where nothing is completed
 * (inside strings, comments, lane-header labels, loop conditions, or after a finished statement).
 * `trigger` is the character that opened the request when it was typed (not invoked): a typed
 * blank at the start of a line is indentation, never a request for a snippet.
 */
export function completionContextAt(
  doc: FzLangDocument,
  offset: number,
  trigger?: string,
): FzCompletionContext | null {
  const { lines, text } = doc;
  const line = lineOfOffset(lines, offset);
  const lineStart = lines.starts[line]!;
  const lineText = text.slice(lineStart, lines.ends[line]!);
  const column = Math.min(offset - lineStart, lineText.length);
  const p = linePrefix(lineText, column);
  if (p.inString || p.inComment) return null;
  const at = (wordLength: number): number => lineStart + column - wordLength;
  const masked = p.masked;

  let m = LOOP.exec(masked);
  if (m) {
    const present = m[1]!.split(/\s+/).filter((w) => w !== '');
    return { kind: 'loopMember', wordStart: at(m[2]!.length), present };
  }
  if (p.inBrackets) return null;

  m = SHAPE.exec(masked);
  if (m) return { kind: 'shape', wordStart: at(m[2]!.length), needsSpace: m[1] === '' };

  m = ATTRIBUTES.exec(masked);
  if (m) {
    const present = new Set<string>();
    for (const k of maskLine(lineText).matchAll(KEYS_ON_LINE)) present.add(k[1]!);
    return { kind: 'attributeKey', wordStart: at(m[1]!.length), present: [...present] };
  }

  m = DIRECTION.exec(masked);
  if (m) {
    const end = masked.includes('->') ? 'target' : 'source';
    return { kind: 'direction', wordStart: at(m[1]!.length), end };
  }

  const source = SOURCE_NODE.exec(masked);
  const fromLane = source
    ? laneOfNode(doc, source[1]!)
    : (laneBlockAtLine(doc, line)?.lane.id ?? null);
  m = HANDLE.exec(masked);
  if (m) {
    const [, prefix, first, word] = m;
    // `Lane.` (a declared lane, no node yet): that lane's nodes; `nX.` / `Lane.nX.`: the handle.
    if (prefix === undefined && doc.lanes.has(first!) && !doc.nodes.has(first!)) {
      return { kind: 'laneNodes', wordStart: at(word!.length), lane: first!, fromLane };
    }
    return { kind: 'handle', wordStart: at(word!.length) };
  }

  m = TARGET.exec(masked);
  if (m) {
    const needsSpace = m[1] === '';
    return { kind: 'edgeTarget', wordStart: at(m[2]!.length), fromLane, needsSpace };
  }

  m = LINE_START.exec(masked);
  if (m && p.rest.trim() === '' && !(trigger !== undefined && /\s/.test(trigger))) {
    const block = laneBlockAtLine(doc, line);
    const wordStart = at(m[1]!.length);
    return block
      ? { kind: 'laneLine', wordStart, lane: block.lane.id }
      : { kind: 'topLevel', wordStart };
  }
  return null;
}
