import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFz, SHOP_FZ, tempDirWith } from '../testing';

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await tempDirWith({
    'shop.fz': SHOP_FZ,
    'dangling.fz':
      'Shop { # Shop\n  n1: circle label:"A"\n  n1.handle(right) -> n9.handle(left)\n}\n',
  }));
});
afterAll(() => remove());

describe('fz graph', () => {
  it('prints lanes, nodes, edges and loops as JSON in file order', async () => {
    const run = await runFz(dir, ['graph', 'shop.fz']);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const graph = JSON.parse(run.stdout) as {
      lanes: unknown[];
      nodes: { id: string; lane: string; shape: string; label: string }[];
      edges: Record<string, unknown>[];
      loops: unknown[];
    };
    expect(graph.lanes).toEqual([
      { id: 'Shop', label: 'Web Shop' },
      { id: 'Bank', label: 'Card Issuer' },
    ]);
    expect(graph.nodes.map((n) => [n.id, n.lane, n.shape, n.label])).toEqual([
      ['n1', 'Shop', 'circle', 'Open Cart'],
      ['n2', 'Shop', 'rectangle', 'Pay Order'],
      ['n3', 'Bank', 'rectangle', 'Charge Card'],
    ]);
    expect(graph.edges[1]).toEqual({
      from: 'n2',
      to: 'n3',
      fromLane: 'Shop',
      toLane: 'Bank',
      fromHandle: 'bottom',
      toHandle: 'top',
      label: 'Charge',
    });
    expect(graph.loops).toEqual([]);
  });

  it('prints the errors instead of a graph for an invalid diagram (exit 1)', async () => {
    const run = await runFz(dir, ['graph', 'dangling.fz']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dangling\.fz:3:\d+: error FZ\d{3}: .*n9/m);
  });
});
