import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../fz/lineIndex';
import { offsetAt, positionOf, rangeOfOffsets } from './positions';

describe('offsets ↔ 1-based positions', () => {
  it('counts columns in UTF-16 units (an emoji is two)', () => {
    const text = 'a😀b\nc';
    const lines = createLineIndex(text);
    expect(positionOf(lines, text.indexOf('b'))).toEqual({ line: 1, column: 4 });
    expect(offsetAt(lines, { line: 1, column: 4 })).toBe(text.indexOf('b'));
  });

  it('treats CRLF as one line break', () => {
    const text = 'ab\r\ncd\r\nef';
    const lines = createLineIndex(text);
    expect(positionOf(lines, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(offsetAt(lines, { line: 3, column: 1 })).toBe(text.indexOf('e'));
  });

  it('does not count a BOM on line 1', () => {
    const text = '\uFEFFab\ncd';
    const lines = createLineIndex(text);
    expect(positionOf(lines, text.indexOf('a'))).toEqual({ line: 1, column: 1 });
    expect(offsetAt(lines, { line: 1, column: 2 })).toBe(text.indexOf('b'));
  });

  it('clamps columns to the line content and lines to the text', () => {
    const text = 'ab\r\ncd';
    const lines = createLineIndex(text);
    expect(offsetAt(lines, { line: 1, column: 99 })).toBe(2);
    expect(offsetAt(lines, { line: 9, column: 1 })).toBe(text.length);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = '\uFEFFx {\r\n  n1: circle label:"é😀"\n\ty\r}';
    const lines = createLineIndex(text);
    for (let offset = 1; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      expect(offsetAt(lines, positionOf(lines, offset))).toBe(offset);
    }
  });

  it('gives ranges over several lines', () => {
    const text = 'ab\ncd\nef';
    expect(rangeOfOffsets(createLineIndex(text), 1, 7)).toEqual({
      startLine: 1,
      startColumn: 2,
      endLine: 3,
      endColumn: 2,
    });
  });
});
