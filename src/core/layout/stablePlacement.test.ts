import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { FzDiagram } from '../model/types';
import { layoutDiagram } from './layoutDiagram';
import { LANE_METRICS } from './metrics';
import { applyPinnedPositions } from './pinnedPositions';
import { PIN_MARGIN, placeStably, shouldLayoutAfresh } from './stablePlacement';
import { buildDiagram, checkoutDiagram } from './testDiagrams';
import type { FzLayout, FzNodeBox } from './types';

const elk = new ELK();

function overlaps(a: FzNodeBox, b: FzNodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectInsideBands(diagram: FzDiagram, layout: FzLayout) {
  let bottom = 0;
  for (const lane of diagram.lanes) {
    const band = layout.lanes[lane.id]!;
    expect(band.y, lane.id).toBe(bottom);
    bottom += band.height;
  }
  expect(layout.height).toBe(bottom);
  for (const node of diagram.nodes) {
    const box = layout.nodes[node.id]!;
    const band = layout.lanes[node.lane]!;
    expect(box.y, node.id).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height, node.id).toBeLessThanOrEqual(band.y + band.height);
    expect(box.x + box.width, node.id).toBeLessThanOrEqual(layout.width);
  }
}

/** The checkout diagram plus one rectangle `n13` in `lane`, joined from `from` when given. */
function withNewNode(lane: string, from?: string): FzDiagram {
  const diagram = checkoutDiagram();
  const range = diagram.nodes[0]!.range;
  diagram.nodes.push({ id: 'n13', lane, shape: 'rectangle', label: 'Audit log', range });
  if (from) {
    const fromLane = diagram.nodes.find((node) => node.id === from)!.lane;
    diagram.edges.push({
      id: `e${diagram.edges.length + 1}`,
      from,
      to: 'n13',
      fromLane,
      toLane: lane,
      fromHandle: 'right',
      toHandle: 'left',
      range,
    });
  }
  return diagram;
}

describe('placeStably', () => {
  it('gives a fresh auto layout back unchanged when nothing is pinned', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const placed = placeStably(diagram, layout, {});
    expect(placed.layout).toEqual(layout);
    expect(placed.provisional).toEqual([]);
  });

  it('keeps every unchanged node where it was when a node is added in another lane', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = withNewNode('Backend', 'n12');
    const after = placeStably(diagram, before, {}).layout;
    for (const [id, box] of Object.entries(before.nodes)) expect(after.nodes[id], id).toEqual(box);
    expectInsideBands(diagram, after);
  });

  it('puts a new node right of its in-lane predecessor, touching nothing', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = withNewNode('Shop', 'n3');
    const { layout, provisional } = placeStably(diagram, before, {});
    const pred = layout.nodes['n3']!;
    const added = layout.nodes['n13']!;
    expect(added.x).toBeGreaterThan(pred.x + pred.width);
    expect(provisional).toEqual([]);
    for (const [id, box] of Object.entries(layout.nodes))
      if (id !== 'n13') expect(overlaps(added, box), id).toBe(false);
    expectInsideBands(diagram, layout);
  });

  it('steps a new node down a row when the spot beside its predecessor is taken', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    // n9 → n10 already sits right of n9; a second successor of n9 must not land on n10.
    const diagram = withNewNode('Backend', 'n9');
    const { layout } = placeStably(diagram, before, {});
    const added = layout.nodes['n13']!;
    expect(added.x).toBe(
      layout.nodes['n9']!.x + layout.nodes['n9']!.width + 44, // MIN_COLUMN_GAP
    );
    for (const [id, box] of Object.entries(layout.nodes))
      if (id !== 'n13') expect(overlaps(added, box), id).toBe(false);
    expect(added.y).toBeGreaterThan(layout.nodes['n10']!.y);
    expectInsideBands(diagram, layout);
  });

  it('puts an unconnected new node at the end of its lane and marks it provisional', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = withNewNode('Edge');
    const { layout, provisional } = placeStably(diagram, before, {});
    const rightmost = Math.max(
      ...['n4', 'n5', 'n6', 'n7', 'n8'].map((id) => layout.nodes[id]!.x + layout.nodes[id]!.width),
    );
    expect(layout.nodes['n13']!.x).toBeGreaterThan(rightmost);
    expect(provisional).toEqual(['n13']);
  });

  it('places a node that changed lane anew, inside its new band', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = checkoutDiagram();
    diagram.nodes.find((n) => n.id === 'n2')!.lane = 'Backend';
    const { layout } = placeStably(diagram, before, {});
    expectInsideBands(diagram, layout);
  });

  it('restacks bands when a lane goes, and the nodes move with their band', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = checkoutDiagram();
    diagram.lanes = diagram.lanes.filter((lane) => lane.id !== 'Shop');
    diagram.nodes = diagram.nodes.filter((node) => node.lane !== 'Shop');
    diagram.edges = diagram.edges.filter((e) => e.fromLane !== 'Shop' && e.toLane !== 'Shop');
    const { layout } = placeStably(diagram, before, {});
    expect(layout.lanes['Edge']!.y).toBe(0);
    const shift = before.lanes['Edge']!.y;
    expect(layout.nodes['n5']!.y).toBe(before.nodes['n5']!.y - shift);
    expect(layout.nodes['n5']!.x).toBe(before.nodes['n5']!.x);
    expect(layout.nodes['n1']).toBeUndefined();
  });

  it('lays out from nothing: every node inside its band, none overlapping', () => {
    const diagram = checkoutDiagram();
    const { layout } = placeStably(diagram, null, {});
    expectInsideBands(diagram, layout);
    const boxes = Object.values(layout.nodes);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});

