/**
 * The fast path of `fz graph`: the graph JSON of a text that has no errors, written straight from
 * the parser's flat records (`columns.ts`) without building the diagram model. Nearly every line
 * of a real file takes the parser's fast path, whose record holds the offsets of each id, handle
 * and quoted value; those values are clean printable ASCII (no escape, no quote), so each one's
 * JSON string is its source text between quotes and can be copied as bytes. What the model
 * builder would make of the records (50,000 node objects, 60,000 edge objects, their ranges) and
 * then read back for the JSON is skipped, which took `fz graph` on a 6.6 MB file from about 470 ms
 * to about 300 ms (see `npm run bench`).
 *
 * It is only a fast path: it proves the text clean with a few structural checks (no syntax error,
 * unique lanes and nodes, every reference declared, every lane prefix right) and returns null at
 * the first doubt, and the caller then runs the full `analyzeFz`, which reports the errors. When
 * it answers, the answer is byte for byte what `graphJsonBytes(analyzeFz(text).diagram)` gives
 * (`cleanGraphJson.test.ts` checks that on the corpus, generated files and random texts).
 */
import type { FzAstEdge, FzAstLoop, FzAstNode, FzAstStatement } from '../fz/ast';
import { forEachRecord, type StatementRecordVisitor } from '../fz/columns';
import type { DiagnosticSink } from '../fz/diagnosticSink';
import { FZ_HANDLES } from '../fz/parseEdge';
import { FZ_SHAPES } from '../fz/parseNode';
import { parseToColumns } from '../fz/parser';
import { GraphJsonFrame, writeEdge, writeLane, writeLoop, writeNode } from './graphJsonText';
import { IntList } from './intList';
import { asciiBytes, JsonBytes } from './jsonBytes';
import { isShape, toNode } from './modelNode';
import { nodeNumber } from './nodeTable';
import type { FzHandle, FzShape } from './types';

/** Node numbers above this send the text to the full analysis (the table is a flat array). */
const MAX_NODE_NUMBER = 1 << 20;

/** Key indexes of a node record's attributes (`FZ_NODE_KEYS` order). */
const LABEL = 0;
const OWNER = 1;
const DESCRIPTION = 2;
const SYSTEM = 3;

const QUOTE = asciiBytes('"');
const ID_OPEN = asciiBytes('"id": "');
const FROM_OPEN = asciiBytes('"from": "');
const TO_OPEN = asciiBytes('",\n      "to": "');
const LABEL_OPEN = asciiBytes(',\n      "label": "');
const OPTIONAL_OPEN = [
  LABEL_OPEN,
  asciiBytes(',\n      "owner": "'),
  asciiBytes(',\n      "description": "'),
  asciiBytes(',\n      "system": "'),
];

/** The output buffer, able to copy ranges of the source text (see {@link SourceJsonBytes.copy}). */
class SourceJsonBytes extends JsonBytes {
  /**
   * With `utf8` (the source's bytes, one per character: an ASCII text), the source sits at the
   * start of the buffer and a copy is one `copyWithin`; else characters are copied one by one.
   */
  constructor(
    capacity: number,
    private readonly text: string,
    private readonly ascii: Uint8Array | undefined,
  ) {
    super(capacity, ascii);
  }

  /** Appends `text[start, end)`, which must be printable ASCII (a clean fast-path value). */
  copy(start: number, end: number): void {
    this.room(end - start);
    if (this.ascii) {
      this.buf.copyWithin(this.len, start, end);
      this.len += end - start;
      return;
    }
    const { buf, text } = this;
    let len = this.len;
    for (let p = start; p < end; p++) buf[len++] = text.charCodeAt(p);
    this.len = len;
  }
}

/** How the collector's lists refer to `objects[index]` (record offsets are never negative). */
function objectRef(index: number): number {
  return -1 - index;
}

/**
 * Collects the nodes, edges and loops of the records in file order, with each node's lane, and
 * turns `clean` false at the first thing the model would report as an error (or that this fast
 * path does not handle).
 */
