/**
 * Format document: the canonical text of `formatFz` (what `fz format` prints) as one minimal edit,
 * or a refusal when the text has errors (as `fz format` refuses: guessing what a broken line meant
 * could lose text). In the editor the file keeps its line-break style and its BOM, as editors do
 * when they format; only `fz format` normalises those.
 */
import type { FzTextEdit } from '../edit/types';
import { formatFz } from '../fz/printer';

/** What {@link formatEdits} answers: edits (none when already canonical) or why not. */
export type FzFormatEdits = { ok: true; edits: FzTextEdit[] } | { ok: false; message: string };

/**
 * The edits that turn `text` into its canonical form: at most one replacement, trimmed to the part
 * that differs (so the caret and undo stay local). Never throws.
 */
export function formatEdits(text: string): FzFormatEdits {
  const result = formatFz(text);
  if (!result.ok) {
    const n = result.diagnostics.length;
    const first = result.diagnostics[0];
    const where = first ? ` (first on line ${first.line})` : '';
    return {
      ok: false,
      message: `Not formatted: the text has ${n} error${n === 1 ? '' : 's'}${where}.`,
    };
  }
  let out = result.text;
  if (/\r\n/.test(text)) out = out.replace(/\n/g, '\r\n');
  if (text.charCodeAt(0) === 0xfeff) out = `\uFEFF${out}`;
  if (out === text) return { ok: true, edits: [] };
  let start = 0;
  const max = Math.min(text.length, out.length);
  while (start < max && text.charCodeAt(start) === out.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    text.charCodeAt(text.length - 1 - tail) === out.charCodeAt(out.length - 1 - tail)
  ) {
    tail++;
  }
  // Never split a CRLF pair between kept and replaced text.
  while (start > 0 && text.charCodeAt(start - 1) === 13) start--;
  while (
    tail > 0 &&
    text.charCodeAt(text.length - tail) === 10 &&
    text.charCodeAt(text.length - tail - 1) === 13
  ) {
    tail--;
  }
  return {
    ok: true,
    edits: [{ start, end: text.length - tail, insert: out.slice(start, out.length - tail) }],
  };
}
