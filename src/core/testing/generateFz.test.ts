import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { generateFzDiagram, generateFzText } from './generateFz';

describe('generateFzText', () => {
  it.each([
    { nodes: 40, lanes: 4, seed: 1 },
    { nodes: 7, lanes: 7, seed: 2 },
    { nodes: 1, lanes: 1, seed: 3 },
    { nodes: 500, lanes: 12, seed: 4 },
  ])('writes a diagram with 0 errors and the requested counts: %o', (options) => {
    const { text, stats } = generateFzDiagram(options);
    const analysis = analyzeFz(text);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.stats).toMatchObject(stats);
    expect(stats.nodes).toBe(options.nodes);
    expect(stats.lanes).toBe(options.lanes);
  });

  it('leaves no orphan node and uses every shape, labelled and unlabelled edges', () => {
    const { diagram } = analyzeFz(generateFzText({ nodes: 300, lanes: 5 }));
    const linked = new Set(diagram.edges.flatMap((e) => [e.from, e.to]));
    expect(diagram.nodes.filter((n) => !linked.has(n.id))).toEqual([]);
    expect(new Set(diagram.nodes.map((n) => n.shape))).toEqual(
      new Set(['circle', 'rectangle', 'diamond', 'taskbox']),
    );
    expect(diagram.edges.some((e) => e.label === undefined)).toBe(true);
    expect(diagram.edges.some((e) => e.label !== undefined && e.fromLane !== e.toLane)).toBe(true);
    expect(diagram.edges.some((e) => e.label !== undefined && e.fromLane === e.toLane)).toBe(true);
  });

  it('is deterministic per seed and varies with it', () => {
    const a = generateFzText({ nodes: 200, lanes: 3, seed: 9 });
    expect(generateFzText({ nodes: 200, lanes: 3, seed: 9 })).toBe(a);
    expect(generateFzText({ nodes: 200, lanes: 3, seed: 10 })).not.toBe(a);
  });

  it('clamps impossible counts instead of throwing', () => {
    expect(generateFzDiagram({ nodes: 2, lanes: 5 }).stats).toMatchObject({ lanes: 2, nodes: 2 });
    expect(generateFzDiagram({ nodes: 0, lanes: 0 }).stats).toMatchObject({ lanes: 1, nodes: 1 });
  });

  it('writes about 6.6 MB for 50,000 nodes (the benchmark input)', () => {
    const text = generateFzText({ nodes: 50_000, lanes: 8 });
    expect(text.length).toBeGreaterThan(6_300_000);
    expect(text.length).toBeLessThan(6_900_000);
  });
});
