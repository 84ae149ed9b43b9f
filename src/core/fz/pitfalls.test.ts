/**
 * The known pitfalls (shared/docs/known-pitfalls.md) at the level of the language core.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { printNodeLine } from './printLines';
import { formatFz } from './printer';

const fz = (...lines: string[]): string => lines.join('\n');

describe('BR-01: an unterminated string is reported where it starts, and only there', () => {
  const text = fz(
    'Shop { # Shop',
    '  n1: circle label:"Start"',
    '  n2: rectangle label:"Pick items"',
    '  n1.handle(right) -> n2.handle(left)',
    '  n2.handle(right) -> n3.handle(left)',
    '  n4: rectangle label:"Pay at desk',
    '  n3: rectangle label:"Checkout"',
    '  n5: circle label:"Done"',
    '  n3.handle(right) -> n5.handle(left)',
    '}',
  );
  const result = analyzeFz(text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');

  it('gives exactly one error, on line 6 at the opening quote, naming an unterminated string', () => {
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'FZ002', line: 6, column: 23 });
    expect(errors[0]!.message).toMatch(/unterminated string/i);
  });

  it('reports nothing on lines 7 to 9', () => {
    expect(result.diagnostics.filter((d) => d.line >= 7 && d.line <= 9)).toEqual([]);
  });

  it('still shows the other nodes and edges', () => {
    expect(result.diagram.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n4', 'n3', 'n5']);
    expect(result.diagram.edges.map((e) => `${e.from}>${e.to}`)).toEqual([
      'n1>n2',
      'n2>n3',
      'n3>n5',
    ]);
  });
});

describe('BR-02: empty comment lines do not break what follows', () => {
  const text = fz(
    'Ops { # Operations',
    '//',
    '#   ',
    '  n1: circle label:"Alert"',
    '  n2: rectangle label:"Page on-call"',
    '  n1.handle(right) -> n2.handle(left)',
    '}',
  );

  it('treats both lines as comments (warnings only) and keeps the lane label', () => {
    const result = analyzeFz(text);
    expect(result.errorCount).toBe(0);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['FZ109', 2],
      ['FZ109', 3],
    ]);
    expect(result.diagram.lanes).toMatchObject([{ id: 'Ops', label: 'Operations' }]);
    expect(result.diagram.nodes).toHaveLength(2);
    expect(result.diagram.edges).toHaveLength(1);
  });

  it('format keeps both lines, the same way every time', () => {
    const once = formatFz(text);
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    expect(once.text).toBe(
      fz(
        'Ops { # Operations',
        '  //',
        '  #',
        '  n1: circle label:"Alert"',
        '  n2: rectangle label:"Page on-call"',
        '  n1.handle(right) -> n2.handle(left)',
        '}',
        '',
      ),
    );
    expect(formatFz(once.text)).toEqual({ ok: true, text: once.text, changed: false });
  });
});

describe('BR-03: BOM, CRLF and blank lines never shift positions', () => {
  const lines = [
    '',
    '',
    'A { # A',
    '  n1: circle label:"Start"',
    '  n3: circle label:"End"',
    '  n1.handle(right) -> n3.handle(left)',
    '  n2: hexagon label:"X"',
    '}',
  ];
  const variants = {
    'BOM + CRLF': '\uFEFF' + lines.join('\r\n'),
    'BOM + LF': '\uFEFF' + lines.join('\n'),
    'CRLF only': lines.join('\r\n'),
    'lone CR': lines.join('\r'),
    LF: lines.join('\n'),
  };

  it.each(Object.entries(variants))(
    '%s: the unknown shape is on physical line 7, column 7',
    (_, text) => {
      const errors = analyzeFz(text).diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toEqual([
        expect.objectContaining({ code: 'FZ004', line: 7, column: 7, endLine: 7, endColumn: 14 }),
      ]);
    },
  );

  it('a BOM does not shift columns on line 1', () => {
    const [d] = analyzeFz('\uFEFFn1: circle label:"X"').diagnostics;
    expect(d).toMatchObject({ code: 'FZ019', line: 1, column: 1, endColumn: 3 });
  });
});

describe('BR-06(b): escapes in labels', () => {
  const label = 'Say "hi" \\ bye';
  const line = printNodeLine({ id: 'n5', shape: 'rectangle', label });
  const text = fz(
    'A { # A',
    '  n4: circle label:"Start"',
    `  ${line}`,
    '  n4.handle(right) -> n5.handle(left)',
    '}',
  );

  it('writes `\\"` and `\\\\` escapes', () => {
    expect(line).toBe('n5: rectangle label:"Say \\"hi\\" \\\\ bye"');
  });

  it('reads the label back exactly, with a warning that FlowZap may not read escapes', () => {
    const result = analyzeFz(text);
    expect(result.diagram.nodes[1]!.label).toBe(label);
    expect(result.errorCount).toBe(0);
    expect(result.diagnostics.map((d) => d.code)).toContain('FZ111');
    expect(result.diagnostics.find((d) => d.code === 'FZ111')!.message).toMatch(/FlowZap/);
  });

  it('format on the result changes nothing', () => {
    const formatted = formatFz(text + '\n');
    expect(formatted).toEqual({ ok: true, text: text + '\n', changed: false });
  });
});

describe('BR-11: diagnostics follow the text', () => {
  const base = [
    'A { # A',
    '  n1: circle label:"Start"',
    '  n2: rectangle label:"Work"',
    '  n3: circle label:"End"',
    '  n1.handle(right) -> n2.handle(left)',
    '  n2.handle(right) -> n3.handle(left)',
    '  n3.handle(top) -> n1.handle(top)',
    '  n2.handle(bottom) -> n1.handle(bottom)',
    '  n3.handle(right) -> n99.handle(left)',
    '}',
  ];
  const errorsOf = (text: string) =>
    analyzeFz(text)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => [d.code, d.line, d.column]);

  it('the undeclared node is on line 9', () => {
    expect(errorsOf(base.join('\n'))).toEqual([['FZ012', 9, 23]]);
  });

  it('after inserting 3 lines at the top it is on line 12, once', () => {
    expect(errorsOf(['', '// notes', '', ...base].join('\n'))).toEqual([['FZ012', 12, 23]]);
  });

  it('after deleting the bad line nothing is left', () => {
    const fixed = ['', '// notes', '', ...base.filter((l) => !l.includes('n99'))].join('\n');
    expect(errorsOf(fixed)).toEqual([]);
  });
});
