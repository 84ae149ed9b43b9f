import { describe, expect, it } from 'vitest';
import { applyTextEdits, checkTextEdits, invertTextEdits } from './textEdits';
import type { FzTextEdit } from './types';

const TEXT = 'n1: circle label:"Start"';

describe('applyTextEdits', () => {
  it('applies replacements, insertions and deletions addressed in the original text', () => {
    const edits: FzTextEdit[] = [
      { start: 0, end: 0, insert: '  ' },
      { start: 4, end: 10, insert: 'diamond' },
      { start: 10, end: 24, insert: '' },
    ];
    expect(applyTextEdits(TEXT, edits)).toBe('  n1: diamond');
  });

  it('returns the text itself for an empty batch', () => {
    expect(applyTextEdits(TEXT, [])).toBe(TEXT);
  });

  it('applies two insertions at one offset in batch order', () => {
    const edits = [
      { start: 2, end: 2, insert: 'a' },
      { start: 2, end: 2, insert: 'b' },
    ];
    expect(applyTextEdits('xyz', edits)).toBe('xyabz');
  });

  it('throws a RangeError naming the edit for unsorted, overlapping or out-of-range batches', () => {
    const unsorted = [
      { start: 5, end: 6, insert: '' },
      { start: 1, end: 2, insert: '' },
    ];
    expect(() => applyTextEdits(TEXT, unsorted)).toThrow(/edit 1.*overlaps or precedes/);
    const overlapping = [
      { start: 1, end: 5, insert: '' },
      { start: 4, end: 6, insert: '' },
    ];
    expect(() => applyTextEdits(TEXT, overlapping)).toThrow(RangeError);
    expect(() => applyTextEdits(TEXT, [{ start: 0, end: 99, insert: '' }])).toThrow(/not inside/);
    expect(() => applyTextEdits(TEXT, [{ start: 3, end: 2, insert: '' }])).toThrow(/not inside/);
    expect(() => applyTextEdits(TEXT, [{ start: 0.5, end: 1, insert: '' }])).toThrow(/integers/);
  });
});

describe('checkTextEdits', () => {
  it('accepts touching ranges and reports the first bad edit without throwing', () => {
    const touching = [
      { start: 0, end: 2, insert: 'x' },
      { start: 2, end: 2, insert: 'y' },
      { start: 2, end: 4, insert: '' },
    ];
    expect(checkTextEdits(10, touching)).toBeNull();
    expect(checkTextEdits(3, [{ start: 0, end: 4, insert: '' }])).toMatch(/^edit 0/);
  });
});

describe('invertTextEdits', () => {
  it('gives the batch that restores the original, and inverting that gives the batch back', () => {
    const edits: FzTextEdit[] = [
      { start: 0, end: 2, insert: 'node7' },
      { start: 10, end: 10, insert: ' owner:"Ops"' },
      { start: 17, end: 24, insert: '"Go"' },
    ];
    const after = applyTextEdits(TEXT, edits);
    expect(after).toBe('node7: circle owner:"Ops" label:"Go"');
    const undo = invertTextEdits(TEXT, edits);
    expect(applyTextEdits(after, undo)).toBe(TEXT);
    expect(invertTextEdits(after, undo)).toEqual(edits);
  });

  it('rejects an invalid batch like applyTextEdits', () => {
    expect(() => invertTextEdits('ab', [{ start: 1, end: 3, insert: '' }])).toThrow(RangeError);
  });
});
