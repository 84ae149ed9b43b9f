import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { printDiagram } from './printDiagram';
import { printEdgeLine, printLaneHeader, printLoopLine, printNodeLine } from './printLines';
import { formatFz } from './printer';

const fz = (...lines: string[]): string => lines.join('\n');

function formatted(text: string): string {
  const result = formatFz(text);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.text;
}

describe('formatFz: canonical form', () => {
  it('indents, orders attributes, uses `[label="…"]`, LF and a final newline', () => {
    const messy = fz(
      'A {   #   Lane A  ',
      'n1 :circle system:"S" owner:"O"   label : "Start" description:"D"',
      '',
      '\tn1.handle(right)->B.n2.handle(left) [ label = "Go" ]',
      '}',
      'B {',
      'n2: rectangle label:"Work"',
      'n2.handle(left) -> A.n1.handle(right)',
      '}',
    ).replace(/\n/g, '\r\n');
    expect(formatted(messy)).toBe(
      fz(
        'A { # Lane A',
        '  n1: circle label:"Start" owner:"O" description:"D" system:"S"',
        '  n1.handle(right) -> B.n2.handle(left) [label="Go"]',
        '}',
        '',
        'B {',
        '  n2: rectangle label:"Work"',
        '  n2.handle(left) -> A.n1.handle(right)',
        '}',
        '',
      ),
    );
  });

  it('puts nodes first, then edges, then loops, keeping each group in order', () => {
    const text = fz(
      'A { # A',
      '  loop [again] n1 n2',
      '  n1.handle(right) -> n2.handle(left)',
      '  n2: circle label:"E"',
      '  n2.handle(left) -> n1.handle(right)',
      '  n1: circle label:"S"',
      '}',
    );
    expect(formatted(text)).toBe(
      fz(
        'A { # A',
        '  n2: circle label:"E"',
        '  n1: circle label:"S"',
        '  n1.handle(right) -> n2.handle(left)',
        '  n2.handle(left) -> n1.handle(right)',
        '  loop [again] n1 n2',
        '}',
        '',
      ),
    );
  });

  it('keeps comments before the statement they preceded, and top-level edges where they were', () => {
    const text = fz(
      '// the diagram',
      'A { # A',
      '  n1.handle(right) -> n2.handle(left)',
      '  // the end node',
      '  n2: circle label:"E"',
      '  n1: circle label:"S"',
      '  # trailing note',
      '}',
      '// handoff',
      'n2.handle(bottom) -> n1.handle(top)',
    );
    expect(formatted(text)).toBe(
      fz(
        '// the diagram',
        'A { # A',
        '  // the end node',
        '  n2: circle label:"E"',
        '  n1: circle label:"S"',
        '  n1.handle(right) -> n2.handle(left)',
        '  # trailing note',
        '}',
        '',
        '// handoff',
        'n2.handle(bottom) -> n1.handle(top)',
        '',
      ),
    );
  });

  it('turns the legacy label line into a header label', () => {
    const text = fz('sales {', '  # Sales Team', '  n1: circle label:"S"', '}');
    expect(formatted(text)).toBe(fz('sales { # Sales Team', '  n1: circle label:"S"', '}', ''));
  });

  it('never lets a moved `#` comment become a lane label', () => {
    const text = fz(
      'A {',
      '  n1.handle(right) -> n2.handle(left)',
      '  # note',
      '  n1: circle label:"S"',
      '  n2: circle label:"E"',
      '}',
    );
    const once = formatted(text);
    expect(once.split('\n')[1]).toBe('  // note');
    expect(analyzeFz(once).diagram.lanes[0]!.label).toBe('A');
    expect(formatted(once)).toBe(once);
    expect(once).toContain('note');
  });

  it('keeps a lane label ending in U+FEFF or another Unicode space (found by the property test)', () => {
    for (const tail of ['\uFEFF', '\u00A0', '\u2003']) {
      const text = `A { # Lane${tail}\n  n1: circle label:"x"\n}\n`;
      const formatted = formatFz(text);
      expect(formatted.ok).toBe(true);
      if (!formatted.ok) continue;
      expect(analyzeFz(formatted.text).diagram.lanes[0]!.label).toBe(
        analyzeFz(text).diagram.lanes[0]!.label,
      );
      expect(formatted.text).toContain(`# Lane${tail}\n`);
    }
  });

  it('reports `changed: false` for canonical text and refuses text with errors', () => {
    const canonical = fz('A { # A', '  n1: circle label:"S"', '}', '');
    expect(formatFz(canonical)).toEqual({ ok: true, text: canonical, changed: false });
    const broken = formatFz(fz('A { # A', '  n1: hexagon label:"S"', '}'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.diagnostics.map((d) => d.code)).toEqual(['FZ004']);
  });
});

describe('line printers', () => {
  it('print each statement kind', () => {
    expect(printNodeLine({ id: 'n1', shape: 'taskbox', owner: 'Ana', system: 'CI' })).toBe(
      'n1: taskbox owner:"Ana" system:"CI"',
    );
    expect(
      printEdgeLine({
        from: 'n1',
        fromHandle: 'bottom',
        to: 'n5',
        toLane: 'Api',
        toHandle: 'top',
        label: '',
      }),
    ).toBe('n1.handle(bottom) -> Api.n5.handle(top) [label=""]');
    expect(printLoopLine('retry [max 3]', ['n1', 'n2'])).toBe('loop [retry [max 3)] n1 n2');
    expect(printLaneHeader('Api', null)).toBe('Api {');
  });
});

describe('printDiagram', () => {
  it('prints a model that parses back to the same model', () => {
    const source = fz(
      'A { # Lane A',
      '  n1: taskbox label:"Review|Check|Sign" owner:"Ana"',
      '  n1.handle(bottom) -> B.n2.handle(top) [label="Send"]',
      '  loop [again] n1 n2',
      '}',
      '',
      'B { # Lane B',
      '  n2: rectangle label:"Work"',
      '  n2.handle(top) -> A.n1.handle(bottom)',
      '}',
      '',
    );
    const diagram = analyzeFz(source).diagram;
    expect(printDiagram(diagram)).toBe(source);
  });

  it('writes edges after the last lane when lane order would change the edge order', () => {
    const diagram = analyzeFz(
      fz(
        'A { # A',
        '  n1: circle label:"S"',
        '}',
        'B { # B',
        '  n2: circle label:"E"',
        '  n2.handle(top) -> A.n1.handle(bottom)',
        '}',
        'n1.handle(bottom) -> B.n2.handle(top)',
      ),
    ).diagram;
    const again = analyzeFz(printDiagram(diagram)).diagram;
    expect(again.edges.map((e) => e.from)).toEqual(['n2', 'n1']);
  });
});
