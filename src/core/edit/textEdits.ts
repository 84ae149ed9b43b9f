/**
 * Applying and undoing a batch of {@link FzTextEdit}s, like jsonc-parser's `applyEdits`. A batch is
 * addressed in the text *before* any of its edits: sorted by `start`, ranges inside the text and
 * never overlapping (an insertion may touch its neighbours). A batch that breaks these rules is a
 * programmer error (the batch came from code, not from the user), so these functions throw a
 * `RangeError` naming the offending edit instead of guessing; `checkTextEdits` tells without
 * throwing.
 */
import type { FzTextEdit } from './types';

/**
 * Why `edits` is not a valid batch for a text of `length` UTF-16 units, or null when it is. Checks
 * integer offsets, `0 ≤ start ≤ end ≤ length`, sorting by `start` and no overlap (`previous.end ≤
 * start`; two insertions at the same offset are allowed and apply in batch order).
 */
export function checkTextEdits(length: number, edits: readonly FzTextEdit[]): string | null {
  let previousEnd = 0;
  for (let i = 0; i < edits.length; i++) {
    const { start, end, insert } = edits[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      return `edit ${i}: offsets must be integers (got ${start}, ${end})`;
    }
    if (typeof insert !== 'string') return `edit ${i}: insert must be a string`;
    if (start < 0 || end < start || end > length) {
      return `edit ${i}: range [${start}, ${end}) is not inside the text (length ${length})`;
    }
    if (start < previousEnd) {
      return `edit ${i}: range [${start}, ${end}) overlaps or precedes the previous edit (ends at ${previousEnd})`;
    }
    previousEnd = end;
  }
  return null;
}

function assertValid(text: string, edits: readonly FzTextEdit[]): void {
  const problem = checkTextEdits(text.length, edits);
  if (problem !== null) throw new RangeError(`Invalid text edit batch: ${problem}`);
}

/**
 * The text after `edits`. Pure; linear in the text length plus the inserted text. Throws a
 * `RangeError` on an invalid batch (see the file comment); an empty batch returns `text` itself.
 *
 * @example applyTextEdits('n1: circle', [{ start: 4, end: 10, insert: 'diamond' }]) // 'n1: diamond'
 */
export function applyTextEdits(text: string, edits: readonly FzTextEdit[]): string {
  assertValid(text, edits);
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.start), edit.insert);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The batch that undoes `edits` on `applyTextEdits(text, edits)`: each edit's inserted text is
 * replaced by what it had replaced, at its offsets in the result. So
 * `applyTextEdits(applyTextEdits(text, edits), invertTextEdits(text, edits)) === text`, and the
 * inverse of the inverse (computed on the result) is `edits` again. Throws a `RangeError` on an
 * invalid batch.
 */
export function invertTextEdits(text: string, edits: readonly FzTextEdit[]): FzTextEdit[] {
  assertValid(text, edits);
  const inverse: FzTextEdit[] = [];
  let shift = 0;
  for (const { start, end, insert } of edits) {
    const at = start + shift;
    inverse.push({ start: at, end: at + insert.length, insert: text.slice(start, end) });
    shift += insert.length - (end - start);
  }
  return inverse;
}
