import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { FZ_DIAGNOSTICS, type FzDiagnosticCode } from './diagnostics';

/** Lines joined with LF. */
const fz = (...lines: string[]): string => lines.join('\n');

/** Every diagnostic of `code`, as `[line, column]`. */
function at(text: string, code: FzDiagnosticCode): [number, number][] {
  return analyzeFz(text)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.line, d.column]);
}

const TWO_LANES = [
  'A { # Lane A',
  '  n1: circle label:"Start"',
  '}',
  'B { # Lane B',
  '  n2: rectangle label:"Work"',
  '  n2.handle(top) -> A.n1.handle(bottom) [label="Back"]',
  '}',
];

interface Case {
  code: FzDiagnosticCode;
  text: string;
  line: number;
  column: number;
}

const ERROR_CASES: Case[] = [
  { code: 'FZ001', text: '', line: 1, column: 1 },
  { code: 'FZ001', text: '  \n\t\n', line: 1, column: 1 },
  { code: 'FZ002', text: fz('A { # A', '  n1: circle label:"Start', '}'), line: 2, column: 20 },
  { code: 'FZ003', text: fz('A { # A', '  hello world', '}'), line: 2, column: 3 },
  { code: 'FZ003', text: fz('A { # A', '  "n1": circle', '}'), line: 2, column: 3 },
  { code: 'FZ004', text: fz('A { # A', '  n1: hexagon label:"X"', '}'), line: 2, column: 7 },
  { code: 'FZ005', text: fz('A { # A', '  start: circle label:"X"', '}'), line: 2, column: 3 },
  { code: 'FZ005', text: fz('A { # A', '  n01: circle label:"X"', '}'), line: 2, column: 3 },
  {
    code: 'FZ006',
    text: fz('A { # A', '  n1: circle label:"X"', '  n1: circle label:"Y"', '}'),
    line: 3,
    column: 3,
  },
  {
    code: 'FZ007',
    text: fz('A { # A', '  n1: circle label:"X" priority:"high"', '}'),
    line: 2,
    column: 24,
  },
  {
    code: 'FZ007',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(right) -> n2.handle(left) [color="red"]',
      '}',
    ),
    line: 4,
    column: 40,
  },
  { code: 'FZ008', text: fz('A { # A', '  n1: circle label="X"', '}'), line: 2, column: 14 },
  {
    code: 'FZ009',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(right) -> n2.handle(left) [label:"Go"]',
      '}',
    ),
    line: 4,
    column: 39,
  },
  {
    code: 'FZ010',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1 -> n2.handle(left)',
      '}',
    ),
    line: 4,
    column: 3,
  },
  {
    code: 'FZ010',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(right) -> n2',
      '}',
    ),
    line: 4,
    column: 23,
  },
  {
    code: 'FZ011',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(diagonal) -> n2.handle(left)',
      '}',
    ),
    line: 4,
    column: 13,
  },
  {
    code: 'FZ011',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(Right) -> n2.handle(left)',
      '}',
    ),
    line: 4,
    column: 13,
  },
  {
    code: 'FZ012',
    text: fz('A { # A', '  n1: circle label:"X"', '  n1.handle(right) -> n9.handle(left)', '}'),
    line: 3,
    column: 23,
  },
  {
    code: 'FZ012',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  loop [again] n1 n7',
      '}',
    ),
    line: 4,
    column: 19,
  },
  {
    code: 'FZ013',
    text: fz(
      ...TWO_LANES.slice(0, 2),
      '  n1.handle(bottom) -> Nope.n2.handle(top)',
      ...TWO_LANES.slice(2),
    ),
    line: 3,
    column: 24,
  },
  {
    code: 'FZ014',
    text: fz(
      ...TWO_LANES.slice(0, 2),
      '  n1.handle(bottom) -> n2.handle(top)',
      ...TWO_LANES.slice(2),
    ),
    line: 3,
    column: 24,
  },
  {
    code: 'FZ015',
    text: fz(
      ...TWO_LANES.slice(0, 2),
      '  n1.handle(bottom) -> A.n2.handle(top)',
      ...TWO_LANES.slice(2),
    ),
    line: 3,
    column: 24,
  },
  { code: 'FZ016', text: fz('A { # A', '  n1: circle label:"X"'), line: 1, column: 1 },
  { code: 'FZ017', text: fz('A { # A', '  n1: circle label:"X"', '}', '}'), line: 4, column: 1 },
  {
    code: 'FZ018',
    text: fz('A { # A', '  n1: circle label:"X"', '  B { # B', '  n2: circle label:"Y"', '}'),
    line: 3,
    column: 3,
  },
  { code: 'FZ019', text: 'n1: circle label:"X"', line: 1, column: 1 },
  {
    code: 'FZ020',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '  n2: circle label:"Y"',
      '  n1.handle(right) n2.handle(left)',
      '}',
    ),
    line: 4,
    column: 20,
  },
  {
    code: 'FZ020',
    text: fz('A { # A', '  n1: circle label:"X"', '  loop [never closed n1', '}'),
    line: 3,
    column: 8,
  },
  {
    code: 'FZ021',
    text: fz(
      'A { # A',
      '  n1: circle label:"X"',
      '}',
      'A { # Again',
      '  n2: circle label:"Y"',
      '}',
    ),
    line: 4,
    column: 1,
  },
  {
    code: 'FZ022',
    text: fz('A { # A', '  n1: circle label:"X" label:"Y"', '}'),
    line: 2,
    column: 24,
  },
];

