/**
 * String escapes inside `"…"`: `\"` is a quote and `\\` a backslash; any other backslash is kept
 * literally. This is what flowzap-mcp's writers emit (FlowZap's own reader may not understand it,
 * hence warning FZ111). Also: which characters FlowZap's "plain text, no emoji" rule flags.
 */

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Decodes the raw inside of a string literal (without its quotes). Pure; never throws; a trailing
 * lone backslash stays as is.
 */
export function decodeFzString(raw: string): string {
  if (raw.indexOf('\\') < 0) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) !== BACKSLASH) continue;
    const next = raw.charCodeAt(i + 1);
    if (next === QUOTE || next === BACKSLASH) {
      out += raw.slice(from, i);
      from = i + 1;
      i++;
    }
  }
  return out + raw.slice(from);
}

/**
 * Writes `value` as a FlowZap string literal, quotes included: `"` → `\"`, `\` → `\\`. Line breaks
 * cannot live in a one-line statement, so they become spaces (as flowzap-mcp's writers do).
 */
export function quoteFzString(value: string): string {
  let body = value;
  if (/["\\\r\n]/.test(body)) {
    body = body.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`);
  }
  return `"${body}"`;
}

/**
 * True when the character at `i` (UTF-16 unit `c`) is an emoji or a non-printable character that
 * FlowZap's plain-text rule forbids: C0/C1 controls (tab excepted), zero-width and bidi marks,
 * pictographs (U+2600–U+27BF, U+2B00–U+2BFF, U+1F000–U+1FBFF), variation selectors, private use,
 * specials and unpaired surrogates. Cheap for ASCII: callers skip `0x20 ≤ c < 0x7f` first.
 */
export function isUnprintable(text: string, i: number, c: number): boolean {
  if (c < 0x20) return c !== 9;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return true;
  if (c < 0x200b) return false;
  if (c <= 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return true;
  if ((c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff)) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
    return c >= 0xd83c && c <= 0xd83e;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = text.charCodeAt(i - 1);
    return !(high >= 0xd800 && high <= 0xdbff);
  }
  if (c >= 0xe000 && c <= 0xf8ff) return true;
  if (c >= 0xfe00 && c <= 0xfe0f) return true;
  return c >= 0xfff0;
}

/** Offset of the first unprintable character in `text[start, end)`, or -1. */
export function findUnprintable(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (isUnprintable(text, i, c)) return i;
  }
  return -1;
}
