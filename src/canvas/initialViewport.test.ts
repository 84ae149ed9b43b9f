import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, readableViewport } from './initialViewport';

const PANE = { width: 900, height: 550 };

describe('readableViewport', () => {
  it('leaves a diagram that fits at a readable zoom to the plain fit', () => {
    expect(readableViewport({ width: 800, height: 400 }, PANE, 0.08, 1.2)).toBeNull();
  });

  it('opens a wide diagram at the readable zoom, from its left edge, lanes centred', () => {
    const view = readableViewport({ width: 2300, height: 600 }, PANE, 0.08, 1.2)!;
    expect(view.zoom).toBe(MIN_READABLE_ZOOM);
    expect(view.x).toBeCloseTo(900 * 0.08);
    expect(view.y).toBeCloseTo((550 - 600 * MIN_READABLE_ZOOM) / 2);
  });

  it('shows a huge diagram whole (an overview), and ignores empty sizes', () => {
    expect(readableViewport({ width: 40000, height: 6000 }, PANE, 0.08, 1.2)).toBeNull();
    expect(readableViewport({ width: 0, height: 0 }, PANE, 0.08, 1.2)).toBeNull();
    expect(
      readableViewport({ width: 2300, height: 690 }, { width: 0, height: 0 }, 0.08, 1.2),
    ).toBeNull();
  });
});
