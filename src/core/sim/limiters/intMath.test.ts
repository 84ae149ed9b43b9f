import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilDiv, ceilSeconds, floorDiv, mulCeilDiv, mulFloorDiv, mulLess } from './intMath';

const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const positive = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const big = (n: number) => BigInt(n);

describe('exact integer helpers', () => {
  it('rounds whole seconds up where a float division would not', () => {
    // 2^53 − 1 ns is 9 007 199.254740991 s; the float quotient rounds to the right answer only by luck
    expect(ceilSeconds(9_007_199_000_000_001, 1e9)).toBe(9_007_200);
    expect(ceilSeconds(1_300_000_000, 1e9)).toBe(2);
    expect(ceilSeconds(1_000_000_000, 1e9)).toBe(1);
    expect(ceilSeconds(0, 1e9)).toBe(0);
  });

  it('floorDiv and ceilDiv match BigInt division on all safe integers', () => {
    fc.assert(
      fc.property(safe, positive, (a, b) => {
        expect(big(floorDiv(a, b))).toBe(big(a) / big(b));
        const q = big(a) / big(b);
        expect(big(ceilDiv(a, b))).toBe(q * big(b) === big(a) ? q : q + 1n);
      }),
    );
  });

  it('mulFloorDiv, mulCeilDiv and mulLess stay exact when the product passes 2^53', () => {
    const part = fc.integer({ min: 0, max: 2 ** 40 });
    fc.assert(
      // c ≥ 2^28 keeps the quotients safe integers; the limiters never need larger ones.
      fc.property(part, part, fc.integer({ min: 2 ** 28, max: 2 ** 40 }), part, (a, b, c, d) => {
        const p = big(a) * big(b);
        expect(big(mulFloorDiv(a, b, c))).toBe(p / big(c));
        expect(big(mulCeilDiv(a, b, c))).toBe(p % big(c) === 0n ? p / big(c) : p / big(c) + 1n);
        expect(mulLess(a, b, c, d)).toBe(p < big(c) * big(d));
      }),
    );
  });
});
