import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import type { FzAstEdge, FzAstLane, FzAstLoop, FzAstNode } from './ast';
import { parseFz } from './parser';

const fz = (...lines: string[]): string => lines.join('\n');

function lanesOf(text: string): FzAstLane[] {
  return parseFz(text).ast.items.filter((i): i is FzAstLane => i.kind === 'lane');
}

describe('AST and source spans', () => {
  const text = fz(
    'Client { # Client App',
    '  n1: taskbox label:"Review" owner:"Ana"',
    '  n1.handle(bottom) -> Api.n2.handle(top) [label="Call"]',
    '  loop [retry] n1 n2',
    '}',
    'Api { # API',
    '  n2: rectangle label:"Serve"',
    '}',
  );
  const { ast, diagnostics } = parseFz(text);
  const slice = (start: number, end: number) => text.slice(start, end);
  const [client] = lanesOf(text);
  const node = client!.body[0] as FzAstNode;
  const edge = client!.body[1] as FzAstEdge;
  const loop = client!.body[2] as FzAstLoop;

  it('parses without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(ast.items.map((i) => i.kind)).toEqual(['lane', 'lane']);
  });

  it('spans every lane part', () => {
    expect(slice(client!.idStart, client!.idEnd)).toBe('Client');
    expect(slice(client!.labelStart, client!.labelEnd)).toBe('Client App');
    expect(slice(client!.openStart, client!.openStart + 1)).toBe('{');
    expect(slice(client!.closeStart, client!.closeStart + 1)).toBe('}');
    expect(client!.line).toBe(1);
  });

  it('spans every node part', () => {
    expect(slice(node.idStart, node.idEnd)).toBe('n1');
    expect(slice(node.shapeStart, node.shapeEnd)).toBe('taskbox');
    const [label, owner] = node.attributes;
    expect(slice(label!.keyStart, label!.keyEnd)).toBe('label');
    expect(slice(label!.valueStart, label!.valueEnd)).toBe('"Review"');
    expect(slice(owner!.start, owner!.end)).toBe('owner:"Ana"');
    expect(slice(node.start, node.end)).toBe('n1: taskbox label:"Review" owner:"Ana"');
  });

  it('spans every edge part', () => {
    expect(slice(edge.from.nodeStart, edge.from.nodeEnd)).toBe('n1');
    expect(slice(edge.from.handleStart, edge.from.handleEnd)).toBe('bottom');
    expect(edge.from.lane).toBeNull();
    expect(slice(edge.to.laneStart, edge.to.laneEnd)).toBe('Api');
    expect(slice(edge.to.nodeStart, edge.to.nodeEnd)).toBe('n2');
    expect(slice(edge.to.handleStart, edge.to.handleEnd)).toBe('top');
    expect(slice(edge.label!.start, edge.label!.end)).toBe('[label="Call"]');
    expect(edge.seq).toBe(0);
  });

  it('spans the loop condition and each node reference', () => {
    expect(loop.condition).toBe('retry');
    expect(slice(loop.conditionStart, loop.conditionEnd)).toBe('retry');
    expect(loop.nodes.map((n) => slice(n.start, n.end))).toEqual(['n1', 'n2']);
  });

  it('keeps comment lines with their span', () => {
    const t = fz('// top note', 'A { # A', '  #   ', '}');
    const { ast: a } = parseFz(t);
    expect(a.items[0]).toMatchObject({ kind: 'comment', marker: '//', text: 'top note', line: 1 });
    expect((a.items[1] as FzAstLane).body[0]).toMatchObject({
      kind: 'comment',
      marker: '#',
      text: '',
    });
  });
});

