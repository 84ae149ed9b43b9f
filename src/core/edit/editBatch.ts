/**
 * Collects what a change does to a text (in-line replacements, whole-line deletions, new lines
 * after or before a line) and turns it into one valid {@link FzTextEdit} batch: sorted, without
 * overlaps, insertions at one place merged (so the order of new lines is the order they were
 * asked for), deletions of neighbouring lines merged. New lines take the file's line break.
 * A conflict between two requests is a bug in the caller: `build` throws then.
 */
import type { FzLineIndex } from '../fz/lineIndex';
import { checkTextEdits } from './textEdits';
import type { FzTextEdit } from './types';

/**
 * How lines inserted at an offset are written: at a line start each is `line + eol`; at the end
 * of a line's content each is `eol + line`; inside a line (the `{}` of `Lane {}`) each is
 * `eol + line` and one `eol` follows them.
 */
type LineMode = 'lineStart' | 'lineEnd' | 'inside';

interface Insertion {
  offset: number;
  /** Lines (already indented) or, for `text`, a raw string written as is. */
  mode: LineMode | 'text';
  lines: string[];
  order: number;
}

const MODE_RANK: Record<Insertion['mode'], number> = {
  lineStart: 0,
  text: 1,
  inside: 2,
  lineEnd: 3,
};

/** See the file comment. One batch per change; not reusable after {@link build}. */
export class EditBatch {
  private readonly replacements: FzTextEdit[] = [];
  private readonly insertions: Insertion[] = [];
  private readonly deleted = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly lines: FzLineIndex,
    private readonly eol: string,
  ) {}

  /** `text[start, end)` becomes `insert` (on one line; never on a deleted line). */
  replace(start: number, end: number, insert: string): void {
    if (start === end && insert === '') return;
    if (start === end) this.insertText(start, insert);
    else this.replacements.push({ start, end, insert });
  }

  /** Raw `text` inserted at `offset`. */
  insertText(offset: number, text: string): void {
    this.insertions.push({ offset, mode: 'text', lines: [text], order: this.insertions.length });
  }

  /** Removes the 0-based line `index`, its line break included. */
  deleteLine(index: number): void {
    this.deleted.add(index);
  }

  /** Whether line `index` is already removed by this batch. */
  isDeleted(index: number): boolean {
    return this.deleted.has(index);
  }

  /** New lines (already indented) right after 0-based line `index`. */
  insertLinesAfter(index: number, lines: readonly string[]): void {
    if (lines.length === 0) return;
    const { starts, ends } = this.lines;
    if (index + 1 < starts.length) this.push(starts[index + 1]!, 'lineStart', lines);
    else this.push(ends[index]!, 'lineEnd', lines);
  }

  /** New lines (already indented) right before 0-based line `index`. */
  insertLinesBefore(index: number, lines: readonly string[]): void {
    if (lines.length > 0) this.push(this.lines.starts[index]!, 'lineStart', lines);
  }

  /** New lines between the `{` and the `}` of a one-line `Lane {}` (at the `}`'s offset). */
  insertLinesInside(offset: number, lines: readonly string[]): void {
    if (lines.length > 0) this.push(offset, 'inside', lines);
  }

  private push(offset: number, mode: LineMode, lines: readonly string[]): void {
    this.insertions.push({ offset, mode, lines: [...lines], order: this.insertions.length });
  }

  /** The range that removes lines `first…last` (0-based, inclusive) with their line breaks. */
  private deletionRange(first: number, last: number): FzTextEdit {
    const { starts, ends } = this.lines;
    if (last + 1 < starts.length)
      return { start: starts[first]!, end: starts[last + 1]!, insert: '' };
    // The last line has no line break of its own: take the one before it instead.
    const start = first > 0 ? ends[first - 1]! : starts[first]!;
    return { start, end: ends[last]!, insert: '' };
  }

  private renderGroup(group: Insertion[]): string {
    const eol = this.eol;
    group.sort((a, b) => MODE_RANK[a.mode] - MODE_RANK[b.mode] || a.order - b.order);
    let out = '';
    let inside = false;
    for (const chunk of group) {
      if (chunk.mode === 'text') out += chunk.lines[0]!;
      else if (chunk.mode === 'lineStart') out += chunk.lines.map((l) => l + eol).join('');
      else {
        out += chunk.lines.map((l) => eol + l).join('');
        inside ||= chunk.mode === 'inside';
      }
    }
    return inside ? out + eol : out;
  }

  /**
   * The batch: sorted by start, insertions before a replacement that starts at the same offset.
   * Throws an `Error` when two requests overlap (a bug in the change's code, never user input).
   */
  build(): FzTextEdit[] {
    const edits: FzTextEdit[] = [...this.replacements];
    const rows = [...this.deleted].sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
      edits.push(this.deletionRange(rows[i]!, rows[j]!));
      i = j + 1;
    }
    const groups = new Map<number, Insertion[]>();
    for (const insertion of this.insertions) {
      const group = groups.get(insertion.offset);
      if (group) group.push(insertion);
      else groups.set(insertion.offset, [insertion]);
    }
    for (const [offset, group] of groups) {
      edits.push({ start: offset, end: offset, insert: this.renderGroup(group) });
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    const problem = checkTextEdits(this.text.length, edits);
    if (problem !== null) throw new Error(`computeEdits produced a bad batch: ${problem}`);
    return edits;
  }
}