class CleanGraphCollector implements StatementRecordVisitor {
  clean = true;
  /** Per node in file order: its record offset, or `objectRef(i)` for `objects[i]`. */
  readonly nodes = new IntList(1024);
  readonly nodeSlots = new IntList(1024);
  /** Per node number: 1 + its position in `nodes` (0: not declared). */
  readonly byNumber = new IntList(1024);
  /** Per edge in file order: its record offset, or `objectRef(i)`; and its lane block. */
  readonly edges = new IntList(1024);
  readonly objects: (FzAstNode | FzAstEdge)[] = [];
  readonly loops: FzAstLoop[] = [];

  /** Declares node number `num` (-1: not a valid id); a repeat (FZ006) or a bad id is not clean. */
  private declare(num: number, ref: number, slot: number): void {
    if (num < 0 || num >= MAX_NODE_NUMBER || slot < 0 || this.byNumber.get(num) !== 0) {
      this.clean = false;
      return;
    }
    this.nodes.push(ref);
    this.nodeSlots.push(slot);
    this.byNumber.set(num, this.nodes.length);
  }

  lane(): void {
    // Lanes are read from `columns.lanes` by slot; the header record itself adds nothing.
  }

  node(data: Int32Array, at: number, slot: number): void {
    this.declare(data[at + 2]!, at, slot);
  }

  edge(_data: Int32Array, at: number): void {
    this.edges.push(at);
  }

  object(statement: FzAstStatement, slot: number): void {
    if (statement.kind === 'node') {
      if (!isShape(statement.shape)) this.clean = false;
      this.declare(nodeNumber(statement.id), objectRef(this.objects.length), slot);
      this.objects.push(statement);
    } else if (statement.kind === 'edge') {
      if (statement.broken) this.clean = false;
      this.edges.push(objectRef(this.objects.length));
      this.objects.push(statement);
    } else if (statement.kind === 'loop') {
      if (statement.broken) this.clean = false;
      this.loops.push(statement);
    }
    // Comments need nothing; an invalid line has already been reported as an error.
  }

  /** The lane block of the node numbered `num`; -1 when no such node is declared. */
  slotOfNumber(num: number): number {
    const index = num >= 0 && num < MAX_NODE_NUMBER ? this.byNumber.get(num) : 0;
    return index === 0 ? -1 : this.nodeSlots.get(index - 1);
  }
}

function hasErrors(sink: DiagnosticSink): boolean {
  for (const d of sink.list) if (d.severity === 'error') return true;
  return false;
}

/**
 * Resolves one edge end given as node number `num` and written prefix (`null`: none) against the
 * declared nodes; returns its lane block, or -1 when the model would report an error (undeclared
 * node FZ012, unknown or wrong prefix FZ013/FZ015).
 */
function endSlot(
  nodes: CleanGraphCollector,
  laneIds: readonly string[],
  num: number,
  prefix: string | null,
): number {
  const slot = nodes.slotOfNumber(num);
  if (slot < 0 || (prefix !== null && laneIds[slot] !== prefix)) return -1;
  return slot;
}

/**
 * The graph JSON (`graphJsonBytes`'s bytes) of `text` when it has no errors, else null: the caller
 * then runs `analyzeFz` for the diagram and the errors. `utf8`, the text's UTF-8 bytes (without a
 * BOM) when the caller has them, lets an ASCII text's values be copied as bytes. Pure; never throws.
 */
