import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../core/layout/testDiagrams';
import {
  addNodeChange,
  deleteChange,
  dropOutcome,
  leavesIdGaps,
  newNodeCorner,
  nodeLabelChange,
  nodeShapeChange,
  targetLane,
} from './nodeGestures';

const LANES = [
  { id: 'Web', y: 0, height: 150 },
  { id: 'Api', y: 150, height: 150 },
];

const DIAGRAM = buildDiagram({
  lanes: [
    ['Web', 'Web'],
    ['Api', 'Api'],
  ],
  nodes: [
    ['n1', 'Web', 'circle', 'Start'],
    ['n2', 'Api', 'rectangle', 'Check'],
  ],
});

describe('dropOutcome', () => {
  it('moves a node whose centre ends in another lane, and pins it there', () => {
    // Top at 140, height 40: the centre (160) is inside Api's band.
    const out = dropOutcome(
      [{ id: 'n1', lane: 'Web', position: { x: 300, y: 140 }, height: 40 }],
      LANES,
    );
    expect(out).toEqual({
      moves: [{ kind: 'moveNodeToLane', node: 'n1', lane: 'Api' }],
      pins: { n1: { x: 300, y: 140 } },
      laneOf: { n1: 'Api' },
    });
  });

  it('changes no text for a node that stayed in its lane, only pins it', () => {
    // Top at 120, height 40: the centre (140) is still in Web even though the box overlaps Api.
    const out = dropOutcome(
      [{ id: 'n1', lane: 'Web', position: { x: 310, y: 120 }, height: 40 }],
      LANES,
    );
    expect(out).toEqual({ moves: [], pins: { n1: { x: 310, y: 120 } }, laneOf: { n1: 'Web' } });
  });

  it('treats a drop past the last band as the last lane', () => {
    const out = dropOutcome(
      [{ id: 'n1', lane: 'Web', position: { x: 0, y: 900 }, height: 40 }],
      LANES,
    );
    expect(out.moves).toEqual([{ kind: 'moveNodeToLane', node: 'n1', lane: 'Api' }]);
  });

  it('splits a multi-node drag into moves and stays, in drag order', () => {
    const out = dropOutcome(
      [
        { id: 'n2', lane: 'Api', position: { x: 10, y: 10 }, height: 40 },
        { id: 'n1', lane: 'Web', position: { x: 50, y: 10 }, height: 40 },
      ],
      LANES,
    );
    expect(out.moves).toEqual([{ kind: 'moveNodeToLane', node: 'n2', lane: 'Web' }]);
    expect(out.laneOf).toEqual({ n2: 'Web', n1: 'Web' });
  });

  it('moves nothing when there are no lanes to hit', () => {
    const out = dropOutcome([{ id: 'n1', lane: 'Web', position: { x: 1, y: 2 }, height: 40 }], []);
    expect(out).toEqual({ moves: [], pins: { n1: { x: 1, y: 2 } }, laneOf: { n1: 'Web' } });
  });
});

describe('targetLane', () => {
  it('prefers the lane of the first selected node the diagram knows', () => {
    expect(targetLane(DIAGRAM, ['n9', 'n2', 'n1'], 'Web')).toBe('Api');
  });

  it('falls back to the active lane, then to the first lane', () => {
    expect(targetLane(DIAGRAM, [], 'Api')).toBe('Api');
    expect(targetLane(DIAGRAM, [], 'Gone')).toBe('Web');
    expect(targetLane(DIAGRAM, [], null)).toBe('Web');
  });

  it('is null for a diagram without lanes', () => {
    expect(targetLane({ lanes: [], nodes: [] }, [], null)).toBeNull();
  });
});

describe('node edits', () => {
  it('adds a node of the chosen shape to a lane, leaving the id to the edit', () => {
    expect(addNodeChange('Api', 'diamond')).toEqual({
      kind: 'addNode',
      lane: 'Api',
      shape: 'diamond',
    });
  });

  it('renames only when the label changed; an empty label is a change', () => {
    expect(nodeLabelChange({ id: 'n5', label: 'Pay' }, 'Say "hi" \\ bye')).toEqual({
      kind: 'setNodeLabel',
      node: 'n5',
      label: 'Say "hi" \\ bye',
    });
    expect(nodeLabelChange({ id: 'n5', label: 'Pay' }, 'Pay')).toBeNull();
    expect(nodeLabelChange({ id: 'n5', label: 'Pay' }, '')).toMatchObject({ label: '' });
  });

  it('changes the shape only to a different one', () => {
    expect(nodeShapeChange({ id: 'n2', shape: 'rectangle' }, 'diamond')).toEqual({
      kind: 'setNodeShape',
      node: 'n2',
      shape: 'diamond',
    });
    expect(nodeShapeChange({ id: 'n2', shape: 'rectangle' }, 'rectangle')).toBeNull();
  });

  it('deletes the selection once per id, and nothing when nothing is selected', () => {
    expect(deleteChange(['n3', 'n3'], ['e2'])).toEqual({
      kind: 'deleteElements',
      nodes: ['n3'],
      edges: ['e2'],
    });
    expect(deleteChange([], [])).toBeNull();
  });
});

describe('newNodeCorner', () => {
  it('centres the new node on the point where it was added', () => {
    const corner = newNodeCorner({ x: 500, y: 200 }, 'n18', 'rectangle');
    expect(corner.x).toBeLessThan(500);
    expect(corner.y).toBeLessThan(200);
    // Symmetric: the same distance to the centre whatever the point.
    const other = newNodeCorner({ x: 900, y: 260 }, 'n18', 'rectangle');
    expect(other.x - corner.x).toBe(400);
    expect(other.y - corner.y).toBe(60);
  });
});

describe('leavesIdGaps', () => {
  it('sees a gap when a middle id goes, none when the last one goes', () => {
    expect(leavesIdGaps(['n1', 'n2', 'n3', 'n4'], ['n3'])).toBe(true);
    expect(leavesIdGaps(['n1', 'n2', 'n3', 'n4'], ['n4'])).toBe(false);
  });

  it('judges the ids in number order, whatever their declaration order', () => {
    expect(leavesIdGaps(['n2', 'n1', 'n3'], [])).toBe(false);
    expect(leavesIdGaps(['n2', 'n3'], [])).toBe(true);
  });

  it('counts an id that is not n<integer> as needing renumbering', () => {
    expect(leavesIdGaps(['n1', 'start'], [])).toBe(true);
  });
});
