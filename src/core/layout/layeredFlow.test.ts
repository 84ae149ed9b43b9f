import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz';
import { generateFzText } from '../testing/generateFz';
import { layeredFlow } from './layeredFlow';
import { ELK_MAX_NODES, layoutDiagram } from './layoutDiagram';
import { buildDiagram } from './testDiagrams';

const column = (flow: ReturnType<typeof layeredFlow>, id: string) => flow[id]!.x / 300;

describe('layeredFlow', () => {
  it('puts every node one layer right of its furthest predecessor', () => {
    const diagram = buildDiagram({
      lanes: [
        ['A', 'A'],
        ['B', 'B'],
      ],
      nodes: [
        ['a1', 'A', 'circle', 'Start'],
        ['a2', 'A', 'rectangle', 'Short way'],
        ['b1', 'B', 'rectangle', 'Long way 1'],
        ['b2', 'B', 'rectangle', 'Long way 2'],
        ['a3', 'A', 'circle', 'Join'],
      ],
      edges: [
        ['a1', 'right', 'a2', 'left'],
        ['a1', 'bottom', 'b1', 'top'],
        ['b1', 'right', 'b2', 'left'],
        ['a2', 'right', 'a3', 'left'],
        ['b2', 'top', 'a3', 'bottom'],
      ],
    });
    const flow = layeredFlow(diagram);
    expect(['a1', 'a2', 'b1', 'b2', 'a3'].map((id) => column(flow, id))).toEqual([0, 1, 1, 2, 3]);
  });

  it('breaks a retry cycle at the edge back to an earlier step', () => {
    const diagram = buildDiagram({
      lanes: [['A', 'A']],
      nodes: [
        ['s', 'A', 'circle', 'Start'],
        ['try', 'A', 'rectangle', 'Try'],
        ['ok', 'A', 'diamond', 'Ok?'],
        ['end', 'A', 'circle', 'End'],
      ],
      edges: [
        ['s', 'right', 'try', 'left'],
        ['try', 'right', 'ok', 'left'],
        ['ok', 'bottom', 'try', 'bottom', 'No'],
        ['ok', 'right', 'end', 'left', 'Yes'],
        ['end', 'right', 'end', 'left'],
      ],
    });
    const flow = layeredFlow(diagram);
    expect(['s', 'try', 'ok', 'end'].map((id) => column(flow, id))).toEqual([0, 1, 2, 3]);
  });

  it('orders 5,000 generated nodes without ELK and without overflowing the stack', async () => {
    const { diagram } = analyzeFz(generateFzText({ nodes: 5000, lanes: 4, seed: 3 }));
    expect(diagram.nodes.length).toBeGreaterThan(ELK_MAX_NODES);
    const phases: string[] = [];
    const failingElk = { layout: () => Promise.reject(new Error('ELK must not run')) };
    const layout = await layoutDiagram(diagram, failingElk, (phase) => phases.push(phase));
    expect(phases).toEqual(['flow', 'lanes']);
    expect(Object.keys(layout.nodes)).toHaveLength(5000);
    // In-lane chains read left to right: n2 follows n1 in the first lane.
    expect(layout.nodes['n2']!.x).toBeGreaterThan(layout.nodes['n1']!.x);
    for (const node of diagram.nodes) {
      const box = layout.nodes[node.id]!;
      const band = layout.lanes[node.lane]!;
      expect(box.y >= band.y && box.y + box.height <= band.y + band.height, node.id).toBe(true);
    }
  });
});