describe('tolerant reader', () => {
  it('reads strings as whole tokens: labels may contain -> # { } [ ]', () => {
    const text = fz(
      'A { # A',
      '  n1: rectangle label:"Pending -> Confirmed # {x} [y]"',
      '  n2: circle label:"End"',
      '  n1.handle(right) -> n2.handle(left) [label="a -> b ] }"]',
      '}',
    );
    const result = analyzeFz(text);
    expect(result.errorCount).toBe(0);
    expect(result.diagram.nodes[0]!.label).toBe('Pending -> Confirmed # {x} [y]');
    expect(result.diagram.edges[0]!.label).toBe('a -> b ] }');
  });

  it('accepts tabs, blank lines anywhere, spaces around : and =, and forward references', () => {
    const text = fz(
      '',
      '\tA\t{\t#\tLane A\t',
      '',
      '\tn1.handle(right)->n2.handle(left)\t[ label = "x" ]',
      '\tn1 :\tcircle   label : "S"',
      '',
      '\tn2: circle label:"E"',
      '}',
      '',
    );
    const result = analyzeFz(text);
    expect(result.errorCount).toBe(0);
    expect(result.diagram.lanes[0]!.label).toBe('Lane A');
    expect(result.diagram.edges).toMatchObject([{ from: 'n1', to: 'n2', label: 'x' }]);
  });

  it('accepts edges and loops after the last lane (top level), with warnings', () => {
    const text = fz(
      'A { # A',
      '  n1: circle label:"S"',
      '}',
      'B { # B',
      '  n2: circle label:"E"',
      '}',
      'n1.handle(bottom) -> B.n2.handle(top) [label="Handoff"]',
      'loop [retry] n1 n2',
    );
    const result = analyzeFz(text);
    expect(result.errorCount).toBe(0);
    expect(result.diagram.edges).toHaveLength(1);
    expect(result.diagram.loops).toMatchObject([
      { condition: 'retry', nodes: ['n1', 'n2'], lane: null },
    ]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['FZ105', 'FZ106']),
    );
  });

  it('reads the legacy lane label on the line after `{`', () => {
    const text = fz('sales {', '  # Sales Team', '  n1: circle label:"S"', '}');
    const [lane] = lanesOf(text);
    expect(lane!.label).toBe('Sales Team');
    expect(lane!.legacyLabel).toMatchObject({ text: 'Sales Team', line: 2 });
    expect(analyzeFz(text).diagram.lanes[0]!.label).toBe('Sales Team');
  });

  it('reads a source lane prefix and an empty lane on one line', () => {
    const text = fz(
      'A { # A',
      '  n1: circle label:"S"',
      '  A.n1.handle(right) -> n1.handle(left)',
      '}',
      'E {}',
    );
    const result = analyzeFz(text);
    expect(result.errorCount).toBe(0);
    expect(result.diagram.lanes.map((l) => l.id)).toEqual(['A', 'E']);
  });

  it('keeps emoji in labels (with a warning)', () => {
    const result = analyzeFz(fz('A { # A', '  n1: circle label:"Ship it 🚢"', '}'));
    expect(result.diagram.nodes[0]!.label).toBe('Ship it 🚢');
    expect(result.diagnostics.map((d) => d.code)).toContain('FZ103');
  });

  it('numbers edges in file order across lanes and the top level', () => {
    const text = fz(
      'A { # A',
      '  n1: circle label:"S"',
      '  n1.handle(bottom) -> B.n2.handle(top)',
      '}',
      'B { # B',
      '  n2: circle label:"E"',
      '  n2.handle(top) -> A.n1.handle(bottom)',
      '}',
      'n1.handle(right) -> B.n2.handle(left)',
    );
    const { ast } = parseFz(text);
    const edges = analyzeFz(text).diagram.edges;
    expect(edges.map((e) => [e.id, e.from, e.to])).toEqual([
      ['e1', 'n1', 'n2'],
      ['e2', 'n2', 'n1'],
      ['e3', 'n1', 'n2'],
    ]);
    expect((ast.items[2] as FzAstEdge).seq).toBe(2);
  });

  it('a nested lane header is reported once and the next lane still parses', () => {
    const text = fz('A { # A', '  n1: circle label:"S"', 'B { # B', '  n2: circle label:"E"', '}');
    const result = analyzeFz(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'FZ018',
    ]);
    expect(result.diagram.nodes.map((n) => n.lane)).toEqual(['A', 'B']);
  });
});
