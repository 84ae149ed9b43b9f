import type { FzTextEdit } from '../core/edit/types';

/** Whether offset `i` of `text` falls inside a `\r\n` pair or a UTF-16 surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (before === 13 && after === 10) return true;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The one edit that turns `before` into `after`: the part between their common start and common
 * end is replaced, the rest is untouched (so the editor keeps cursor, folding and markers outside
 * it). The cut never falls inside a `\r\n` or a surrogate pair. Returns `[]` when the texts are
 * equal. Offsets are UTF-16 code units into `before`.
 *
 * @example
 * replacementEdits('a-b-c', 'a-X-c'); // [{ start: 2, end: 3, insert: 'X' }]
 */
export function replacementEdits(before: string, after: string): FzTextEdit[] {
  if (before === after) return [];
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splitsPair(before, prefix) || splitsPair(after, prefix))) prefix--;
  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  while (
    suffix > 0 &&
    (splitsPair(before, before.length - suffix) || splitsPair(after, after.length - suffix))
  ) {
    suffix--;
  }
  return [
    {
      start: prefix,
      end: before.length - suffix,
      insert: after.slice(prefix, after.length - suffix),
    },
  ];
}
