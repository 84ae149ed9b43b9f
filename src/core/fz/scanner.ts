/**
 * The character-level scanner over one line of a `.fz` text. Works on char codes in place (no
 * per-line substrings or regexes) and reads strings as whole tokens first, so `->`, `#`, `{`, `}`,
 * `[`, `]` inside quotes never change what a line means. Strings are single-line.
 */
import { decodeFzString, isUnprintable } from './escapes';

// Char codes the grammar cares about (plain constants: cheapest for the JIT).
/** Char code of tab. */
export const TAB = 9;
/** Char code of space. */
export const SPACE = 32;
/** Char code of `"`. */
export const QUOTE = 34;
/** Char code of `#`. */
export const HASH = 35;
/** Char code of `(`. */
export const LPAREN = 40;
/** Char code of `)`. */
export const RPAREN = 41;
/** Char code of `-`. */
export const DASH = 45;
/** Char code of `.`. */
export const DOT = 46;
/** Char code of `/`. */
export const SLASH = 47;
/** Char code of `:`. */
export const COLON = 58;
/** Char code of `=`. */
export const EQUALS = 61;
/** Char code of `>`. */
export const GT = 62;
/** Char code of `[`. */
export const LBRACKET = 91;
/** Char code of backslash. */
export const BACKSLASH = 92;
/** Char code of `]`. */
export const RBRACKET = 93;
/** Char code of `_`. */
export const UNDERSCORE = 95;
/** Char code of `{`. */
export const LBRACE = 123;
/** Char code of `}`. */
export const RBRACE = 125;

/** `[A-Za-z_]`: what can start a lane id, node id, shape or keyword. */
export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE;
}

/** `[A-Za-z0-9_]`. */
export function isIdentPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === UNDERSCORE;
}

/**
 * A cursor over `text[pos, end)`, where `end` is the end of the current line's content. All
 * methods are O(characters consumed).
 */
export class LineScanner {
  text: string;
  pos = 0;
  end = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** Points the scanner at a new line. */
  reset(start: number, end: number): void {
    this.pos = start;
    this.end = end;
  }

  /** The char code at the cursor, or -1 at the end of the line. */
  peek(): number {
    return this.pos < this.end ? this.text.charCodeAt(this.pos) : -1;
  }

  /** The char code `ahead` positions after the cursor, or -1 past the end of the line. */
  peekAt(ahead: number): number {
    const i = this.pos + ahead;
    return i < this.end ? this.text.charCodeAt(i) : -1;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  /** Skips spaces and tabs. */
  skipWs(): void {
    const text = this.text;
    let p = this.pos;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (c !== SPACE && c !== TAB) break;
      p++;
    }
    this.pos = p;
  }

  /** Reads an identifier at the cursor; returns its end offset, or -1 (cursor unmoved) if none. */
  scanIdent(): number {
    const text = this.text;
    let p = this.pos;
    if (p >= this.end || !isIdentStart(text.charCodeAt(p))) return -1;
    p++;
    while (p < this.end && isIdentPart(text.charCodeAt(p))) p++;
    this.pos = p;
    return p;
  }

  /** Consumes `c` if it is next; tells whether it did. */
  eat(c: number): boolean {
    if (this.pos < this.end && this.text.charCodeAt(this.pos) === c) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** End offset of the whitespace-delimited word at the cursor (at least one character). */
  wordEnd(): number {
    const text = this.text;
    let p = this.pos;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (c === SPACE || c === TAB) break;
      p++;
    }
    return Math.max(p, this.pos + 1);
  }

  /** Decoded value of the last string read by {@link scanString}. */
  strValue = '';
  /** Whether that string used an escape (`\"` or `\\`). */
  strEscapes = false;
  /** Whether that string had its closing quote. */
  strTerminated = false;

  /**
   * Reads a string literal; the cursor must be on `"` and ends after the closing quote, or at the
   * end of the line when there is none. The result is left in `strValue`, `strEscapes` and
   * `strTerminated` (no object per string). `onUnprintable` gets the offset of the first emoji or
   * control character inside, if any.
   */
  scanString(onUnprintable: (offset: number) => void): void {
    const text = this.text;
    const start = this.pos;
    const end = this.end;
    let p = start + 1;
    let hasEscapes = false;
    let unprintable = -1;
    let terminated = false;
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c >= 0x20 && c < 0x7f) {
        if (c === QUOTE) {
          terminated = true;
          break;
        }
        if (c === BACKSLASH) {
          const next = p + 1 < end ? text.charCodeAt(p + 1) : -1;
          if (next === QUOTE || next === BACKSLASH) {
            hasEscapes = true;
            p++;
          }
        }
      } else if (unprintable < 0 && isUnprintable(text, p, c)) {
        unprintable = p;
      }
    }
    const raw = text.slice(start + 1, p);
    this.pos = terminated ? p + 1 : p;
    if (unprintable >= 0) onUnprintable(unprintable);
    this.strValue = hasEscapes ? decodeFzString(raw) : raw;
    this.strEscapes = hasEscapes;
    this.strTerminated = terminated;
  }
}
