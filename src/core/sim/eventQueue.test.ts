import { describe, expect, it } from 'vitest';
import { SimEventQueue } from './eventQueue';
import { createRng } from './prng';

function drain<T>(q: SimEventQueue<T>): T[] {
  const out: T[] = [];
  for (let item = q.pop(); item !== undefined; item = q.pop()) out.push(item);
  return out;
}

describe('SimEventQueue', () => {
  it('pops events in time order and reports the next time', () => {
    const q = new SimEventQueue<string>();
    expect(q.peekTime()).toBe(Infinity);
    q.push(30, 'c');
    q.push(10, 'a');
    q.push(20, 'b');
    expect(q.peekTime()).toBe(10);
    expect(drain(q)).toEqual(['a', 'b', 'c']);
    expect(q.pop()).toBeUndefined();
  });

  it('breaks ties by insertion order', () => {
    const q = new SimEventQueue<number>();
    for (let i = 0; i < 50; i++) q.push(i % 3 === 0 ? 5 : 1, i);
    const ids = Array.from({ length: 50 }, (_, i) => i);
    expect(drain(q)).toEqual([
      ...ids.filter((i) => i % 3 !== 0),
      ...ids.filter((i) => i % 3 === 0),
    ]);
  });

  it('matches a stable sort on random times, interleaving pushes and pops', () => {
    const rng = createRng(7);
    const q = new SimEventQueue<number>();
    const reference: { time: number; id: number }[] = [];
    const popped: number[] = [];
    const expected: number[] = [];
    for (let id = 0; id < 2000; id++) {
      const time = Math.floor(rng.next() * 20);
      q.push(time, id);
      reference.push({ time, id });
      if (id % 3 === 2) {
        reference.sort((a, b) => a.time - b.time || a.id - b.id);
        expected.push(reference.shift()!.id);
        popped.push(q.pop()!);
      }
    }
    reference.sort((a, b) => a.time - b.time || a.id - b.id);
    expect([...popped, ...drain(q)]).toEqual([...expected, ...reference.map((r) => r.id)]);
  });

  it('runs NaN times last', () => {
    const q = new SimEventQueue<string>();
    q.push(NaN, 'nan');
    q.push(1e12, 'late');
    expect(q.pop()).toBe('late');
    expect(q.peekTime()).toBe(Infinity);
    expect(q.size).toBe(1);
  });
});
