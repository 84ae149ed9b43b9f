import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { EMPTY_SELECTION } from './selection';
import { TestStore } from './testStore';

describe('select', () => {
  it('starts empty and keeps each id once, in the order given', () => {
    const t = new TestStore();
    expect(t.state.selection).toBe(EMPTY_SELECTION);
    t.select({ nodes: ['n5', 'n2', 'n5'], edges: ['e3', 'e3'] });
    expect(t.state.selection).toEqual({ nodes: ['n5', 'n2'], edges: ['e3'] });
    expect(t.state.selectionSource).toBe('canvas');
  });

  it('does not notify when the same ids come again from the same pane', () => {
    const t = new TestStore();
    t.select({ nodes: ['n2'] }, 'code');
    const count = t.notifications;
    const selection = t.state.selection;
    t.select({ nodes: ['n2'] }, 'code');
    expect(t.notifications).toBe(count);
    // From the other pane it is news (the editor reveals a node clicked on the canvas again),
    // but the selection object stays the same.
    t.select({ nodes: ['n2'] }, 'canvas');
    expect(t.notifications).toBe(count + 1);
    expect(t.state.selection).toBe(selection);
    expect(t.state.selectionSource).toBe('canvas');
  });

  it('drops ids the new text no longer has, but not while the text is broken', () => {
    const t = new TestStore();
    t.select({ nodes: ['n1', 'n2'], edges: ['e1'] });
    const broken = DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexagon');
    t.type(broken);
    expect(t.state.selection).toEqual({ nodes: ['n1', 'n2'], edges: ['e1'] });
    t.type(DEFAULT_DOCUMENT);
    t.apply({ kind: 'deleteElements', nodes: ['n2'], edges: [] });
    expect(t.state.selection.nodes).toEqual(['n1']);
  });

  it('keeps the selection object when every id survives an edit', () => {
    const t = new TestStore();
    t.select({ nodes: ['n1'] });
    const selection = t.state.selection;
    t.apply({ kind: 'setNodeLabel', node: 'n1', label: 'Begin' });
    expect(t.state.selection).toBe(selection);
  });
});