export function cleanGraphJson(text: string, utf8?: Uint8Array): Uint8Array | null {
  const { sink, lines, columns } = parseToColumns(text);
  if (hasErrors(sink)) return null;
  const laneAsts = columns.lanes;
  const laneIds = laneAsts.map((lane) => lane.id);
  if (new Set(laneIds).size !== laneIds.length) return null; // FZ021
  const nodes = new CleanGraphCollector();
  forEachRecord(columns, nodes);
  if (!nodes.clean) return null;
  const data = columns.data;

  // Resolve every edge before writing anything: one error means no graph at all.
  const edgeRefs = nodes.edges;
  const slots = new IntList(edgeRefs.length * 2);
  for (let i = 0; i < edgeRefs.length; i++) {
    const ref = edgeRefs.get(i);
    let fromSlot: number;
    let toSlot: number;
    let toPrefixed: boolean;
    if (ref >= 0) {
      fromSlot = endSlot(nodes, laneIds, data[ref + 6]!, prefixAt(text, data, ref + 2));
      const toPrefix = prefixAt(text, data, ref + 10);
      toSlot = endSlot(nodes, laneIds, data[ref + 14]!, toPrefix);
      toPrefixed = toPrefix !== null;
    } else {
      const edge = nodes.objects[-1 - ref] as FzAstEdge;
      fromSlot = endSlot(nodes, laneIds, nodeNumber(edge.from.node), edge.from.lane);
      toSlot = endSlot(nodes, laneIds, nodeNumber(edge.to.node), edge.to.lane);
      toPrefixed = edge.to.lane !== null;
    }
    // FZ014: a target in another lane must carry its lane prefix.
    if (fromSlot < 0 || toSlot < 0 || (!toPrefixed && fromSlot !== toSlot)) return null;
    slots.push(fromSlot);
    slots.push(toSlot);
  }
  for (const loop of nodes.loops) {
    for (const ref of loop.nodes) if (nodes.slotOfNumber(nodeNumber(ref.id)) < 0) return null;
  }

  const ascii = utf8 !== undefined && utf8.length === text.length ? utf8 : undefined;
  // As graphJsonBytes estimates: few or no regrowth copies, and no more than about what is needed.
  const capacity = 4096 + nodes.nodes.length * 160 + edgeRefs.length * 200;
  const out = new SourceJsonBytes(capacity, text, ascii);
  const frame = new GraphJsonFrame(out);
  frame.list('lanes');
  for (const lane of laneAsts) {
    frame.item();
    writeLane(out, { id: lane.id, label: lane.label ?? lane.id, range: NO_RANGE });
  }
  const pieces = new Pieces(laneIds);
  frame.list('nodes');
  for (let i = 0; i < nodes.nodes.length; i++) {
    frame.item();
    const ref = nodes.nodes.get(i);
    const slot = nodes.nodeSlots.get(i);
    if (ref >= 0) writeNodeRecord(out, pieces, text, data, ref, slot);
    else {
      const node = nodes.objects[-1 - ref] as FzAstNode;
      writeNode(out, toNode(lines, node, laneIds[slot]!, node.shape as FzShape));
    }
  }
  frame.list('edges');
  for (let i = 0; i < edgeRefs.length; i++) {
    frame.item();
    const ref = edgeRefs.get(i);
    const fromSlot = slots.get(2 * i);
    const toSlot = slots.get(2 * i + 1);
    if (ref >= 0) writeEdgeRecord(out, pieces, data, ref, fromSlot, toSlot);
    else {
      const edge = nodes.objects[-1 - ref] as FzAstEdge;
      writeEdge(out, {
        from: edge.from.node,
        to: edge.to.node,
        fromLane: laneIds[fromSlot]!,
        toLane: laneIds[toSlot]!,
        fromHandle: edge.from.handle as FzHandle,
        toHandle: edge.to.handle as FzHandle,
        label: edge.label?.key === 'label' ? edge.label.value : undefined,
      });
    }
  }
  frame.list('loops');
  for (const loop of nodes.loops) {
    frame.item();
    writeLoop(out, { condition: loop.condition, nodes: loop.nodes.map((ref) => ref.id) });
  }
  frame.end();
  return out.bytes();
}

const NO_RANGE = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };

/** The lane prefix of an edge-end record at `data[at…]` as a string, or null when none is written. */
function prefixAt(text: string, data: Int32Array, at: number): string | null {
  const start = data[at]!;
  return start < 0 ? null : text.slice(start, data[at + 1]!);
}

/**
 * The constant stretches between copied values, encoded once per lane and shape (nodes) or per
 * lane pair and handle pair (edges): `","lane": "Api","shape": "circle","label": "` and so on.
 */
class Pieces {
  private readonly nodePieces: (Uint8Array | undefined)[] = [];
  private readonly edgePieces = new Map<number, Uint8Array>();

  constructor(private readonly laneIds: readonly string[]) {}

  /** From the end of a node's id to the opening quote of its label. */
  node(slot: number, shape: number): Uint8Array {
    const key = slot * 4 + shape;
    let piece = this.nodePieces[key];
    if (!piece) {
      const lane = JSON.stringify(this.laneIds[slot]);
      const text = `",\n      "lane": ${lane},\n      "shape": "${FZ_SHAPES[shape]}",\n      "label": "`;
      piece = this.nodePieces[key] = asciiBytes(text);
    }
    return piece;
  }

