/**
 * The syntax tree of a `.fz` text: what was written, where, in file order (comments included).
 * Positions are UTF-16 offsets into the original text (BOM and `\r` included), stored as flat
 * `…Start`/`…End` number pairs (half-open, like TypeScript's own `pos`/`end`) rather than span
 * objects: a 50,000-node file then costs a few objects per statement instead of a dozen.
 * `rangeOf(ast.lines, start, end)` turns a pair into 1-based line/columns. An absent token has
 * `-1` offsets. The tree is produced even for broken text: unreadable lines become `invalid`.
 */
import type { FzLineIndex } from './lineIndex';

/** A half-open range `[start, end)` of offsets into the source text. */
export interface FzSpan {
  start: number;
  end: number;
}

/**
 * `key:"value"` on a node, or `label="value"` inside an edge's brackets. `value` has `\"` and `\\`
 * decoded; `valueStart`/`valueEnd` include the quotes.
 */
export interface FzAstAttribute {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The separator actually written (`:` is right for nodes, `=` for edges). */
  separator: ':' | '=';
  value: string;
  valueStart: number;
  valueEnd: number;
  /** True when the value used `\"` or `\\` (FlowZap itself may not read them). */
  hasEscapes: boolean;
  /** False when the closing quote is missing (the value then runs to the end of the line). */
  terminated: boolean;
  /** From the key to the closing quote (edge labels: from `[` to `]`). */
  start: number;
  end: number;
}

/** `n1: circle label:"Start"`. `shape` is the raw word, which may be unknown. */
export interface FzAstNode {
  kind: 'node';
  id: string;
  idStart: number;
  idEnd: number;
  shape: string;
  shapeStart: number;
  shapeEnd: number;
  attributes: FzAstAttribute[];
  /** The whole statement, from the id to the end of its last token. */
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** One end of an edge: `[Lane.]n5.handle(top)`. */
export interface FzAstEndpoint {
  /** The lane prefix, or null (offsets -1) when none was written. */
  lane: string | null;
  laneStart: number;
  laneEnd: number;
  node: string;
  nodeStart: number;
  nodeEnd: number;
  /** The direction word as written; null (offsets -1) when `.handle(…)` is missing. */
  handle: string | null;
  handleStart: number;
  handleEnd: number;
  start: number;
  end: number;
}

/** `n1.handle(right) -> n2.handle(left) [label="Yes"]`. */
export interface FzAstEdge {
  kind: 'edge';
  from: FzAstEndpoint;
  to: FzAstEndpoint;
  label: FzAstAttribute | null;
  /** 0-based position among all edge statements of the file (the sequence-view order). */
  seq: number;
  /** True when a handle is missing or not a direction: the model makes no edge of it. */
  broken: boolean;
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** One node reference in a loop. */
export interface FzAstNodeRef {
  id: string;
  start: number;
  end: number;
}

/** `loop [retry until valid] n2 n3`. */
export interface FzAstLoop {
  kind: 'loop';
  /** The text between `[` and `]`, trimmed. */
  condition: string;
  conditionStart: number;
  conditionEnd: number;
  nodes: FzAstNodeRef[];
  /** True when the node list could not be read to its end (the model then drops the loop). */
  broken: boolean;
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** A whole-line `// …` or `# …` comment; `text` is what follows the marker, trimmed. */
export interface FzAstComment {
  kind: 'comment';
  marker: '//' | '#';
  text: string;
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** A line that is none of the above (already reported); kept so nothing of the text is lost. */
export interface FzAstInvalid {
  kind: 'invalid';
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** What a lane block, or the top level, can hold (top-level nodes are an error but are kept). */
export type FzAstStatement = FzAstNode | FzAstEdge | FzAstLoop | FzAstComment | FzAstInvalid;

/** `Client { # Client Application` … `}`. */
export interface FzAstLane {
  kind: 'lane';
  id: string;
  idStart: number;
  idEnd: number;
  /** The display label (trimmed), or null (offsets -1) when absent or empty. */
  label: string | null;
  labelStart: number;
  labelEnd: number;
  /** The legacy `# Label` line after a bare `Id {` header, when that is where the label came from. */
  legacyLabel: FzAstComment | null;
  /** Offset of the `{`. */
  openStart: number;
  /** Offset of the `}` that closes the block; -1 when the lane is never closed. */
  closeStart: number;
  body: FzAstStatement[];
  /** The header line, from the id to the end of the line's content. */
  /** 1-based line of the statement (statements never span lines). */
  line: number;
  start: number;
  end: number;
}

/** A top-level item: a lane block or a statement written outside any lane. */
export type FzAstItem = FzAstLane | FzAstStatement;

/** The parsed file. */
export interface FzAst {
  kind: 'file';
  items: FzAstItem[];
  /** Line starts/ends of the source, for offset → line/column conversion. */
  lines: FzLineIndex;
}
