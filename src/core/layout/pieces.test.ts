import { describe, expect, it } from 'vitest';
import { layoutKey } from './layoutKey';
import { loopFrames } from './loopFrames';
import { LANE_METRICS } from './metrics';
import { estimateNodeSize, estimateTextWidth } from './nodeSize';
import { fallbackFlow, placeInLanes } from './placeInLanes';
import { reconcileLayout } from './reconcileLayout';
import { buildDiagram, checkoutDiagram } from './testDiagrams';
import type { FzLayout } from './types';

const RANGE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

describe('layoutKey', () => {
  it('ignores source ranges, so typing elsewhere does not re-run the layout', () => {
    const moved = checkoutDiagram();
    for (const node of moved.nodes) node.range = { ...RANGE, startLine: 99 };
    expect(layoutKey(moved)).toBe(layoutKey(checkoutDiagram()));
  });

  it('changes with a label, an edge end or the lane order', () => {
    const base = layoutKey(checkoutDiagram());
    const relabelled = checkoutDiagram();
    relabelled.nodes[0]!.label = 'Cart sent';
    const rewired = checkoutDiagram();
    rewired.edges[0]!.toHandle = 'left';
    const reordered = checkoutDiagram();
    reordered.lanes.reverse();
    for (const changed of [relabelled, rewired, reordered])
      expect(layoutKey(changed)).not.toBe(base);
  });
});

describe('loopFrames', () => {
  const layout: FzLayout = {
    nodes: {
      n10: { x: 100, y: 200, width: 120, height: 50 },
      n11: { x: 300, y: 210, width: 120, height: 50 },
    },
    lanes: {},
    width: 600,
    height: 400,
  };

  it('wraps the loop nodes with padding and room for the loop text', () => {
    const [frame] = loopFrames(checkoutDiagram(), layout);
    const { loopPad, loopLabel } = LANE_METRICS;
    expect(frame).toEqual({
      id: 'loop-0',
      text: 'loop [until stock reserved]',
      box: {
        x: 100 - loopPad,
        y: 200 - loopPad - loopLabel,
        width: 320 + 2 * loopPad,
        height: 60 + 2 * loopPad + loopLabel,
      },
    });
  });

  it('draws no frame for a loop whose nodes are not placed', () => {
    expect(loopFrames(checkoutDiagram(), { ...layout, nodes: {} })).toEqual([]);
  });
});

describe('estimateNodeSize', () => {
  it('grows rectangles with the label up to a cap, and keeps circles and diamonds fixed', () => {
    const short = estimateNodeSize({
      id: 'n1',
      lane: 'A',
      shape: 'rectangle',
      label: 'Go',
      range: RANGE,
    });
    const long = estimateNodeSize({
      id: 'n1',
      lane: 'A',
      shape: 'rectangle',
      label: 'A label that keeps going well past anything reasonable for a box '.repeat(5),
      range: RANGE,
    });
    expect(short.width).toBeLessThan(long.width);
    expect(long.width).toBeLessThanOrEqual(200);
    expect(long.height).toBeLessThanOrEqual(18 + 4 * 17);
    const circle = (label: string) =>
      estimateNodeSize({ id: 'n1', lane: 'A', shape: 'circle', label, range: RANGE });
    expect(circle('x')).toEqual(circle('a much longer label'));
  });

  it('makes taskboxes taller for sub-items and meta lines', () => {
    const bare = { id: 'n1', lane: 'A', shape: 'taskbox' as const, label: 'Review', range: RANGE };
    const full = { ...bare, subItems: ['One', 'Two', 'Three'], owner: 'Ops', system: 'ERP' };
    expect(estimateNodeSize(full).height).toBeGreaterThan(estimateNodeSize(bare).height);
  });

  it('counts wide characters wider', () => {
    expect(estimateTextWidth('会計処理')).toBeGreaterThan(estimateTextWidth('abcd'));
  });
});

describe('reconcileLayout', () => {
  it('uses the file-order placement when there is no layout yet', () => {
    const diagram = checkoutDiagram();
    expect(reconcileLayout(diagram, null)).toEqual(placeInLanes(diagram, fallbackFlow(diagram)));
  });

  it('drops lanes and nodes the diagram no longer has', () => {
    const full = checkoutDiagram();
    const layout = placeInLanes(full, fallbackFlow(full));
    const smaller = buildDiagram({
      lanes: [['Shop', 'Web Shop']],
      nodes: [['n1', 'Shop', 'circle', 'Cart submitted']],
    });
    const reconciled = reconcileLayout(smaller, layout);
    expect(Object.keys(reconciled.lanes)).toEqual(['Shop']);
    expect(Object.keys(reconciled.nodes)).toEqual(['n1']);
    expect(reconciled.nodes['n1']).toEqual(layout.nodes['n1']);
  });
});
