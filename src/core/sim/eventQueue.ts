/**
 * The simulator's future-event list: a binary min-heap on virtual time. Events at the same time
 * leave in insertion order (a sequence number breaks ties), so every run replays identically.
 *
 * Stored as parallel arrays (times, sequence numbers, items) rather than one object per entry:
 * a push allocates nothing, which matters when millions of requests are in flight.
 */
export class SimEventQueue<T> {
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly items: T[] = [];
  private nextSeq = 0;

  /** Number of pending events. */
  get size(): number {
    return this.items.length;
  }

  /** Schedules `item` at `time` (ms). A NaN time is treated as +Infinity, so it runs last. */
  push(time: number, item: T): void {
    const t = Number.isNaN(time) ? Infinity : time;
    const seq = this.nextSeq++;
    const { times, seqs, items } = this;
    let i = items.length;
    times.push(t);
    seqs.push(seq);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < t || (pt === t && seqs[parent]! < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent]!;
      items[i] = items[parent]!;
      i = parent;
    }
    times[i] = t;
    seqs[i] = seq;
    items[i] = item;
  }

  /** Time of the earliest event, or +Infinity when the queue is empty. */
  peekTime(): number {
    return this.items.length > 0 ? this.times[0]! : Infinity;
  }

  /** Removes and returns the earliest event (ties: first pushed), or `undefined` when empty. */
  pop(): T | undefined {
    const { times, seqs, items } = this;
    const n = items.length - 1;
    if (n < 0) return undefined;
    const top = items[0]!;
    const lastTime = times.pop()!;
    const lastSeq = seqs.pop()!;
    const lastItem = items.pop()!;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        let child = left;
        if (right < n) {
          const rt = times[right]!;
          const lt = times[left]!;
          if (rt < lt || (rt === lt && seqs[right]! < seqs[left]!)) child = right;
        }
        const ct = times[child]!;
        if (lastTime < ct || (lastTime === ct && lastSeq < seqs[child]!)) break;
        times[i] = ct;
        seqs[i] = seqs[child]!;
        items[i] = items[child]!;
        i = child;
      }
      times[i] = lastTime;
      seqs[i] = lastSeq;
      items[i] = lastItem;
    }
    return top;
  }
}
