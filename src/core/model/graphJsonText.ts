/**
 * The `fz graph` document written straight from the diagram as UTF-8 bytes: exactly what
 * `JSON.stringify(toGraphJson(diagram), null, 2)` encodes to, without the intermediate graph
 * objects, without `JSON.stringify`'s slow indenting path and without an 18 MB string made of a
 * million pieces (for a 50,000-node diagram, building that string cost more garbage collection
 * than the whole analysis).
 */
import type { FzDiagram } from './types';

const encoder = new TextEncoder();

/** A growable byte buffer with JSON helpers. */
class JsonBytes {
  buf: Uint8Array;
  len = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  /** Appends ASCII text as is (punctuation, indentation, keys). */
  raw(text: string): void {
    this.room(text.length);
    const buf = this.buf;
    let len = this.len;
    for (let i = 0; i < text.length; i++) buf[len++] = text.charCodeAt(i);
    this.len = len;
  }

  /** Appends `value` as a JSON string literal, escaped exactly as `JSON.stringify` does. */
  str(value: string): void {
    this.room(value.length + 2);
    const buf = this.buf;
    const start = this.len;
    let len = start;
    buf[len++] = 34;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x20 || c === 34 || c === 92 || c > 0x7e) {
        // Rare: escapes and non-ASCII (lone surrogates included) are left to the engine.
        this.len = start;
        this.utf8(JSON.stringify(value));
        return;
      }
      buf[len++] = c;
    }
    buf[len++] = 34;
    this.len = len;
  }

  private utf8(text: string): void {
    this.room(text.length * 3);
    this.len += encoder.encodeInto(text, this.buf.subarray(this.len)).written;
  }

  /** `,\n      "key": "value"` (a field after the first, inside a list item). */
  field(key: string, value: string): void {
    this.raw(key);
    this.str(value);
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

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

/** Writes one top-level list: `"name": [` items `]`, as the indenting `JSON.stringify` would. */
function list(out: JsonBytes, name: string, count: number, item: (i: number) => void): void {
  out.raw(`  "${name}": `);
  if (count === 0) {
    out.raw('[]');
    return;
  }
  out.raw('[\n');
  for (let i = 0; i < count; i++) {
    if (i > 0) out.raw(NEXT_ITEM);
    out.raw(OPEN);
    item(i);
    out.raw(CLOSE);
  }
  out.raw('\n  ]');
}

/**
 * The graph JSON of `diagram` (see `toGraphJson` for the shape and key order), 2-space indented,
 * without a trailing newline, as UTF-8. Pure.
 */
export function graphJsonBytes(diagram: FzDiagram): Uint8Array {
  const { lanes, nodes, edges, loops } = diagram;
  // About what a generated diagram needs per item: few or no regrowth copies of a big buffer.
  const out = new JsonBytes(4096 + nodes.length * 160 + edges.length * 200);
  out.raw('{\n');
  list(out, 'lanes', lanes.length, (i) => {
    const l = lanes[i]!;
    out.field('"id": ', l.id);
    out.field(K_LABEL, l.label);
  });
  out.raw(',\n');
  list(out, 'nodes', nodes.length, (i) => {
    const n = nodes[i]!;
    out.field('"id": ', n.id);
    out.field(K_LANE, n.lane);
    out.field(K_SHAPE, n.shape);
    out.field(K_LABEL, n.label);
    if (n.owner !== undefined) out.field(K_OWNER, n.owner);
    if (n.description !== undefined) out.field(K_DESCRIPTION, n.description);
    if (n.system !== undefined) out.field(K_SYSTEM, n.system);
  });
  out.raw(',\n');
  list(out, 'edges', edges.length, (i) => {
    const e = edges[i]!;
    out.field('"from": ', e.from);
    out.field(K_TO, e.to);
    out.field(K_FROMLANE, e.fromLane);
    out.field(K_TOLANE, e.toLane);
    out.field(K_FROMHANDLE, e.fromHandle);
    out.field(K_TOHANDLE, e.toHandle);
    if (e.label !== undefined) out.field(K_LABEL, e.label);
  });
  out.raw(',\n');
  list(out, 'loops', loops.length, (i) => {
    const l = loops[i]!;
    out.field('"condition": ', l.condition);
    out.raw(K_NODES);
    if (l.nodes.length === 0) out.raw('[]');
    else {
      out.raw('[\n');
      l.nodes.forEach((id, k) => {
        out.raw(k > 0 ? ',\n        ' : '        ');
        out.str(id);
      });
      out.raw('\n      ]');
    }
  });
  out.raw('\n}');
  return out.bytes();
}

/** {@link graphJsonBytes} as a string: what `JSON.stringify(toGraphJson(diagram), null, 2)` gives. */
export function graphJsonText(diagram: FzDiagram): string {
  return new TextDecoder().decode(graphJsonBytes(diagram));
}
