import { describe, expect, it } from 'vitest';
import { columnGaps, compactColumns, MIN_COLUMN_GAP } from './compactColumns';
import { buildDiagram } from './testDiagrams';

const diagram = buildDiagram({
  lanes: [
    ['A', 'A'],
    ['B', 'B'],
  ],
  nodes: [
    ['a1', 'A', 'rectangle', 'One'],
    ['a2', 'A', 'rectangle', 'Two'],
    ['b1', 'B', 'rectangle', 'Down here'],
    ['b2', 'B', 'rectangle', 'Then right'],
  ],
  edges: [
    ['a1', 'right', 'a2', 'left', 'A rather long label'],
    ['a2', 'bottom', 'b1', 'top'],
    ['b1', 'right', 'b2', 'left'],
  ],
});
const flow = new Map([
  ['a1', 0],
  ['a2', 1],
  ['b1', 2],
  ['b2', 3],
]);

describe('compactColumns', () => {
  it('lets a vertical hop to another lane share its source column', () => {
    const columns = compactColumns(diagram, diagram.nodes, flow);
    expect(Object.fromEntries(columns)).toEqual({ a1: 0, a2: 1, b1: 1, b2: 2 });
  });

  it('keeps side-to-side edges and the order inside a lane moving right', () => {
    const sideways = buildDiagram({
      lanes: [['A', 'A']],
      nodes: [
        ['a1', 'A', 'rectangle', 'One'],
        ['a2', 'A', 'rectangle', 'Two'],
        ['a3', 'A', 'rectangle', 'Unlinked'],
      ],
      edges: [['a1', 'bottom', 'a2', 'top']],
    });
    const columns = compactColumns(
      sideways,
      sideways.nodes,
      new Map([
        ['a1', 0],
        ['a2', 1],
        ['a3', 5],
      ]),
    );
    expect(Object.fromEntries(columns)).toEqual({ a1: 0, a2: 1, a3: 2 });
  });
});

describe('columnGaps', () => {
  it('widens only the gap a labelled side edge spans', () => {
    const columns = compactColumns(diagram, diagram.nodes, flow);
    const gaps = columnGaps(diagram, columns, 3);
    expect(gaps[0]).toBeGreaterThan(MIN_COLUMN_GAP);
    expect(gaps[1]).toBe(MIN_COLUMN_GAP);
    expect(gaps[2]).toBe(MIN_COLUMN_GAP);
  });
});
