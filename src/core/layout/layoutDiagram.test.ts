import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { FzDiagram } from '../model/types';
import { layoutDiagram } from './layoutDiagram';
import { buildDiagram, checkoutDiagram } from './testDiagrams';
import type { FzLayout } from './types';

const elk = new ELK();

function expectBandsStackedInFileOrder(diagram: FzDiagram, layout: FzLayout) {
  let bottom = 0;
  for (const lane of diagram.lanes) {
    const band = layout.lanes[lane.id]!;
    expect(band.y).toBe(bottom);
    expect(band.height).toBeGreaterThan(0);
    bottom = band.y + band.height;
  }
  expect(layout.height).toBe(bottom);
}

function expectNodesInsideTheirBands(diagram: FzDiagram, layout: FzLayout) {
  for (const node of diagram.nodes) {
    const box = layout.nodes[node.id]!;
    const band = layout.lanes[node.lane]!;
    expect(box.y, node.id).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height, node.id).toBeLessThanOrEqual(band.y + band.height);
    expect(box.x + box.width, node.id).toBeLessThanOrEqual(layout.width);
  }
}

function overlaps(a: FzLayout['nodes'][string], b: FzLayout['nodes'][string]): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutDiagram', () => {
  it('gives the same picture for the same diagram (deep-equal layouts)', async () => {
    const first = await layoutDiagram(checkoutDiagram(), elk);
    const second = await layoutDiagram(checkoutDiagram(), new ELK());
    expect(second).toEqual(first);
  });

  it('stacks one band per lane in file order without overlap', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    expect(Object.keys(layout.lanes)).toEqual(['Shop', 'Edge', 'Backend']);
    expectBandsStackedInFileOrder(diagram, layout);
    expectNodesInsideTheirBands(diagram, layout);
  });

  it('keeps a lane order that differs from node order (bands follow lane declarations)', async () => {
    const diagram = checkoutDiagram();
    diagram.lanes.reverse();
    const layout = await layoutDiagram(diagram, elk);
    expectBandsStackedInFileOrder(diagram, layout);
    expect(layout.lanes['Backend']!.y).toBe(0);
    expectNodesInsideTheirBands(diagram, layout);
  });

  it('orders nodes left to right along the flow, across lanes too', async () => {
    const layout = await layoutDiagram(checkoutDiagram(), elk);
    const x = (id: string) => layout.nodes[id]!.x;
    for (const [a, b] of [
      ['n1', 'n4'],
      ['n4', 'n5'],
      ['n5', 'n7'],
      ['n7', 'n9'],
      ['n9', 'n10'],
      ['n10', 'n11'],
      ['n11', 'n12'],
      ['n12', 'n2'],
      ['n2', 'n3'],
    ] as const) {
      expect(x(a), `${a} before ${b}`).toBeLessThan(x(b));
    }
  });

  it('keeps a retry loop in flow order, with only the retry edge pointing back', async () => {
    const diagram = checkoutDiagram();
    diagram.edges.push({
      ...diagram.edges[8]!,
      id: 'e99',
      from: 'n11',
      to: 'n10',
      fromHandle: 'right',
      toHandle: 'left',
      label: 'retry',
    });
    const layout = await layoutDiagram(diagram, elk);
    const x = (id: string) => layout.nodes[id]!.x;
    expect(x('n9')).toBeLessThan(x('n10'));
    expect(x('n10')).toBeLessThan(x('n11'));
    expect(x('n11')).toBeLessThan(x('n12'));
  });

  it('puts no two nodes on top of each other', async () => {
    const layout = await layoutDiagram(checkoutDiagram(), elk);
    const boxes = Object.entries(layout.nodes);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} × ${boxes[j]![0]}`).toBe(
          false,
        );
      }
    }
  });

  it('draws a bottom→top branch below its sibling in the same column', async () => {
    const layout = await layoutDiagram(checkoutDiagram(), elk);
    // n5 -> n6 leaves the bottom handle; n5 -> n7 goes right: n6 sits lower than n7's row.
    expect(layout.nodes['n6']!.y).toBeGreaterThan(layout.nodes['n4']!.y);
    expect(layout.nodes['n8']!.y).toBeGreaterThan(layout.nodes['n7']!.y);
  });

  it('shifts a stacked node right, clear of the vertical lines between it and the node above', async () => {
    const diagram = checkoutDiagram();
    // n6 leaves by its top handle: that line must also pass right of the node stacked above it.
    const layout = await layoutDiagram(diagram, elk);
    let stacked = 0;
    for (const upper of diagram.nodes) {
      for (const lower of diagram.nodes) {
        const a = layout.nodes[upper.id]!;
        const b = layout.nodes[lower.id]!;
        const shareX = a.x < b.x + b.width && b.x < a.x + a.width;
        if (upper.lane !== lower.lane || !shareX || b.y <= a.y) continue;
        stacked++;
        const label = `${lower.id} under ${upper.id}`;
        expect(b.x, label).toBeGreaterThan(a.x + a.width / 2);
        expect(b.x + b.width / 2, label).toBeGreaterThan(a.x + a.width);
      }
    }
    expect(stacked).toBeGreaterThan(0);
  });

  it('lays out an empty lane and an empty diagram without failing', async () => {
    const empty = await layoutDiagram({ lanes: [], nodes: [], edges: [], loops: [] }, elk);
    expect(empty).toEqual({ nodes: {}, lanes: {}, width: empty.width, height: 0 });
    const oneEmptyLane = buildDiagram({
      lanes: [
        ['A', 'A'],
        ['B', 'B'],
      ],
      nodes: [['n1', 'B', 'rectangle', 'Only']],
    });
    const layout = await layoutDiagram(oneEmptyLane, elk);
    expect(layout.lanes['A']!.height).toBeGreaterThan(0);
    expect(layout.nodes['n1']!.y).toBeGreaterThanOrEqual(layout.lanes['B']!.y);
  });

  it('never throws on edges naming unknown nodes, duplicate ids or undeclared lanes', async () => {
    const diagram = buildDiagram({
      lanes: [['A', 'A']],
      nodes: [
        ['n1', 'A', 'rectangle', 'One'],
        ['n1', 'A', 'circle', 'Duplicate'],
        ['n2', 'Ghost', 'diamond', 'In an undeclared lane'],
      ],
      edges: [
        ['n1', 'right', 'n99', 'left'],
        ['n1', 'right', 'n2', 'left'],
      ],
    });
    const layout = await layoutDiagram(diagram, elk);
    expect(Object.keys(layout.nodes).sort()).toEqual(['n1', 'n2']);
    expect(layout.lanes['Ghost']!.y).toBe(layout.lanes['A']!.height);
  });

  it('falls back to file order inside lanes when ELK fails', async () => {
    const broken = { layout: () => Promise.reject(new Error('ELK crashed')) };
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, broken);
    expectNodesInsideTheirBands(diagram, layout);
    expect(layout.nodes['n1']!.x).toBeLessThan(layout.nodes['n2']!.x);
    expect(layout.nodes['n2']!.x).toBeLessThan(layout.nodes['n3']!.x);
  });
});