describe('error catalogue: each code at its exact line and column', () => {
  it.each(ERROR_CASES)('$code at $line:$column', ({ code, text, line, column }) => {
    const result = analyzeFz(text);
    expect(at(text, code)).toContainEqual([line, column]);
    expect(result.errorCount).toBeGreaterThan(0);
    expect(FZ_DIAGNOSTICS[code].severity).toBe('error');
  });

  it('names the offending token and says how to fix it', () => {
    const [d] = analyzeFz(fz('A { # A', '  n1: rect label:"X"', '}')).diagnostics;
    expect(d?.message).toContain('`rect`');
    expect(d?.message).toContain('`rectangle`');
    expect(d).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 11 });
  });

  it('stops at the first error of a line (one bad line, one diagnostic)', () => {
    const text = fz('A { # A', '  n1: hexagon label="X" color:"red"', '}');
    const errors = analyzeFz(text).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['FZ004']);
  });
});

const VALID = fz(
  'A { # A',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Work"',
  '  n1.handle(right) -> n2.handle(left)',
  '}',
);

const WARNING_CASES: Case[] = [
  {
    code: 'FZ101',
    text: fz(
      'A { # A',
      '  n1: circle label:"S"',
      '  n3: circle label:"E"',
      '  n1.handle(right) -> n3.handle(left)',
      '}',
    ),
    line: 3,
    column: 3,
  },
  {
    code: 'FZ102',
    text: fz(
      'A { # A',
      `  n1: circle label:"${'x'.repeat(51)}"`,
      '  n2: circle label:"E"',
      '  n1.handle(right) -> n2.handle(left)',
      '}',
    ),
    line: 2,
    column: 20,
  },
  {
    code: 'FZ103',
    text: fz(
      'A { # A',
      '  n1: circle label:"Go 🚀"',
      '  n2: circle label:"E"',
      '  n1.handle(right) -> n2.handle(left)',
      '}',
    ),
    line: 2,
    column: 24,
  },
  { code: 'FZ103', text: fz('A { # Ops \u0007', '}'), line: 1, column: 11 },
  {
    code: 'FZ104',
    text: fz(VALID.replace('}', '  n3: circle label:"Alone"\n}')),
    line: 5,
    column: 3,
  },
  { code: 'FZ105', text: fz(VALID, 'n2.handle(right) -> n1.handle(left)'), line: 6, column: 1 },
  { code: 'FZ106', text: fz(VALID, 'loop [again] n1 n2'), line: 6, column: 1 },
  { code: 'FZ107', text: VALID.replace('}', '  loop [again] n1\n}'), line: 5, column: 3 },
  {
    code: 'FZ108',
    text: fz(
      'A {',
      '  # Lane A',
      '  n1: circle label:"S"',
      '  n2: circle label:"E"',
      '  n1.handle(right) -> n2.handle(left)',
      '}',
    ),
    line: 2,
    column: 3,
  },
  { code: 'FZ109', text: fz('// a diagram', VALID), line: 1, column: 1 },
  {
    code: 'FZ110',
    text: fz(
      'A { # A',
      '  n1: circle label:"S"',
      '  n1.handle(bottom) -> B.n2.handle(top)',
      '}',
      'B { # B',
      '  n2: circle label:"E"',
      '}',
    ),
    line: 3,
    column: 3,
  },
  {
    code: 'FZ111',
    text: fz(
      'A { # A',
      '  n1: circle label:"Say \\"hi\\""',
      '  n2: circle label:"E"',
      '  n1.handle(right) -> n2.handle(left)',
      '}',
    ),
    line: 2,
    column: 20,
  },
];

describe('warnings: each code at its exact line and column, text stays valid', () => {
  it.each(WARNING_CASES)('$code at $line:$column', ({ code, text, line, column }) => {
    const result = analyzeFz(text);
    expect(at(text, code)).toContainEqual([line, column]);
    expect(result.errorCount).toBe(0);
    expect(FZ_DIAGNOSTICS[code].severity).toBe('warning');
  });

  it('a valid, tidy diagram has no diagnostics at all', () => {
    const text = fz(VALID.replace('}', '  n2.handle(left) -> n1.handle(right)\n}'));
    expect(analyzeFz(text).diagnostics).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('has stable FZ codes whose severity matches their range', () => {
    for (const [code, def] of Object.entries(FZ_DIAGNOSTICS)) {
      expect(code).toMatch(/^FZ\d{3}$/);
      const expected = code < 'FZ100' ? 'error' : code < 'FZ900' ? 'warning' : 'info';
      expect(def.severity, code).toBe(expected);
      expect(def.docs.length, code).toBeGreaterThan(10);
    }
  });
});
