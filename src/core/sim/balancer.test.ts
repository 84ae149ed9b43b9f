import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAGLEV_TABLE_SIZE,
  NO_HOST,
  buildMaglevTable,
  createPicker,
  fnv1a,
  hashKey,
  type SimPickContext,
  type SimPolicy,
} from './balancer';
import { createRng } from './prng';

const context = (
  instances: number,
  loads: number[] = [],
  client = 'c',
  hosts?: readonly number[],
): SimPickContext => ({
  instances,
  load: (i) => loads[i] ?? 0,
  client,
  ...(hosts ? { hosts } : {}),
});

const POLICIES: SimPolicy[] = [
  'round-robin',
  'random',
  'least-request',
  'consistent-hash',
  'maglev',
];
const clients = Array.from({ length: 30_000 }, (_, i) => `user-${i}`);

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

  it('random spreads evenly: chi-square with df = 2 below the 0.1 % critical value 13.82', () => {
    const picker = createPicker('random', createRng(5));
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[picker.pick(context(3))]!++;
    const chi2 = counts.reduce((sum, c) => sum + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(13.82);
  });

  it('consistent hashing by client: from 3 to 2 instances only the removed one’s clients move', () => {
    const picker = createPicker('consistent-hash', createRng(1));
    const before = clients.map((c) => picker.pick(context(3, [], c)));
    const after = clients.map((c) => picker.pick(context(2, [], c)));
    let moved = 0;
    let movedFromSurvivors = 0;
    for (let i = 0; i < clients.length; i++) {
      if (before[i] !== after[i]) moved++;
      if (before[i] !== 2 && before[i] !== after[i]) movedFromSurvivors++;
    }
    expect(movedFromSurvivors).toBe(0); // survivors keep their clients
    expect(moved).toBe(before.filter((b) => b === 2).length);
    expect(moved / clients.length).toBeGreaterThan(0.25);
    expect(moved / clients.length).toBeLessThan(0.42);
  });

  it('hashes strings stably (FNV-1a test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('picking among eligible instances only', () => {
  it('round robin walks the eligible list with one counter that survives changes', () => {
    const picker = createPicker('round-robin', createRng(1));
    const all = [0, 1, 2];
    const two = [0, 2];
    const picks = [
      ...Array.from({ length: 3 }, () => picker.pick(context(3, [], 'c', all))),
      ...Array.from({ length: 4 }, () => picker.pick(context(3, [], 'c', two))),
      ...Array.from({ length: 3 }, () => picker.pick(context(3, [], 'c', all))),
    ];
    // Counter 0..2 over all, 3..6 over [0, 2] (3%2=1 → 2, 4%2=0 → 0…), 7..9 over all again.
    expect(picks).toEqual([0, 1, 2, 2, 0, 2, 0, 1, 2, 0]);
  });

  it.each(POLICIES)('%s answers NO_HOST when nothing is eligible', (policy) => {
    const picker = createPicker(policy, createRng(3), { maglevTableSize: 101 });
    expect(picker.pick(context(3, [], 'alice', []))).toBe(NO_HOST);
    expect(picker.pick(context(0, [], 'alice'))).toBe(NO_HOST);
  });

  it.each(POLICIES)('%s never picks outside the eligible set', (policy) => {
    const picker = createPicker(policy, createRng(9), { maglevTableSize: 1009 });
    const hosts = [1, 4, 5];
    for (let k = 0; k < 2000; k++) {
      expect(hosts).toContain(picker.pick(context(8, [3, 0, 1, 0, 2, 5, 0, 0], `u${k}`, hosts)));
    }
  });

  it('P2C draws from the eligible set: with [0, 2] eligible and 0 loaded, 0 wins 1/4 of picks', () => {
    const picker = createPicker('least-request', createRng(7));
    const ctx = context(3, [10, 0, 0], 'c', [0, 2]);
    let zero = 0;
    for (let i = 0; i < 40_000; i++) if (picker.pick(ctx) === 0) zero++;
    // Binomial(40 000, 1/4): σ ≈ 86.6.
    expect(Math.abs(zero - 10_000)).toBeLessThan(3 * 87);
  });

  it('ring hash: an instance that leaves the eligible set loses only its own clients, and gets them back', () => {
    const picker = createPicker('consistent-hash', createRng(1));
    const all = [0, 1, 2, 3, 4];
    const without3 = [0, 1, 2, 4];
    const before = clients.map((c) => picker.pick(context(5, [], c, all)));
    const during = clients.map((c) => picker.pick(context(5, [], c, without3)));
    const after = clients.map((c) => picker.pick(context(5, [], c, all)));
    let moved = 0;
    let movedFromSurvivors = 0;
    for (let k = 0; k < clients.length; k++) {
      if (before[k] === 3) moved++;
      else if (during[k] !== before[k]) movedFromSurvivors++;
    }
    expect(during).not.toContain(3);
    expect(movedFromSurvivors).toBe(0);
    expect(moved).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});

describe('Maglev (Envoy MAGLEV, table size 65537 by default)', () => {
  it('gives every host ⌊M/N⌋ or ⌈M/N⌉ slots of the default 65537', () => {
    const table = buildMaglevTable([0, 1, 2, 3, 4], MAGLEV_TABLE_SIZE);
    expect(table.length).toBe(65537);
    const counts = [0, 0, 0, 0, 0];
    for (const owner of table) counts[owner]!++;
    // 65537 = 5 · 13107 + 2: two hosts own 13108 slots, three own 13107.
    expect([...counts].sort()).toEqual([13107, 13107, 13107, 13108, 13108]);
  });

  it('removing one of 5 moves close to 1/5 of 30 000 clients, almost all of them the leaver’s', () => {
    const picker = createPicker('maglev', createRng(1));
    const before = clients.map((c) => picker.pick(context(5, [], c, [0, 1, 2, 3, 4])));
    const after = clients.map((c) => picker.pick(context(5, [], c, [0, 1, 2, 4])));
    let moved = 0;
    let movedFromSurvivors = 0;
    for (let k = 0; k < clients.length; k++) {
      if (before[k] === after[k]) continue;
      moved++;
      if (before[k] !== 3) movedFromSurvivors++;
    }
    expect(after).not.toContain(3);
    expect(Math.abs(moved / clients.length - 1 / 5)).toBeLessThan(0.01);
    expect(movedFromSurvivors / clients.length).toBeLessThan(0.005);
  });

  it('builds the same table for the same hosts (deterministic, no rng)', () => {
    expect(buildMaglevTable([0, 2, 3], 1009)).toEqual(buildMaglevTable([0, 2, 3], 1009));
    expect(buildMaglevTable([], 1009).length).toBe(0);
  });

  it('fills a composite table size too (every slot owned)', () => {
    const table = buildMaglevTable([0, 1, 2], 1000);
    expect(table.every((owner) => owner >= 0 && owner <= 2)).toBe(true);
  });

  it('looks clients up by hash modulo the table size', () => {
    const picker = createPicker('maglev', createRng(1), { maglevTableSize: 1009 });
    const table = buildMaglevTable([0, 1, 2], 1009);
    for (const c of ['alice', 'bob', 'carol']) {
      expect(picker.pick(context(3, [], c))).toBe(table[hashKey(c) % 1009]);
    }
  });
});

describe('properties', () => {
  it('ring hash: removing any set of instances moves only the clients that were on them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 80 }),
        (n, removedRaw, keys) => {
          const removed = new Set(removedRaw.map((r) => r % n));
          if (removed.size === n) removed.delete(0);
          const kept = Array.from({ length: n }, (_, i) => i).filter((i) => !removed.has(i));
          const picker = createPicker('consistent-hash', createRng(1));
          const before = keys.map((k) => picker.pick(context(n, [], k)));
          const after = keys.map((k) => picker.pick(context(n, [], k, kept)));
          keys.forEach((_, j) => {
            if (removed.has(before[j]!)) expect(kept).toContain(after[j]);
            else expect(after[j]).toBe(before[j]);
          });
        },
      ),
      { seed: 11, numRuns: 60 },
    );
  });

  it('Maglev: removing one of N reassigns its slots and under 1 % of the others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), (n, r) => {
        const all = Array.from({ length: n }, (_, i) => i);
        const leaver = r % n;
        const a = buildMaglevTable(all, MAGLEV_TABLE_SIZE);
        const b = buildMaglevTable(
          all.filter((h) => h !== leaver),
          MAGLEV_TABLE_SIZE,
        );
        let others = 0;
        let leaverKept = 0;
        for (let s = 0; s < a.length; s++) {
          if (b[s] === leaver) leaverKept++;
          else if (a[s] !== leaver && a[s] !== b[s]) others++;
        }
        expect(leaverKept).toBe(0);
        expect(others / a.length).toBeLessThan(0.01);
      }),
      { seed: 12, numRuns: 12 },
    );
  });
});
