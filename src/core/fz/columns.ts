/**
 * The kept syntax of `parseFz` in columnar form. A 50,000-node file makes about 450,000 AST objects,
 * and allocating them was most of the parser's time; yet many callers (the benchmark, `fz
 * validate` through `analyzeFz`) never read the tree. So the parser records each clean statement
 * as the flat offset record its fast path scanned (`scanNode`, `scanEdge`) in one growable
 * Int32Array, keeps the few other statements (careful path, comments, loops, invalid lines) as
 * objects, and {@link materializeAst} builds the usual `FzAst` from those offsets on first read,
 * with the same constructors the parser would have used: no second scan, the same objects.
 */
import type { FzAst, FzAstAttribute, FzAstItem, FzAstLane, FzAstStatement } from './ast';
import { EDGE_RECORD_LENGTH, edgeFrom, type LaneNames } from './fastEdge';
import { nodeFrom, nodeRecordLength } from './fastNode';
import type { FzLineIndex } from './lineIndex';
import { StatementFactory } from './statementFactory';

/** Record kinds; every record starts `kind, line, lane slot` (-1 at the top level). */
const LANE = 1;
const NODE = 2;
const EDGE = 3;
const OBJECT = 4;

/** The statements of one text in file order (see the file comment). */
export class StatementColumns {
  data: Int32Array;
  length = 0;
  /** Lane headers, indexed by slot (few, so kept as objects: later lines may still set fields). */
  readonly lanes: FzAstLane[] = [];
  /** Statements kept as objects, indexed from their `OBJECT` records. */
  readonly objects: FzAstStatement[] = [];

  constructor(textLength: number) {
    // About 9 MB of records for a 6.6 MB file: start near that to avoid most regrowth.
    this.data = new Int32Array(Math.max(256, textLength >> 1));
  }

  /** Longest record (a node with every attribute, an edge with its `seq`), plus its header. */
  static readonly MAX_RECORD = 32;

  /**
   * Makes room for one more record and returns the array to write it to: a fast path scans
   * straight into `data` after `length` (node records at `length + 3`, edges at `length + 4`), so
   * nothing is copied; a failed scan leaves garbage past `length`, which the next one overwrites.
   */
  room(): Int32Array {
    const at = this.length;
    if (at + StatementColumns.MAX_RECORD > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data.subarray(0, at));
      this.data = grown;
    }
    return this.data;
  }

  private header(kind: number, line: number, slot: number, size: number): number {
    const at = this.length;
    const d = this.room();
    d[at] = kind;
    d[at + 1] = line;
    d[at + 2] = slot;
    this.length = at + 3 + size;
    return at + 3;
  }

  /** A lane header opens; returns its slot for the statements of its body. */
  lane(lane: FzAstLane): number {
    const slot = this.lanes.length;
    this.lanes.push(lane);
    this.header(LANE, lane.line, slot, 0);
    return slot;
  }

  /** Commits the node record just scanned into `data` at `length + 3`. */
  node(line: number, slot: number): void {
    this.header(NODE, line, slot, nodeRecordLength(this.data, this.length + 3));
  }

  /** Commits the edge record numbered `seq` just scanned into `data` at `length + 4`. */
  edge(line: number, slot: number, seq: number): void {
    const at = this.header(EDGE, line, slot, 1 + EDGE_RECORD_LENGTH);
    this.data[at] = seq;
  }

  /** Any other statement, kept as the object the careful path made. */
  object(statement: FzAstStatement, slot: number): void {
    const at = this.header(OBJECT, statement.line, slot, 1);
    this.data[at] = this.objects.length;
    this.objects.push(statement);
  }
}

/**
 * Receives the records of {@link StatementColumns} in file order (see {@link forEachRecord}).
 * `slot` is the lane block the statement is written in (an index into `columns.lanes`), -1 at the
 * top level.
 */
export interface StatementRecordVisitor {
  /** A lane header opened slot `slot`. */
  lane(slot: number): void;
  /** A clean node statement: its `scanNode` record is `data[at…]` (see `fastNode.ts`). */
  node(data: Int32Array, at: number, slot: number): void;
  /** A clean edge statement: its `scanEdge` record is `data[at…]` (see `fastEdge.ts`). */
  edge(data: Int32Array, at: number, slot: number): void;
  /** Any other statement (careful path, comment, loop, invalid line), as its object. */
  object(statement: FzAstStatement, slot: number): void;
}

/**
 * Walks the records of `columns` in file order without building the AST: for consumers that
 * read offsets straight from the records (the `fz graph` fast path, `cleanGraphJson.ts`).
 */
export function forEachRecord(columns: StatementColumns, visit: StatementRecordVisitor): void {
  const { data, length, objects } = columns;
  let i = 0;
  while (i < length) {
    const kind = data[i]!;
    const slot = data[i + 2]!;
    if (kind === LANE) {
      visit.lane(slot);
      i += 3;
    } else if (kind === NODE) {
      visit.node(data, i + 3, slot);
      i += 3 + nodeRecordLength(data, i + 3);
    } else if (kind === EDGE) {
      visit.edge(data, i + 4, slot);
      i += 4 + EDGE_RECORD_LENGTH;
    } else {
      visit.object(objects[data[i + 3]!]!, slot);
      i += 4;
    }
  }
}

/** Lane prefixes as strings, each distinct prefix one string (as `ParseContext.laneName`). */
class PrefixNames implements LaneNames {
  private readonly names: string[] = [];
  constructor(private readonly text: string) {}

  laneName(start: number, end: number): string {
    const { names, text } = this;
    for (const name of names) {
      if (name.length === end - start && text.startsWith(name, start)) return name;
    }
    const name = text.slice(start, end);
    if (names.length < 64) names.push(name);
    return name;
  }
}

/**
 * The AST of `columns`, built once from its records in file order; the lanes' bodies are filled
 * here (they are empty until then). Deterministic: the same records always give equal trees.
 */
export function materializeAst(text: string, lines: FzLineIndex, columns: StatementColumns): FzAst {
  const items: FzAstItem[] = [];
  const { data, length, lanes, objects } = columns;
  const factory = new StatementFactory(true);
  const names = new PrefixNames(text);
  const made: FzAstAttribute[] = [];
  let i = 0;
  while (i < length) {
    const kind = data[i]!;
    const slot = data[i + 2]!;
    factory.line = data[i + 1]!;
    let statement: FzAstStatement;
    if (kind === LANE) {
      items.push(lanes[slot]!);
      i += 3;
      continue;
    } else if (kind === NODE) {
      statement = nodeFrom(factory, text, data, i + 3, made);
      i += 3 + nodeRecordLength(data, i + 3);
    } else if (kind === EDGE) {
      factory.edgeSeq = data[i + 3]!;
      statement = edgeFrom(factory, names, text, data, i + 4);
      i += 4 + EDGE_RECORD_LENGTH;
    } else {
      statement = objects[data[i + 3]!]!;
      i += 4;
    }
    if (slot >= 0) lanes[slot]!.body.push(statement);
    else items.push(statement);
  }
  return { kind: 'file', items, lines };
}
