import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../edit';
import { formatFz } from '../fz';
import { formatEdits } from './format';
import { CLEAN } from './testDocs';

/** CLEAN as `fz format` prints it (a blank line between lanes). */
const CANON = CLEAN.replace('}\nApi', '}\n\nApi');

const MESSY = CANON.replace('  n1: circle label:"Start"', 'n1:   circle    label:"Start"').replace(
  '  n3.handle(right) -> n4.handle(left)',
  '    n3.handle(right)->n4.handle(left)   ',
);

describe('formatEdits', () => {
  it('gives the canonical text of `fz format` as one trimmed edit', () => {
    const result = formatEdits(MESSY);
    if (!result.ok) throw new Error(result.message);
    expect(result.edits).toHaveLength(1);
    expect(applyTextEdits(MESSY, result.edits)).toBe(CANON);
    const [edit] = result.edits;
    expect(edit!.start).toBe(MESSY.indexOf('n1:'));
    expect(edit!.end).toBeLessThan(MESSY.length);
  });

  it('gives no edits for canonical text', () => {
    expect(formatFz(CANON)).toMatchObject({ ok: true, changed: false });
    expect(formatEdits(CANON)).toEqual({ ok: true, edits: [] });
  });

  it('refuses text with errors, changing nothing', () => {
    const result = formatEdits(CANON.replace('circle', 'hexagon'));
    expect(result).toEqual({
      ok: false,
      message: 'Not formatted: the text has 1 error (first on line 2).',
    });
  });

  it('keeps CRLF line breaks and a BOM', () => {
    const text = `\uFEFF${MESSY.replace(/\n/g, '\r\n')}`;
    const result = formatEdits(text);
    if (!result.ok) throw new Error(result.message);
    expect(applyTextEdits(text, result.edits)).toBe(`\uFEFF${CANON.replace(/\n/g, '\r\n')}`);
  });

  it('agrees with formatFz on text whose format reorders statements', () => {
    const text = 'A { # A\n  n1.handle(right) -> n2.handle(left)\n  n1: circle\n  n2: circle\n}\n';
    const result = formatEdits(text);
    const canonical = formatFz(text);
    if (!result.ok || !canonical.ok) throw new Error('should format');
    expect(applyTextEdits(text, result.edits)).toBe(canonical.text);
  });
});
