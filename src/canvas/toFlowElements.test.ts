import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { buildDiagram, checkoutDiagram } from '../core/layout/testDiagrams';
import type { FzLaneFlowNode, FzLoopFlowNode, FzShapeFlowNode } from './flowTypes';
import { LANE_Z, LOOP_Z, expectedMeasure, laneNodeId, toFlowElements } from './toFlowElements';

const elk = new ELK();

describe('toFlowElements', () => {
  it('puts one full-width lane band per lane behind everything, in file order', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const { nodes } = toFlowElements(diagram, layout);
    const lanes = nodes.filter((node): node is FzLaneFlowNode => node.type === 'fzLane');
    expect(lanes.map((lane) => lane.data.laneId)).toEqual(['Shop', 'Edge', 'Backend']);
    expect(lanes.map((lane) => lane.data.label)).toEqual([
      'Web Shop',
      'Edge Proxy',
      'Backend Services',
    ]);
    for (const lane of lanes) {
      expect(lane.width).toBe(layout.width);
      expect(lane.position).toEqual({ x: 0, y: layout.lanes[lane.data.laneId]!.y });
      expect(lane.zIndex).toBe(LANE_Z);
      expect(lane.draggable).toBe(false);
    }
    // Lanes come first in the array too, so they paint first.
    expect(nodes[0]!.id).toBe(laneNodeId('Shop'));
  });

  it('maps each shape to its node type with the layout box', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const { nodes } = toFlowElements(diagram, layout);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    expect(byId.get('n1')!.type).toBe('fzCircle');
    expect(byId.get('n4')!.type).toBe('fzRectangle');
    expect(byId.get('n5')!.type).toBe('fzDiamond');
    expect(byId.get('n9')!.type).toBe('fzTaskbox');
    const n9 = byId.get('n9') as FzShapeFlowNode;
    expect(n9.position).toEqual({ x: layout.nodes['n9']!.x, y: layout.nodes['n9']!.y });
    expect([n9.width, n9.height]).toEqual([layout.nodes['n9']!.width, layout.nodes['n9']!.height]);
    expect(n9.data.node.label).toBe('Price the cart|Apply coupons|Add tax');
  });

  it('gives every node, lanes and loop frames too, the whole-pixel size React Flow would measure', async () => {
    const diagram = checkoutDiagram();
    const { nodes } = toFlowElements(diagram, await layoutDiagram(diagram, elk));
    expect(nodes.some((node) => node.type === 'fzLoop')).toBe(true);
    for (const node of nodes) {
      expect(node.measured).toEqual({
        width: Math.round(node.width!),
        height: Math.round(node.height!),
      });
    }
    expect(expectedMeasure(120.4, 52.5)).toEqual({ width: 120, height: 53 });
  });

  it('attaches each edge to the handles its line names, with label, arrow and test id', () => {
    const diagram = checkoutDiagram();
    const { edges } = toFlowElements(diagram, null);
    expect(edges).toHaveLength(diagram.edges.length);
    const first = edges.find((edge) => edge.id === 'e1')!;
    expect(first).toMatchObject({
      source: 'n1',
      target: 'n4',
      sourceHandle: 'bottom',
      targetHandle: 'top',
      label: 'Submit',
      type: 'fzEdge',
      markerEnd: { type: 'arrowclosed' },
      domAttributes: { 'data-testid': 'fz-edge-e1' },
    });
    expect(first.className).toContain('fz-edge-e1');
    expect(first.data!.crossLane).toBe(true);
    const inLane = edges.find((edge) => edge.id === 'e2')!;
    expect(inLane.data!.crossLane).toBe(false);
    expect(inLane.label).toBeUndefined();
  });

  it('frames each loop around its nodes with the loop text', async () => {
    const diagram = checkoutDiagram();
    const layout = await layoutDiagram(diagram, elk);
    const { nodes } = toFlowElements(diagram, layout);
    const loops = nodes.filter((node): node is FzLoopFlowNode => node.type === 'fzLoop');
    expect(loops).toHaveLength(1);
    const frame = loops[0]!;
    expect(frame.data.text).toBe('loop [until stock reserved]');
    expect(frame.zIndex).toBe(LOOP_Z);
    for (const id of ['n10', 'n11']) {
      const box = layout.nodes[id]!;
      expect(box.x).toBeGreaterThan(frame.position.x);
      expect(box.y).toBeGreaterThan(frame.position.y);
      expect(box.x + box.width).toBeLessThan(frame.position.x + frame.width!);
      expect(box.y + box.height).toBeLessThan(frame.position.y + frame.height!);
    }
  });

  it('passes badges to the nodes that have one, and only to those', () => {
    const badge = { arrivals: 12, passed: 9, rejected: 3 };
    const { nodes } = toFlowElements(checkoutDiagram(), null, { n5: badge });
    const shapes = nodes.filter((node): node is FzShapeFlowNode => node.id.startsWith('n'));
    expect(shapes.find((node) => node.id === 'n5')!.data.badge).toEqual(badge);
    expect(shapes.filter((node) => node.data.badge)).toHaveLength(1);
  });

  it('draws every node even when the layout is missing or older than the diagram', async () => {
    const old = checkoutDiagram();
    const layout = await layoutDiagram(old, elk);
    const grown = buildDiagram({
      lanes: [
        ['Shop', 'Web Shop'],
        ['Edge', 'Edge Proxy'],
        ['Backend', 'Backend Services'],
        ['Audit', 'Audit Trail'],
      ],
      nodes: [
        ...old.nodes.map((n): [string, string, typeof n.shape, string] => [
          n.id,
          n.lane,
          n.shape,
          n.label,
        ]),
        ['n13', 'Shop', 'rectangle', 'New step'],
        ['n14', 'Audit', 'circle', 'Logged'],
      ],
      edges: [['n12', 'right', 'n14', 'left']],
    });
    const { nodes, edges } = toFlowElements(grown, layout);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    // Known nodes keep their place; new ones land inside their lane, new lanes below the rest.
    expect(byId.get('n4')!.position).toEqual({
      x: layout.nodes['n4']!.x,
      y: layout.nodes['n4']!.y,
    });
    const audit = byId.get(laneNodeId('Audit'))!;
    expect(audit.position.y).toBe(layout.height);
    const n14 = byId.get('n14')!;
    expect(n14.position.y).toBeGreaterThanOrEqual(audit.position.y);
    expect(n14.position.y + n14.height!).toBeLessThanOrEqual(audit.position.y + audit.height!);
    const n13 = byId.get('n13')!;
    expect(n13.position.x).toBeGreaterThan(layout.nodes['n3']!.x);
    expect(edges.map((edge) => edge.id)).toEqual(['e1']);
    expect(toFlowElements(grown, null).nodes.filter((n) => n.type !== 'fzLane')).toHaveLength(14);
  });

  it('skips edges to unknown nodes and repeated ids instead of throwing', () => {
    const diagram = buildDiagram({
      lanes: [['A', 'A']],
      nodes: [
        ['n1', 'A', 'rectangle', 'One'],
        ['n2', 'A', 'rectangle', 'Two'],
      ],
      edges: [
        ['n1', 'right', 'n2', 'left'],
        ['n1', 'right', 'n9', 'left'],
      ],
    });
    diagram.edges.push({ ...diagram.edges[0]!, to: 'n1' });
    const { edges } = toFlowElements(diagram, null);
    expect(edges.map((edge) => [edge.id, edge.target])).toEqual([['e1', 'n2']]);
  });
});
