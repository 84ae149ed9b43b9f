/**
 * A growable UTF-8 byte buffer with the few JSON helpers the graph writers need (`graphJsonText.ts`,
 * `cleanGraphJson.ts`): writing bytes directly avoids an 18 MB string of a million pieces for a
 * 50,000-node diagram, whose garbage collection cost more than the analysis itself.
 */

const encoder = new TextEncoder();

/** A growable byte buffer; {@link JsonBytes.bytes} is what was written. */
export class JsonBytes {
  buf: Uint8Array;
  len: number;
  /** Where the output starts in `buf` (a subclass may keep other bytes before it). */
  protected readonly base: number;

  /** An empty buffer with room for `capacity` bytes (it grows as needed). */
  constructor(capacity: number, prefix?: Uint8Array) {
    const base = prefix ? prefix.length : 0;
    this.buf = new Uint8Array(base + Math.max(64, capacity));
    if (prefix) this.buf.set(prefix);
    this.base = base;
    this.len = base;
  }

  /** Makes room for `n` more bytes. */
  protected room(n: number): void {
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

  /** Appends bytes as they are (a pre-encoded constant piece). */
  piece(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
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

  /** Appends any text as UTF-8. */
  utf8(text: string): void {
    this.room(text.length * 3);
    this.len += encoder.encodeInto(text, this.buf.subarray(this.len)).written;
  }

  /** `key` (raw) then `value` as a JSON string: one field of a list item. */
  field(key: string, value: string): void {
    this.raw(key);
    this.str(value);
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Uint8Array {
    return this.buf.subarray(this.base, this.len);
  }
}

/** The UTF-8 bytes of an ASCII constant, for {@link JsonBytes.piece}. */
export function asciiBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
