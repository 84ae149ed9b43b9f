import { describe, expect, it } from 'vitest';
import { createPicker, fnv1a, type SimPickContext } from './balancer';
import { createRng } from './prng';

const context = (instances: number, loads: number[] = [], client = 'c'): SimPickContext => ({
  instances,
  load: (i) => loads[i] ?? 0,
  client,
});

describe('instance pickers (GS-09)', () => {
  it('round robin over [A, B, C] from 0 gives A,B,C three times', () => {
    const picker = createPicker('round-robin', createRng(1));
    const picks = Array.from({ length: 9 }, () => 'ABC'[picker.pick(context(3))]);
    expect(picks.join(',')).toBe('A,B,C,A,B,C,A,B,C');
  });

  it('P2C picks the loaded instance only when both draws hit it: 1/9 of the time', () => {
    const picker = createPicker('least-request', createRng(42));
    const ctx = context(3, [10, 0, 0]);
    let a = 0;
    for (let i = 0; i < 90_000; i++) if (picker.pick(ctx) === 0) a++;
    expect(Math.abs(a - 10_000)).toBeLessThan(3 * 94);
  });

  it('random spreads evenly', () => {
    const picker = createPicker('random', createRng(5));
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[picker.pick(context(3))]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('consistent hashing by client: from 3 to 2 instances only the removed one’s clients move', () => {
    const picker = createPicker('consistent-hash', createRng(1));
    const clients = Array.from({ length: 30_000 }, (_, i) => `user-${i}`);
    const before = clients.map((c) => picker.pick(context(3, [], c)));
    const after = clients.map((c) => picker.pick(context(2, [], c)));
    let moved = 0;
    for (let i = 0; i < clients.length; i++) {
      if (before[i] !== 2) expect(after[i]).toBe(before[i]); // survivors keep their clients
      if (before[i] !== after[i]) moved++;
    }
    expect(moved / clients.length).toBeGreaterThan(0.25);
    expect(moved / clients.length).toBeLessThan(0.42);
  });

  it('hashes strings stably (FNV-1a test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});
