import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { DEFAULT_DOCUMENT } from './defaultDocument';

// The studio opens on this diagram: it must be compact enough to read in a ~900 px canvas
// (before the column compaction it was 3860 × 692 px, drawn at about 0.2 zoom).
describe('layout of the default document', () => {
  it('is compact: at most 2,400 px wide and under 3.5 times as wide as high', async () => {
    const layout = await layoutDiagram(analyzeFz(DEFAULT_DOCUMENT).diagram, new ELK());
    expect(layout.width).toBeLessThanOrEqual(2400);
    expect(layout.height).toBeLessThanOrEqual(720);
    expect(layout.width / layout.height).toBeLessThan(3.5);
  });

  it('puts the target of a vertical hop between lanes in its source column', async () => {
    const layout = await layoutDiagram(analyzeFz(DEFAULT_DOCUMENT).diagram, new ELK());
    const box = (id: string) => layout.nodes[id]!;
    // n2.handle(bottom) -> Gateway.n5.handle(top): n5 sits under n2, starting right of it.
    for (const [from, to] of [
      ['n2', 'n5'],
      ['n10', 'n13'],
    ] as const) {
      expect(box(to).x, `${from} → ${to}`).toBeGreaterThan(box(from).x);
      expect(box(to).x, `${from} → ${to}`).toBeLessThan(box(from).x + box(from).width);
    }
  });
});
