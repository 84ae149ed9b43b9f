import { describe, expect, it } from 'vitest';
import { pinAt, prunePins } from './pinnedPositions';

describe('pinAt', () => {
  it('measures the pin from the top of the lane band', () => {
    expect(pinAt({ x: 400, y: 530 }, 'Gateway', { y: 480, height: 200 })).toEqual({
      lane: 'Gateway',
      x: 400,
      y: 50,
    });
  });

  it('pins nothing without a band or with numbers that are not finite', () => {
    expect(pinAt({ x: 1, y: 2 }, 'Gateway', undefined)).toBeNull();
    expect(pinAt({ x: Number.NaN, y: 2 }, 'Gateway', { y: 0, height: 120 })).toBeNull();
    expect(pinAt({ x: 1, y: Infinity }, 'Gateway', { y: 0, height: 120 })).toBeNull();
  });
});

describe('prunePins', () => {
  const pinned = {
    n1: { lane: 'A', x: 200, y: 40 },
    n2: { lane: 'A', x: 400, y: 40 },
    n3: { lane: 'B', x: 200, y: 40 },
  };

  it('drops pins of nodes that are gone and of nodes that changed lane', () => {
    const live = new Set(['n1', 'n3']);
    expect(prunePins(pinned, live)).toEqual({ n1: pinned.n1, n3: pinned.n3 });
    expect(prunePins(pinned, new Set(['n1', 'n2', 'n3']), { n1: 'A', n2: 'A', n3: 'A' })).toEqual({
      n1: pinned.n1,
      n2: pinned.n2,
    });
  });

  it('returns the same object when every pin stays', () => {
    expect(prunePins(pinned, new Set(['n1', 'n2', 'n3']), { n1: 'A', n2: 'A', n3: 'B' })).toBe(
      pinned,
    );
  });
});
