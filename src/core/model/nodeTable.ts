/**
 * A map from node id to a small integer, tuned for FlowZap ids: `n<number>` ids index a typed
 * array by their number (no string hashing on 100k references), anything else falls back to a Map.
 */
import { IntList } from './intList';

/** Numbers above this go to the Map, so a stray `n99999999` cannot make a huge array. */
const MAX_ARRAY_ID = 1 << 20;

/** The number of an `n<number>` id (no leading zero), or -1 for any other id. */
export function nodeNumber(id: string): number {
  const len = id.length;
  if (len < 2 || len > 8 || id.charCodeAt(0) !== 110) return -1;
  let num = 0;
  for (let i = 1; i < len; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 1)) return -1;
    num = num * 10 + d;
  }
  return num;
}

/** Node id → non-negative integer; `get` returns -1 when absent. */
export class NodeTable {
  /** Value + 1 by id number (0 = absent). */
  private readonly byNumber = new IntList(1024);
  private readonly byName = new Map<string, number>();

  get(id: string): number {
    const n = nodeNumber(id);
    if (n >= 0 && n < MAX_ARRAY_ID) return this.byNumber.get(n) - 1;
    return this.byName.get(id) ?? -1;
  }

  set(id: string, value: number): void {
    const n = nodeNumber(id);
    if (n >= 0 && n < MAX_ARRAY_ID) this.byNumber.set(n, value + 1);
    else this.byName.set(id, value);
  }
}
