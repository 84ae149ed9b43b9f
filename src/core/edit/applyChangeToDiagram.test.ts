import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import type { FzDiagram } from '../model/types';
import { applyChangeToDiagram } from './applyChangeToDiagram';
import { CHECKOUT } from './testHarness';
import type { FzChange } from './types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const diagram: FzDiagram = deepFreeze(analyzeFz(CHECKOUT).diagram);

describe('applyChangeToDiagram', () => {
  it('returns the diagram itself for changes that do not apply', () => {
    const changes: FzChange[] = [
      { kind: 'setNodeLabel', node: 'n9', label: 'x' },
      { kind: 'moveNodeToLane', node: 'n1', lane: 'Nope' },
      { kind: 'reconnect', edge: 'e9', end: 'source', node: 'n1', handle: 'top' },
      { kind: 'moveLane', lane: 'Client', toIndex: 5 },
      { kind: 'addLane', id: 'Client' },
      { kind: 'paste', lane: 'Nope', nodes: [{ id: 'a', shape: 'circle' }], edges: [] },
      { kind: 'explode' } as unknown as FzChange,
    ];
    for (const change of changes) expect(applyChangeToDiagram(diagram, change)).toBe(diagram);
  });

  it('never modifies its input (the input here is frozen)', () => {
    const next = applyChangeToDiagram(diagram, {
      kind: 'moveNodeToLane',
      node: 'n2',
      lane: 'Gateway',
    });
    expect(next.nodes.map((n) => `${n.id}@${n.lane}`)).toEqual([
      'n1@Client',
      'n3@Gateway',
      'n4@Gateway',
      'n2@Gateway',
    ]);
    expect(next.edges.map((e) => `${e.id}:${e.from}->${e.to}`)).toEqual([
      'e1:n1->n2',
      'e2:n3->n4',
      'e3:n3->n2',
      'e4:n4->n1',
      'e5:n2->n3',
    ]);
  });

  it('shows the id of a node whose label goes, and its new id after a rename', () => {
    const unlabelled = applyChangeToDiagram(diagram, {
      kind: 'setNodeLabel',
      node: 'n4',
      label: '',
    });
    const renamed = applyChangeToDiagram(unlabelled, { kind: 'renameNode', from: 'n4', to: 'n7' });
    expect(renamed.nodes[3]).toMatchObject({ id: 'n7', label: 'n7' });
    expect(renamed.edges.filter((e) => e.from === 'n7' || e.to === 'n7')).toHaveLength(2);
  });

  it('splits a taskbox label into sub-items and joins them back for another shape', () => {
    const labelled = applyChangeToDiagram(diagram, {
      kind: 'setNodeLabel',
      node: 'n4',
      label: 'Review|Docs',
    });
    const taskbox = applyChangeToDiagram(labelled, {
      kind: 'setNodeShape',
      node: 'n4',
      shape: 'taskbox',
    });
    expect(taskbox.nodes[3]).toMatchObject({ label: 'Review', subItems: ['Docs'] });
    const back = applyChangeToDiagram(taskbox, {
      kind: 'setNodeShape',
      node: 'n4',
      shape: 'circle',
    });
    expect(back.nodes[3]!.label).toBe('Review|Docs');
    expect(back.nodes[3]!.subItems).toBeUndefined();
  });
});
