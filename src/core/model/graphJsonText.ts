/**
 * The `fz graph` document written straight from the diagram as UTF-8 bytes: exactly what
 * `JSON.stringify(toGraphJson(diagram), null, 2)` encodes to, without the intermediate graph
 * objects, without `JSON.stringify`'s slow indenting path and without an 18 MB string made of a
 * million pieces (for a 50,000-node diagram, building that string cost more garbage collection
 * than the whole analysis).
 */
import { asciiBytes, JsonBytes } from './jsonBytes';
import type { FzDiagram, FzEdge, FzLane, FzLoop, FzNode } from './types';

// Separators, pre-joined so that each field costs one `raw` call.
const OPEN = '    {\n      ';
const CLOSE = '\n    }';
const NEXT_ITEM = ',\n';
const F = ',\n      ';
/** `,\n      "key": ` for each key after an item's first. */
const K_DESCRIPTION = `${F}"description": `;
const K_FROMHANDLE = `${F}"fromHandle": `;
const K_FROMLANE = `${F}"fromLane": `;
const K_LABEL = `${F}"label": `;
const K_LANE = `${F}"lane": `;
const K_NODES = `${F}"nodes": `;
const K_OWNER = `${F}"owner": `;
const K_SHAPE = `${F}"shape": `;
const K_SYSTEM = `${F}"system": `;
const K_TO = `${F}"to": `;
const K_TOHANDLE = `${F}"toHandle": `;
const K_TOLANE = `${F}"toLane": `;
/** What starts the first item of a list, and each item after it. */
const FIRST_ITEM = asciiBytes(`[\n${OPEN}`);
const LATER_ITEM = asciiBytes(`${CLOSE}${NEXT_ITEM}${OPEN}`);

/**
 * Frames the document: `{`, the four lists `lanes`, `nodes`, `edges`, `loops` in that order, `}`,
 * indented as `JSON.stringify(…, null, 2)` does. Call {@link GraphJsonFrame.list}, then
 * {@link GraphJsonFrame.item} before each item's fields, for each list in order, then
 * {@link GraphJsonFrame.end}.
 */
export class GraphJsonFrame {
  private lists = 0;
  private items = 0;

  constructor(private readonly out: JsonBytes) {
    out.raw('{\n');
  }

  /** Closes the open list (if any) and opens the next one, `name`. */
  list(name: 'lanes' | 'nodes' | 'edges' | 'loops'): void {
    this.closeList();
    this.out.raw(this.lists > 0 ? `,\n  "${name}": ` : `  "${name}": `);
    this.lists++;
    this.items = 0;
  }

  /** Starts an item of the open list: what follows is its first field (`"key": value`). */
  item(): void {
    this.out.piece(this.items > 0 ? LATER_ITEM : FIRST_ITEM);
    this.items++;
  }

  private closeList(): void {
    if (this.lists === 0) return;
    this.out.raw(this.items === 0 ? '[]' : `${CLOSE}\n  ]`);
  }

  /** Closes the last list and the document. */
  end(): void {
    this.closeList();
    this.out.raw('\n}');
  }
}

/** The fields of one lane item. */
export function writeLane(out: JsonBytes, l: FzLane): void {
  out.field('"id": ', l.id);
  out.field(K_LABEL, l.label);
}

/** The fields of one node item (`subItems` and `range` are not part of the graph JSON). */
export function writeNode(out: JsonBytes, n: FzNode): void {
  out.field('"id": ', n.id);
  out.field(K_LANE, n.lane);
  out.field(K_SHAPE, n.shape);
  out.field(K_LABEL, n.label);
  if (n.owner !== undefined) out.field(K_OWNER, n.owner);
  if (n.description !== undefined) out.field(K_DESCRIPTION, n.description);
  if (n.system !== undefined) out.field(K_SYSTEM, n.system);
}

/** The fields of one edge item (`id` and `range` are not part of the graph JSON). */
export function writeEdge(
  out: JsonBytes,
  e: Pick<FzEdge, 'from' | 'to' | 'fromLane' | 'toLane' | 'fromHandle' | 'toHandle' | 'label'>,
): void {
  out.field('"from": ', e.from);
  out.field(K_TO, e.to);
  out.field(K_FROMLANE, e.fromLane);
  out.field(K_TOLANE, e.toLane);
  out.field(K_FROMHANDLE, e.fromHandle);
  out.field(K_TOHANDLE, e.toHandle);
  if (e.label !== undefined) out.field(K_LABEL, e.label);
}

/** The fields of one loop item. */
export function writeLoop(out: JsonBytes, l: Pick<FzLoop, 'condition' | 'nodes'>): void {
  out.field('"condition": ', l.condition);
  out.raw(K_NODES);
  if (l.nodes.length === 0) {
    out.raw('[]');
    return;
  }
  out.raw('[\n');
  l.nodes.forEach((id, k) => {
    out.raw(k > 0 ? ',\n        ' : '        ');
    out.str(id);
  });
  out.raw('\n      ]');
}

/**
 * The graph JSON of `diagram` (see `toGraphJson` for the shape and key order), 2-space indented,
 * without a trailing newline, as UTF-8. Pure.
 */
export function graphJsonBytes(diagram: FzDiagram): Uint8Array {
  const { lanes, nodes, edges, loops } = diagram;
  // About what a generated diagram needs per item: few or no regrowth copies of a big buffer.
  const out = new JsonBytes(4096 + nodes.length * 160 + edges.length * 200);
  const frame = new GraphJsonFrame(out);
  frame.list('lanes');
  for (const lane of lanes) {
    frame.item();
    writeLane(out, lane);
  }
  frame.list('nodes');
  for (const node of nodes) {
    frame.item();
    writeNode(out, node);
  }
  frame.list('edges');
  for (const edge of edges) {
    frame.item();
    writeEdge(out, edge);
  }
  frame.list('loops');
  for (const loop of loops) {
    frame.item();
    writeLoop(out, loop);
  }
  frame.end();
  return out.bytes();
}

/** {@link graphJsonBytes} as a string: what `JSON.stringify(toGraphJson(diagram), null, 2)` gives. */
export function graphJsonText(diagram: FzDiagram): string {
  return new TextDecoder().decode(graphJsonBytes(diagram));
}
