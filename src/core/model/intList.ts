/**
 * A growable list of 32-bit integers (offsets, indices, table slots). Much cheaper than
 * `number[].push` for the hundreds of thousands of positions a big file produces: no boxing, no
 * pointer stores for the garbage collector to track.
 */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  private grow(min: number): void {
    let size = this.data.length * 2;
    while (size < min) size *= 2;
    const bigger = new Int32Array(size);
    bigger.set(this.data);
    this.data = bigger;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** The value at `index` (0 when out of range). */
  get(index: number): number {
    return index < this.length ? this.data[index]! : 0;
  }

  /** Sets `index`, growing the list (new slots hold `fill`). */
  set(index: number, value: number, fill = 0): void {
    if (index >= this.data.length) this.grow(index + 1);
    if (index >= this.length) {
      if (fill !== 0) this.data.fill(fill, this.length, index);
      this.length = index + 1;
    }
    this.data[index] = value;
  }

  /** A view of the values (shares memory with the list). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
