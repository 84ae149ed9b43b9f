import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { analyzeFz } from '../core/fz';
import {
  applySelectChanges,
  decorateEdges,
  decorateNodes,
  sameOrPrevious,
} from './decorateElements';
import type { FzShapeFlowNode } from './flowTypes';
import { toFlowElements } from './toFlowElements';

const { nodes, edges } = toFlowElements(analyzeFz(DEFAULT_DOCUMENT).diagram, null);
const shape = (list: typeof nodes, id: string) => list.find((n) => n.id === id) as FzShapeFlowNode;

describe('applySelectChanges', () => {
  it('adds and removes ids as React Flow selects and deselects', () => {
    expect(
      applySelectChanges(
        ['n1', 'n2'],
        [
          { type: 'select', id: 'n1', selected: false },
          { type: 'select', id: 'n3', selected: true },
        ],
      ),
    ).toEqual(['n2', 'n3']);
  });

  it('returns the same list when nothing changes (measurements, drags, repeats)', () => {
    const current = ['n1'];
    expect(
      applySelectChanges(current, [
        { type: 'dimensions', id: 'n1', dimensions: { width: 10, height: 10 } },
        { type: 'position', id: 'n2', position: { x: 1, y: 2 }, dragging: false },
        { type: 'select', id: 'n1', selected: true },
        { type: 'select', id: 'n9', selected: false },
      ]),
    ).toBe(current);
  });
});

describe('decorateNodes', () => {
  it('passes the nodes through untouched when nothing is selected or marked', () => {
    expect(decorateNodes(nodes, [], {})).toBe(nodes);
  });

  it('selects and marks only the nodes named, and never lanes', () => {
    const problem = { severity: 'error' as const, count: 1 };
    const out = decorateNodes(nodes, ['n2', 'lane:Edge'], { n5: problem });
    expect(shape(out, 'n2').selected).toBe(true);
    expect(shape(out, 'n5').data.problem).toBe(problem);
    expect(shape(out, 'n5').selected).toBe(false);
    expect(out.find((n) => n.id === 'lane:Edge')).toBe(nodes.find((n) => n.id === 'lane:Edge'));
    expect(shape(out, 'n7')).toBe(shape(nodes, 'n7'));
  });

  it('gives the same objects for the same base node, selection and mark', () => {
    const problems = { n5: { severity: 'warning' as const, count: 2 } };
    const first = decorateNodes(nodes, ['n2'], problems);
    const second = decorateNodes(nodes, ['n2'], problems);
    expect(shape(second, 'n2')).toBe(shape(first, 'n2'));
    expect(shape(second, 'n5')).toBe(shape(first, 'n5'));
    const third = decorateNodes(nodes, ['n3'], problems);
    expect(shape(third, 'n2')).toBe(shape(nodes, 'n2'));
  });
});

describe('decorated lists', () => {
  it('are the previous list when a selection change leaves every element as it was', () => {
    const problems = { n5: { severity: 'warning' as const, count: 1 } };
    const first = decorateNodes(nodes, ['n2'], problems);
    // A new selection list naming the same node (e.g. re-normalised by the store).
    expect(decorateNodes(nodes, ['n2'], problems)).toBe(first);
    // Only an edge selected: no node changed.
    const edgeMarks = { e3: { severity: 'error' as const, count: 1 } };
    const firstEdges = decorateEdges(edges, ['e2'], edgeMarks);
    expect(decorateEdges(edges, ['e2', 'n404'], edgeMarks)).toBe(firstEdges);
    // Another node selected: a new list.
    expect(decorateNodes(nodes, ['n3'], problems)).not.toBe(first);
  });
});

describe('sameOrPrevious', () => {
  it('keeps the previous array only for the same objects in the same order', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const previous = [a, b];
    expect(sameOrPrevious(previous, [a, b])).toBe(previous);
    expect(sameOrPrevious(previous, [b, a])).not.toBe(previous);
    expect(sameOrPrevious(previous, [a])).not.toBe(previous);
    expect(sameOrPrevious(null, [a])).toEqual([a]);
  });
});

describe('decorateEdges', () => {
  it('selects edges and marks problem edges with classes and data-problem', () => {
    const out = decorateEdges(edges, ['e2'], { e3: { severity: 'error', count: 1 } });
    const e2 = out.find((e) => e.id === 'e2')!;
    const e3 = out.find((e) => e.id === 'e3')!;
    expect(e2.selected).toBe(true);
    expect(e3.className).toContain('fz-edge--problem-error');
    expect(e3.className).toContain('fz-edge-e3');
    expect((e3.domAttributes as Record<string, string>)['data-problem']).toBe('error');
    expect((e3.domAttributes as Record<string, string>)['data-testid']).toBe('fz-edge-e3');
    expect(out.find((e) => e.id === 'e1')).toBe(edges.find((e) => e.id === 'e1'));
  });
});
