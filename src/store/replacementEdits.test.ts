import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replacementEdits } from './replacementEdits';

function apply(text: string, edits: { start: number; end: number; insert: string }[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.insert + out.slice(e.end);
  return out;
}

describe('replacementEdits', () => {
  it('rewrites only the differing middle', () => {
    expect(replacementEdits('a-b-c', 'a-X-c')).toEqual([{ start: 2, end: 3, insert: 'X' }]);
    expect(replacementEdits('abc', 'abXc')).toEqual([{ start: 2, end: 2, insert: 'X' }]);
    expect(replacementEdits('abc', 'ac')).toEqual([{ start: 1, end: 2, insert: '' }]);
  });

  it('gives no edit for equal texts', () => {
    expect(replacementEdits('same', 'same')).toEqual([]);
  });

  it('never cuts inside \\r\\n or a surrogate pair', () => {
    const [crlf] = replacementEdits('a\r\nb', 'a\r\r\nb');
    expect(crlf!.start).toBeLessThanOrEqual(1);
    const [emoji] = replacementEdits('x\uD83D\uDE00', 'x\uD83D\uDE01');
    expect(emoji).toEqual({ start: 1, end: 3, insert: '\uD83D\uDE01' });
  });

  it('always gives `after` when applied to `before`', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '\uD83D', '\uDE00') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(apply(before, replacementEdits(before, after))).toBe(after);
      }),
    );
  });
});
