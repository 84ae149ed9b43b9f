import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { analyzeFz } from '../core/fz';
import { elementsOnLines, rangesOfSelection } from './elementLines';

const diagram = analyzeFz(DEFAULT_DOCUMENT).diagram;
const lineOf = (text: string) => DEFAULT_DOCUMENT.split('\n').indexOf(text) + 1;

describe('elementsOnLines', () => {
  it('finds the node declared on a line', () => {
    const line = lineOf('  n2: rectangle label:"Edge Load Balancer"');
    expect(elementsOnLines(diagram, [{ startLine: line, endLine: line }])).toEqual({
      nodes: ['n2'],
      edges: [],
    });
  });

  it('finds the edge written on a line, by its edge id', () => {
    const line = lineOf('  n6.handle(bottom) -> n8.handle(top) [label="No"]');
    const { nodes, edges } = elementsOnLines(diagram, [{ startLine: line, endLine: line }]);
    expect(nodes).toEqual([]);
    expect(edges).toHaveLength(1);
    const edge = diagram.edges.find((e) => e.id === edges[0]);
    expect([edge?.from, edge?.to, edge?.label]).toEqual(['n6', 'n8', 'No']);
  });

  it('collects every element of a multi-line span and of several cursors, each once', () => {
    const first = lineOf('  n1: circle label:"Call Arrives"');
    const result = elementsOnLines(diagram, [
      { startLine: first, endLine: first + 2 },
      { startLine: first + 1, endLine: first + 1 },
      {
        startLine: lineOf('  n1.handle(right) -> n2.handle(left)'),
        endLine: lineOf('  n1.handle(right) -> n2.handle(left)'),
      },
    ]);
    expect(result).toEqual({ nodes: ['n1', 'n2', 'n3'], edges: ['e1'] });
  });

  it('finds nothing on lane headers, closing braces and lines past the end', () => {
    expect(elementsOnLines(diagram, [{ startLine: 1, endLine: 1 }])).toEqual({
      nodes: [],
      edges: [],
    });
    expect(elementsOnLines(diagram, [{ startLine: 9, endLine: 9 }])).toEqual({
      nodes: [],
      edges: [],
    });
    expect(elementsOnLines(diagram, [{ startLine: 999, endLine: 1000 }])).toEqual({
      nodes: [],
      edges: [],
    });
  });
});

describe('rangesOfSelection', () => {
  it('gives one range per element, nodes first, skipping unknown ids', () => {
    const ranges = rangesOfSelection(diagram, { nodes: ['n5', 'n99', 'n1'], edges: ['e1'] });
    expect(ranges.map((r) => r.startLine)).toEqual([
      lineOf('  n5: rectangle label:"Verify JWT"'),
      lineOf('  n1: circle label:"Call Arrives"'),
      lineOf('  n1.handle(right) -> n2.handle(left)'),
    ]);
    expect(ranges[0]).toMatchObject({ startColumn: 3, endLine: ranges[0]!.startLine });
  });

  it('round-trips with elementsOnLines', () => {
    const selection = { nodes: ['n7', 'n12'], edges: ['e4', 'e9'] };
    const spans = rangesOfSelection(diagram, selection);
    const back = elementsOnLines(diagram, spans);
    expect(back.nodes.sort()).toEqual(['n12', 'n7']);
    expect(back.edges.sort()).toEqual(['e4', 'e9']);
  });
});
