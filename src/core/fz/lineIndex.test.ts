import { describe, expect, it } from 'vitest';
import { decodeFzString, findUnprintable, quoteFzString } from './escapes';
import { createLineIndex, lineCount, positionAt, rangeInLine, rangeOf } from './lineIndex';

describe('line index', () => {
  it('treats LF, CRLF and lone CR as line ends and counts a final empty line', () => {
    const index = createLineIndex('a\nbb\r\nccc\rd\n');
    expect(Array.from(index.starts)).toEqual([0, 2, 6, 10, 12]);
    expect(Array.from(index.ends)).toEqual([1, 4, 9, 11, 12]);
    expect(lineCount(index)).toBe(5);
  });

  it('has one empty line for empty text', () => {
    expect(lineCount(createLineIndex(''))).toBe(1);
  });

  it('skips a BOM so that it never shifts columns', () => {
    const index = createLineIndex('\uFEFFab\ncd');
    expect(positionAt(index, 1)).toEqual({ line: 1, column: 1 });
    expect(positionAt(index, 5)).toEqual({ line: 2, column: 2 });
  });

  it('turns offsets into 1-based end-exclusive ranges, with or without a known line', () => {
    const text = 'x\n  n1: circle';
    const index = createLineIndex(text);
    const expected = { startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 };
    expect(rangeOf(index, 4, 6)).toEqual(expected);
    expect(rangeInLine(index, 2, 4, 6)).toEqual(expected);
    expect(rangeOf(index, 0, 4)).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 2,
      endColumn: 3,
    });
  });
});

describe('string escapes', () => {
  it('decodes only \\" and \\\\', () => {
    expect(decodeFzString('Say \\"hi\\" \\\\ bye \\n')).toBe('Say "hi" \\ bye \\n');
  });

  it('quotes with escapes and turns line breaks into spaces', () => {
    expect(quoteFzString('a "b" \\ c\r\nd')).toBe('"a \\"b\\" \\\\ c d"');
    expect(decodeFzString(quoteFzString('x\\"y').slice(1, -1))).toBe('x\\"y');
  });

  it('finds emoji and control characters but not accents, CJK or tabs', () => {
    expect(findUnprintable('Café 中文\tok', 0, 11)).toBe(-1);
    expect(findUnprintable('ok 🚀', 0, 5)).toBe(3);
    expect(findUnprintable('a\u0007', 0, 2)).toBe(1);
    expect(findUnprintable('a\u200Db', 0, 3)).toBe(1);
  });
});