  /** From the end of an edge's target id to the end of its `toHandle` field. */
  edge(fromSlot: number, toSlot: number, fromHandle: number, toHandle: number): Uint8Array {
    const key = ((fromSlot * this.laneIds.length + toSlot) * 4 + fromHandle) * 4 + toHandle;
    let piece = this.edgePieces.get(key);
    if (!piece) {
      const [from, to] = [this.laneIds[fromSlot], this.laneIds[toSlot]].map((id) =>
        JSON.stringify(id),
      );
      const text =
        `",\n      "fromLane": ${from},\n      "toLane": ${to},\n      "fromHandle": ` +
        `"${FZ_HANDLES[fromHandle]}",\n      "toHandle": "${FZ_HANDLES[toHandle]}"`;
      piece = asciiBytes(text);
      this.edgePieces.set(key, piece);
    }
    return piece;
  }
}

/**
 * One node item from its `scanNode` record at `data[at…]` (`idStart, idEnd, number, shape,
 * shapeStart, end, attribute count`, then `key, keyStart, open quote, close quote` each), with
 * `toNode`'s rules: the label is `label`, else `description`, else the id; a taskbox label stops at
 * its first `|` (the rest are sub-items, not in the graph JSON).
 */
function writeNodeRecord(
  out: SourceJsonBytes,
  pieces: Pieces,
  text: string,
  data: Int32Array,
  at: number,
  slot: number,
): void {
  const shape = data[at + 3]!;
  out.piece(ID_OPEN);
  out.copy(data[at]!, data[at + 1]!);
  out.piece(pieces.node(slot, shape));
  // Attribute positions by key (the fast path accepts each key at most once).
  let label = -1;
  let owner = -1;
  let description = -1;
  let system = -1;
  const count = data[at + 6]!;
  for (let i = 0; i < count; i++) {
    const a = at + 7 + 4 * i;
    const key = data[a]!;
    if (key === LABEL) label = a;
    else if (key === OWNER) owner = a;
    else if (key === DESCRIPTION) description = a;
    else if (key === SYSTEM) system = a;
  }
  if (label >= 0) {
    const open = data[label + 2]! + 1;
    let close = data[label + 3]!;
    if (shape === 3) {
      const pipe = text.indexOf('|', open);
      if (pipe >= 0 && pipe < close) close = pipe;
    }
    out.copy(open, close);
  } else if (description >= 0) out.copy(data[description + 2]! + 1, data[description + 3]!);
  else out.copy(data[at]!, data[at + 1]!);
  out.piece(QUOTE);
  if (owner >= 0) optional(out, OWNER, data, owner);
  if (description >= 0) optional(out, DESCRIPTION, data, description);
  if (system >= 0) optional(out, SYSTEM, data, system);
}

/** `,"key": "value"` for the attribute whose record slots start at `data[a]`. */
function optional(out: SourceJsonBytes, key: number, data: Int32Array, a: number): void {
  out.piece(OPTIONAL_OPEN[key]!);
  out.copy(data[a + 2]! + 1, data[a + 3]!);
  out.piece(QUOTE);
}

/**
 * One edge item from its `scanEdge` record at `data[at…]` (`start, end`, then per end at +2 and
 * +10: `laneStart, laneEnd, nodeStart, nodeEnd, number, handle, handleStart, end`, then the label
 * at +18: `open, keyStart, quote, close, end`, open -1 when there is none).
 */
function writeEdgeRecord(
  out: SourceJsonBytes,
  pieces: Pieces,
  data: Int32Array,
  at: number,
  fromSlot: number,
  toSlot: number,
): void {
  out.piece(FROM_OPEN);
  out.copy(data[at + 4]!, data[at + 5]!);
  out.piece(TO_OPEN);
  out.copy(data[at + 12]!, data[at + 13]!);
  out.piece(pieces.edge(fromSlot, toSlot, data[at + 7]!, data[at + 15]!));
  if (data[at + 18]! >= 0) {
    out.piece(LABEL_OPEN);
    out.copy(data[at + 20]! + 1, data[at + 21]!);
    out.piece(QUOTE);
  }
}
