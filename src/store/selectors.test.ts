import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { selectProblemElements } from './selectors';
import { TestStore } from './testStore';

describe('selectProblemElements', () => {
  it('is the same empty object for every clean text', () => {
    const t = new TestStore();
    const clean = selectProblemElements(t.state);
    t.type(DEFAULT_DOCUMENT.replace('"Done"', '"Finished"'));
    expect(selectProblemElements(t.state)).toBe(clean);
    expect(clean).toEqual({ nodes: {}, edges: {} });
  });

  it('keeps the same object while typing changes the text but not the marks', () => {
    const t = new TestStore(DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexag'));
    const first = selectProblemElements(t.state);
    expect(first.nodes['n2']?.severity).toBe('error');
    t.type(DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexago'));
    expect(selectProblemElements(t.state)).toBe(first);
    t.type(DEFAULT_DOCUMENT.replace('n3: rectangle', 'n3: hexago'));
    const moved = selectProblemElements(t.state);
    expect(moved).not.toBe(first);
    expect(moved.nodes['n3']?.severity).toBe('error');
    expect(moved.nodes['n2']).toBeUndefined();
  });
});
