/**
 * Hostile input: each case must finish quickly, never throw, and say clearly what is wrong, with
 * a bounded number of diagnostics (at most MAX_DIAGNOSTICS_PER_CODE per code plus one summary).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { MAX_DIAGNOSTICS_PER_CODE } from './diagnosticSink';
import { formatFz } from './printer';

/** Generous per-test timeout: these runs are CPU-heavy and the CI machine may be shared. */
const SLOW_TEST_TIMEOUT = 120_000;

function codes(text: string): string[] {
  return [...new Set(analyzeFz(text).diagnostics.map((d) => d.code))];
}

describe('bad input', () => {
  it(
    'empty file → FZ001',
    () => {
      const result = analyzeFz('');
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: 'FZ001', line: 1, column: 1 }),
      ]);
      expect(formatFz('').ok).toBe(false);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    '10 MB on one line → one FZ003 with a short message',
    () => {
      const result = analyzeFz('x'.repeat(10_000_000));
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: 'FZ003', line: 1, column: 1 });
      expect(result.diagnostics[0]!.message.length).toBeLessThan(400);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    '10 MB inside one unterminated string → FZ002 at the quote',
    () => {
      const result = analyzeFz(`A { # A\n  n1: circle label:"${'y'.repeat(10_000_000)}\n}`);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
        expect.objectContaining({ code: 'FZ002', line: 2, column: 20 }),
      ]);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'binary bytes → errors, never a throw',
    () => {
      let bytes = '';
      for (let i = 0; i < 5000; i++) bytes += String.fromCharCode((i * 7919) % 256);
      const result = analyzeFz(bytes);
      expect(result.errorCount).toBeGreaterThan(0);
      expect(codes(bytes)).toContain('FZ003');
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'NUL bytes → FZ003 naming the control character',
    () => {
      const result = analyzeFz('\u0000\u0000\u0000');
      expect(result.diagnostics[0]).toMatchObject({ code: 'FZ003', line: 1, column: 1 });
      expect(result.diagnostics[0]!.message).toContain('\\u{0}');
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'NUL inside a label → a warning, the diagram is still valid',
    () => {
      const result = analyzeFz('A { # A\n  n1: circle label:"a\u0000b"\n}');
      expect(result.errorCount).toBe(0);
      expect(codes('A { # A\n  n1: circle label:"a\u0000b"\n}')).toContain('FZ103');
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'unclosed quotes on every line → one FZ002 per line',
    () => {
      const text = [
        'A { # A',
        ...Array.from({ length: 50 }, (_, i) => `  n${i + 1}: circle label:"open`),
        '}',
      ];
      const result = analyzeFz(text.join('\n'));
      expect(result.diagnostics.filter((d) => d.code === 'FZ002')).toHaveLength(50);
      expect(result.errorCount).toBe(50);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    '100,000 lines of `}` → capped FZ017 plus one "and N more"',
    () => {
      const result = analyzeFz('}\n'.repeat(100_000));
      expect(result.errorCount).toBe(100_000);
      const stray = result.diagnostics.filter((d) => d.code === 'FZ017');
      expect(stray).toHaveLength(MAX_DIAGNOSTICS_PER_CODE);
      const more = result.diagnostics.filter((d) => d.code === 'FZ900');
      expect(more).toHaveLength(1);
      expect(more[0]).toMatchObject({ severity: 'info', line: MAX_DIAGNOSTICS_PER_CODE + 1 });
      expect(more[0]!.message).toContain(`${100_000 - MAX_DIAGNOSTICS_PER_CODE} more FZ017`);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    '100,000 lines of `->` → capped FZ003',
    () => {
      const result = analyzeFz('->\n'.repeat(100_000));
      expect(result.errorCount).toBe(100_000);
      expect(result.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS_PER_CODE + 2);
      expect(codes('->\n'.repeat(100_000))).toEqual(['FZ003', 'FZ900']);
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'a label of 100,000 characters → FZ102, the node is kept',
    () => {
      const text = `A { # A\n  n1: rectangle label:"${'z'.repeat(100_000)}"\n  n2: circle label:"E"\n  n1.handle(right) -> n2.handle(left)\n}`;
      const result = analyzeFz(text);
      expect(result.errorCount).toBe(0);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['FZ102']);
      expect(result.diagram.nodes[0]!.label).toHaveLength(100_000);
    },
    SLOW_TEST_TIMEOUT,
  );
});
