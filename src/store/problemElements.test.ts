import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { analyzeFz } from '../core/fz';
import { problemElements } from './problemElements';

function marks(text: string) {
  const { diagram, diagnostics } = analyzeFz(text);
  return problemElements(text, diagram, diagnostics);
}

describe('problemElements', () => {
  it('marks nothing on a clean text', () => {
    expect(marks(DEFAULT_DOCUMENT)).toEqual({ nodes: {}, edges: {} });
  });

  it('marks the node whose line has the error, even when the model left the node out', () => {
    // An unknown shape drops n2 from the model; the stale canvas still draws it.
    const result = marks(DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexagon'));
    expect(result.nodes['n2']).toEqual({ severity: 'error', count: 1 });
  });

  it('marks a node whose label is unterminated (the model keeps it)', () => {
    const result = marks(DEFAULT_DOCUMENT.replace('"Verify JWT"', '"Verify JWT'));
    expect(result.nodes['n5']).toMatchObject({ severity: 'error' });
  });

  it('marks the ends of an edge that names an undeclared node', () => {
    const result = marks(
      DEFAULT_DOCUMENT.replace('n1.handle(right) -> n2', 'n1.handle(right) -> n99'),
    );
    expect(result.nodes['n1']?.severity).toBe('error');
    expect(Object.keys(result.edges)).toEqual([]);
  });

  it('marks an edge with a warning on its line, by edge id', () => {
    // An edge label over 50 characters is a style warning on the edge's own line.
    const long = 'x'.repeat(60);
    const text = DEFAULT_DOCUMENT.replace('[label="HTTPS"]', `[label="${long}"]`);
    const result = marks(text);
    const edge = analyzeFz(text).diagram.edges.find((e) => e.label === long)!;
    expect(result.edges[edge.id]).toEqual({ severity: 'warning', count: 1 });
  });

  it('keeps the worst severity and counts every problem on the line', () => {
    const text = DEFAULT_DOCUMENT.replace(
      'n5: rectangle label:"Verify JWT"',
      `n5: rectangle label:"${'y'.repeat(60)}" colour:"red"`,
    );
    const mark = marks(text).nodes['n5'];
    expect(mark?.severity).toBe('error');
    expect(mark?.count).toBeGreaterThanOrEqual(2);
  });
});
