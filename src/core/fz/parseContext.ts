/**
 * State shared by the statement parsers of one text: the scanner, the diagnostic sink and the
 * "one error per statement" rule (jsonc-parser's recovery: after the first error on a line, the
 * rest of that line is skipped and the next line parses normally).
 */
import type { FzAstAttribute } from './ast';
import { DiagnosticSink } from './diagnosticSink';
import { shortToken, type FzDiagnosticArgs, type FzDiagnosticCode } from './diagnostics';
import { StatementFactory } from './statementFactory';
import { nodeIdString } from './idCache';
import type { FzLineIndex } from './lineIndex';
import { LineScanner } from './scanner';

/** Parser state for one text. */
export class ParseContext extends StatementFactory {
  readonly text: string;
  readonly scanner: LineScanner;
  readonly sink: DiagnosticSink;
  /** Whether the current statement already has its one error. */
  reported = false;
  /** Reports an emoji/control character found inside a string (bound once; no per-call closure). */
  readonly onUnprintable: (offset: number) => void;

  /** Lane prefixes met so far, so each is one string however many edges name it. */
  private readonly laneNames: string[] = [];
  /** The fast paths' record of the clean line just scanned (`scanNode`, `scanEdge`). */
  readonly fastFound = new Int32Array(32);
  /** The fast path's attributes of the node being read, before they go into its list. */
  readonly madeAttributes: FzAstAttribute[] = [];

  constructor(text: string, lines: FzLineIndex, retain: boolean) {
    super(retain);
    this.text = text;
    this.scanner = new LineScanner(text);
    this.sink = new DiagnosticSink(lines);
    this.onUnprintable = (offset) => {
      const cp = this.text.codePointAt(offset) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      const name = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      this.sink.add('FZ103', offset, offset + width, name);
    };
  }

  /** Starts a new statement (clears the one-error flag). */
  beginStatement(): void {
    this.reported = false;
    this.resetPools();
  }

  /** `text[start, end)` as a lane prefix string, shared with earlier equal prefixes. */
  laneName(start: number, end: number): string {
    const names = this.laneNames;
    for (const name of names) if (this.isWord(start, end, name)) return name;
    const name = this.text.slice(start, end);
    // A file has a handful of lanes; a file of thousands of bad prefixes must not go quadratic.
    if (names.length < 64) names.push(name);
    return name;
  }

  /** Records an error unless this statement already has one. */
  error<C extends FzDiagnosticCode>(
    code: C,
    start: number,
    end: number,
    ...args: FzDiagnosticArgs<C>
  ): void {
    if (this.reported) return;
    this.reported = true;
    this.sink.add(code, start, end, ...args);
  }

  /** Records an error over the word at the cursor unless this statement already has one. */
  errorHere<C extends FzDiagnosticCode>(code: C, ...args: FzDiagnosticArgs<C>): void {
    const s = this.scanner;
    this.error(code, s.pos, s.atEnd() ? s.pos : s.wordEnd(), ...args);
  }

  /** Records a warning (not limited per statement). */
  warn<C extends FzDiagnosticCode>(
    code: C,
    start: number,
    end: number,
    ...args: FzDiagnosticArgs<C>
  ): void {
    this.sink.add(code, start, end, ...args);
  }

  /** `text[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Describes what is at the cursor for an "expected … but found …" message. */
  found(): string {
    const s = this.scanner;
    if (s.atEnd()) return 'the end of the line';
    return `\`${shortToken(this.text.slice(s.pos, s.wordEnd()))}\``;
  }

  /**
   * `text[start, end)` as a string; `n<number>` ids come from the shared id cache (`idCache.ts`),
   * which saves an allocation per declaration and reference.
   */
  nodeId(start: number, end: number): string {
    const text = this.text;
    const len = end - start;
    if (len < 2 || len > 8 || text.charCodeAt(start) !== 110) return text.slice(start, end);
    let num = 0;
    for (let i = start + 1; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9 || (d === 0 && i === start + 1)) return text.slice(start, end);
      num = num * 10 + d;
    }
    return nodeIdString(num);
  }

  /**
   * `text[start, end)`, returned as the matching literal of `words` when it is one of them (no
   * allocation for keywords such as shapes, keys and directions), else as a new substring.
   */
  word(start: number, end: number, words: readonly string[]): string {
    const first = this.text.charCodeAt(start);
    const length = end - start;
    for (const w of words) {
      if (w.length === length && w.charCodeAt(0) === first && this.isWord(start, end, w)) return w;
    }
    return this.text.slice(start, end);
  }

  /** True when `text[start, end)` equals `word`, without making a substring. */
  isWord(start: number, end: number, word: string): boolean {
    const length = word.length;
    if (end - start !== length) return false;
    const text = this.text;
    let i = 0;
    while (i < length && text.charCodeAt(start + i) === word.charCodeAt(i)) i++;
    return i === length;
  }

  /** True when `text[start, end)` is the `handle` keyword (the hottest keyword: two per edge). */
  isHandle(start: number, end: number): boolean {
    const text = this.text;
    return (
      end - start === 6 &&
      text.charCodeAt(start) === 104 &&
      text.charCodeAt(start + 1) === 97 &&
      text.charCodeAt(start + 2) === 110 &&
      text.charCodeAt(start + 3) === 100 &&
      text.charCodeAt(start + 4) === 108 &&
      text.charCodeAt(start + 5) === 101
    );
  }
}