describe('applyPinnedPositions', () => {
  it('puts a pinned node at its pin, relative to its band, and keeps the others', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const drawn = applyPinnedPositions(diagram, layout, { n5: { lane: 'Edge', x: 900, y: 50 } });
    expect(drawn.nodes['n5']).toMatchObject({ x: 900, y: layout.lanes['Edge']!.y + 50 });
    for (const id of ['n1', 'n4', 'n9']) expect(drawn.nodes[id]).toEqual(layout.nodes[id]);
  });

  it('clamps a pin into its band and grows the band, pushing lower lanes down', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const drawn = applyPinnedPositions(diagram, layout, {
      n1: { lane: 'Shop', x: -500, y: 700 },
      n2: { lane: 'Shop', x: 400, y: -90 },
    });
    expect(drawn.nodes['n1']!.x).toBe(LANE_METRICS.headerWidth + PIN_MARGIN);
    expect(drawn.nodes['n2']!.y).toBe(PIN_MARGIN);
    const shop = drawn.lanes['Shop']!;
    expect(shop.height).toBe(700 + drawn.nodes['n1']!.height + LANE_METRICS.padBottom);
    const push = shop.height - layout.lanes['Shop']!.height;
    expect(drawn.lanes['Edge']!.y).toBe(layout.lanes['Edge']!.y + push);
    expect(drawn.nodes['n9']!.y).toBe(layout.nodes['n9']!.y + push);
    expectInsideBands(diagram, drawn);
  });

  it('moves a pinned node with its lane when a lane above is added', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const pin = { n9: { lane: 'Backend', x: 700, y: 60 } };
    const grown = checkoutDiagram();
    grown.lanes.unshift({ id: 'Top', label: 'Top', range: grown.lanes[0]!.range });
    const drawn = applyPinnedPositions(grown, layout, pin);
    expect(drawn.lanes['Top']!.y).toBe(0);
    expect(drawn.nodes['n9']!.y).toBe(drawn.lanes['Backend']!.y + 60);
    expect(drawn.lanes['Backend']!.y).toBeGreaterThan(layout.lanes['Backend']!.y);
  });

  it('ignores pins of another lane, of unknown nodes and with bad numbers', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const drawn = applyPinnedPositions(diagram, layout, {
      n1: { lane: 'Backend', x: 900, y: 10 },
      n2: { lane: 'Shop', x: Number.NaN, y: 10 },
      ghost: { lane: 'Shop', x: 10, y: 10 },
    });
    expect(drawn).toEqual(layout);
  });

  it('never puts a new node on a pinned one', async () => {
    const before = await layoutDiagram(checkoutDiagram(), elk);
    const diagram = withNewNode('Shop', 'n3');
    const n3 = before.nodes['n3']!;
    const shopTop = before.lanes['Shop']!.y;
    // Pin n2 exactly where n13 would go: right of n3, on n3's row.
    const spot = { lane: 'Shop', x: n3.x + n3.width + 44, y: n3.y - shopTop };
    const drawn = applyPinnedPositions(diagram, before, { n2: spot });
    expect(overlaps(drawn.nodes['n13']!, drawn.nodes['n2']!)).toBe(false);
  });
});

describe('shouldLayoutAfresh', () => {
  it('asks for a fresh layout with no previous one or when most nodes are new', async () => {
    const layout = await layoutDiagram(checkoutDiagram(), elk);
    expect(shouldLayoutAfresh(checkoutDiagram(), null)).toBe(true);
    expect(shouldLayoutAfresh(withNewNode('Shop', 'n3'), layout)).toBe(false);
    const other = buildDiagram({
      lanes: [['X', 'X']],
      nodes: [
        ['a1', 'X', 'rectangle', 'A'],
        ['a2', 'X', 'rectangle', 'B'],
      ],
    });
    expect(shouldLayoutAfresh(other, layout)).toBe(true);
  });
});
