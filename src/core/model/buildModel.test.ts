import { describe, expect, it } from 'vitest';
import { analyzeFz } from './analyze';
import { toGraphJson } from './graphJson';

const fz = (...lines: string[]): string => lines.join('\n');

describe('analyzeFz: the diagram model', () => {
  it('derives node labels: label, else description, else id; taskbox `a|b|c` sub-items', () => {
    const { diagram } = analyzeFz(
      fz(
        'A { # A',
        '  n1: taskbox owner:"Alice" description:"Deploy" system:"CI"',
        '  n2: rectangle',
        '  n3: taskbox label:"Review|Check docs|Verify data"',
        '  n4: rectangle label:"a|b"',
        '}',
      ),
    );
    expect(diagram.nodes.map((n) => [n.id, n.label, n.subItems])).toEqual([
      ['n1', 'Deploy', undefined],
      ['n2', 'n2', undefined],
      ['n3', 'Review', ['Check docs', 'Verify data']],
      ['n4', 'a|b', undefined],
    ]);
    expect(diagram.nodes[0]).toMatchObject({ owner: 'Alice', description: 'Deploy', system: 'CI' });
    expect(diagram.nodes[1]).not.toHaveProperty('owner');
  });

  it('falls back to the lane id when a lane has no label', () => {
    expect(analyzeFz('Ops {\n}').diagram.lanes).toMatchObject([{ id: 'Ops', label: 'Ops' }]);
  });

  it('gives ranges on the statement, 1-based, end exclusive', () => {
    const { diagram } = analyzeFz(fz('A { # A', '  n1: circle label:"S"', '}'));
    expect(diagram.nodes[0]!.range).toEqual({
      startLine: 2,
      startColumn: 3,
      endLine: 2,
      endColumn: 23,
    });
    expect(diagram.lanes[0]!.range).toMatchObject({ startLine: 1, startColumn: 1 });
  });

  it('builds a partial diagram when there are errors: keeps what resolves, drops dangling edges', () => {
    const result = analyzeFz(
      fz(
        'A { # A',
        '  n1: circle label:"S"',
        '  n2: hexagon label:"Bad shape"',
        '  n3: circle label:"E"',
        '  n1.handle(right) -> n3.handle(left)',
        '  n1.handle(right) -> n2.handle(left)',
        '  n1.handle(right) -> n9.handle(left)',
        '  n3.handle(sideways) -> n1.handle(left)',
        '}',
      ),
    );
    expect(result.errorCount).toBe(3);
    expect(result.diagram.nodes.map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(result.diagram.edges.map((e) => [e.id, e.from, e.to])).toEqual([['e1', 'n1', 'n3']]);
    expect(result.stats).toEqual({ lanes: 1, nodes: 2, edges: 1, loops: 0 });
  });

  it('sorts diagnostics by position and counts errors and warnings', () => {
    const result = analyzeFz(
      fz(
        '// note',
        'A { # A',
        '  n1: circle label:"S"',
        '  n1.handle(right) -> n9.handle(left)',
        '}',
      ),
    );
    expect(result.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [1, 'FZ109'],
      [3, 'FZ104'],
      [4, 'FZ012'],
    ]);
    expect([result.errorCount, result.warningCount]).toEqual([1, 2]);
  });

  it('keeps loop members that resolve and records where the loop was written', () => {
    const { diagram } = analyzeFz(
      fz(
        'A { # A',
        '  n1: circle label:"S"',
        '  n2: circle label:"E"',
        '  n1.handle(right) -> n2.handle(left)',
        '  loop [until done] n1 n2',
        '}',
      ),
    );
    expect(diagram.loops).toMatchObject([
      { condition: 'until done', nodes: ['n1', 'n2'], lane: 'A' },
    ]);
  });
});

describe('toGraphJson', () => {
  it('gives exactly the `fz graph` shape, optional keys omitted', () => {
    const { diagram } = analyzeFz(
      fz(
        'A { # Lane A',
        '  n1: taskbox owner:"Ana" description:"Deploy"',
        '  n1.handle(bottom) -> B.n2.handle(top) [label="Go"]',
        '  loop [again] n1 n2',
        '}',
        'B {',
        '  n2: circle label:"E"',
        '  n2.handle(top) -> A.n1.handle(bottom)',
        '}',
      ),
    );
    expect(toGraphJson(diagram)).toStrictEqual({
      lanes: [
        { id: 'A', label: 'Lane A' },
        { id: 'B', label: 'B' },
      ],
      nodes: [
        {
          id: 'n1',
          lane: 'A',
          shape: 'taskbox',
          label: 'Deploy',
          owner: 'Ana',
          description: 'Deploy',
        },
        { id: 'n2', lane: 'B', shape: 'circle', label: 'E' },
      ],
      edges: [
        {
          from: 'n1',
          to: 'n2',
          fromLane: 'A',
          toLane: 'B',
          fromHandle: 'bottom',
          toHandle: 'top',
          label: 'Go',
        },
        { from: 'n2', to: 'n1', fromLane: 'B', toLane: 'A', fromHandle: 'top', toHandle: 'bottom' },
      ],
      loops: [{ condition: 'again', nodes: ['n1', 'n2'] }],
    });
  });
});
