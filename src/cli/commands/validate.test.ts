import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidateReport } from './validate';
import { runFz, SHOP_FZ, tempDirWith } from '../testing';

/** BR-03: unknown shape on physical line 7 after two blank lines. */
const BR03_LINES = [
  '',
  '',
  'Ops { # Operations',
  '  n1: circle label:"Start"',
  '  n3: rectangle label:"Y"',
  '  n1.handle(right) -> n3.handle(left)',
  '  n2: hexagon label:"X"',
  '}',
  '',
];
const BOM = '\uFEFF';

/** BR-01: the closing quote is missing on line 6; lines 7 to 9 are fine. */
const BR01 = [
  'Shop { # Shop',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Browse"',
  '  n3: rectangle label:"Checkout"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n4: rectangle label:"Pay at desk',
  '  n5: rectangle label:"Receipt"',
  '  n2.handle(right) -> n3.handle(left)',
  '}',
].join('\n');

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await tempDirWith({
    'shop.fz': SHOP_FZ,
    'br03-lf.fz': BR03_LINES.join('\n'),
    'br03-crlf-bom.fz': BOM + BR03_LINES.join('\r\n'),
    'br01.fz': BR01,
    'many.fz': `Ops { # Ops\n${Array.from({ length: 150 }, (_, i) => `  n${i + 1}: hexagon label:"X"\n`).join('')}}\n`,
    'binary.fz': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    'nul.fz': new Uint8Array([0x00, 0x00, 0x0a, 0x00]),
  }));
});
afterAll(() => remove());

function parseReports(stdout: string): ValidateReport[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return JSON.parse(stdout) as ValidateReport[];
}

describe('fz validate', () => {
  it('accepts a valid diagram: exit 0 and a line with its counts', async () => {
    const run = await runFz(dir, ['validate', 'shop.fz']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shop.fz: valid');
    expect(run.stdout).toContain('2 lanes, 3 nodes, 3 edges, 0 loops');
  });

  it('prints compiler-style lines and exits 1 on errors', async () => {
    const run = await runFz(dir, ['validate', 'br03-lf.fz']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^br03-lf\.fz:7:\d+: error FZ\d{3}: .+$/m);
    expect(run.stdout).toContain('br03-lf.fz: invalid: 1 error');
  });

  it('BR-03: a BOM and CRLF shift neither line nor column, in file, stdin and JSON modes', async () => {
    const plain = parseReports((await runFz(dir, ['validate', '--json', 'br03-lf.fz'])).stdout);
    const expected = plain[0]!.errors.map(({ line, column, code }) => ({ line, column, code }));
    expect(expected).toHaveLength(1);
    expect(expected[0]!.line).toBe(7);

    const fileText = await runFz(dir, ['validate', 'br03-crlf-bom.fz']);
    const stdinText = await runFz(dir, ['validate', '-'], BOM + BR03_LINES.join('\r\n'));
    const fileJson = await runFz(dir, ['validate', '--json', 'br03-crlf-bom.fz']);
    const stdinJson = await runFz(dir, ['validate', '--json'], BOM + BR03_LINES.join('\r\n'));
    const { line, column, code } = expected[0]!;
    expect(fileText.stdout).toContain(`br03-crlf-bom.fz:${line}:${column}: error ${code}:`);
    expect(stdinText.stdout).toContain(`<stdin>:${line}:${column}: error ${code}:`);
    for (const run of [fileJson, stdinJson]) {
      const [report] = parseReports(run.stdout);
      expect(report!.errors.map((e) => ({ line: e.line, column: e.column, code: e.code }))).toEqual(
        expected,
      );
    }
    expect(parseReports(stdinJson.stdout)[0]!.file).toBe('<stdin>');
  });

  it('BR-01: an unterminated string is one error at its opening quote, nothing after it', async () => {
    const [report] = parseReports((await runFz(dir, ['validate', '--json', 'br01.fz'])).stdout);
    expect(report!.errors).toHaveLength(1);
    expect(report!.errors[0]).toMatchObject({
      line: 6,
      column: BR01.split('\n')[5]!.indexOf('"') + 1,
    });
    expect(report!.stats.nodes).toBeGreaterThanOrEqual(4);
  });

  it('--json prints one array with one report per file, in argument order', async () => {
    const run = await runFz(dir, ['validate', '--json', 'shop.fz', 'br03-lf.fz']);
    expect(run.code).toBe(1);
    const reports = parseReports(run.stdout);
    expect(reports.map((r) => [r.file, r.valid])).toEqual([
      ['shop.fz', true],
      ['br03-lf.fz', false],
    ]);
    expect(reports[0]).toEqual({
      file: 'shop.fz',
      valid: true,
      errors: [],
      warnings: expect.any(Array) as unknown,
      stats: { lanes: 2, nodes: 3, edges: 3, loops: 0 },
    });
    expect(Object.keys(reports[1]!.errors[0]!).sort()).toEqual([
      'code',
      'column',
      'line',
      'message',
    ]);
  });

  it('counts every error in the status line, even past the 100-per-code cap of the list', async () => {
    const run = await runFz(dir, ['validate', 'many.fz']);
    expect(run.stdout).toContain('many.fz: invalid: 150 errors');
    const [report] = parseReports((await runFz(dir, ['validate', '--json', 'many.fz'])).stdout);
    expect(report!.valid).toBe(false);
    expect(report!.errors.length).toBeLessThanOrEqual(100);
  });

  it('sums several files up in text mode', async () => {
    const run = await runFz(dir, ['validate', 'shop.fz', 'br03-lf.fz']);
    expect(run.stdout).toMatch(/^2 files checked: 1 valid, 1 invalid \(1 error, \d+ warnings?\)$/m);
  });

  it.each([
    ['missing.fz', 'fz: cannot read missing.fz: no such file\n'],
    ['.', 'fz: cannot read .: is a directory, not a file\n'],
  ])('exits 2 with one line for an unreadable input (%s)', async (file, message) => {
    const run = await runFz(dir, ['validate', '--json', 'shop.fz', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(parseReports(run.stdout).map((r) => r.file)).toEqual(['shop.fz']);
  });

  it('exits 1 with a clear line for binary (not UTF-8) input, keeping the other reports', async () => {
    const run = await runFz(dir, ['validate', '--json', 'shop.fz', 'binary.fz']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'fz: binary.fz: error: not UTF-8 text (a binary file?); .fz files are UTF-8\n',
    );
    expect(parseReports(run.stdout).map((r) => r.file)).toEqual(['shop.fz']);
  });

  it('reports NUL bytes as diagnostics with positions and exits 1', async () => {
    const run = await runFz(dir, ['validate', 'nul.fz']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^nul\.fz:1:1: error FZ\d{3}: /m);
  });

  it('reads piped stdin when no file is named, and refuses a terminal', async () => {
    expect((await runFz(dir, ['validate'], SHOP_FZ)).stdout).toContain('<stdin>: valid');
    const terminal = await runFz(dir, ['validate'], null);
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toContain('standard input is a terminal');
  });
});
