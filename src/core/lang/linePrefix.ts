/**
 * The part of a line before the caret, made safe for pattern matching: the insides of strings are
 * masked (every character becomes `_`), so a label holding `->`, `:` or `.handle(` can never look
 * like syntax (the language doc's rule: tokenize strings first). Also tells whether the caret is
 * inside a string, a comment or a loop condition, where nothing is to be completed.
 */

/** The caret's line, split at the caret. */
export interface FzLinePrefix {
  /** The line's text before the caret, string contents masked with `_`. */
  masked: string;
  /** The raw rest of the line after the caret. */
  rest: string;
  /** True when the caret is inside a `"…"` string (an unterminated one counts). */
  inString: boolean;
  /** True on a `//` or `#` comment line, or in the `# Label` of a lane header. */
  inComment: boolean;
  /** True inside the `[…]` of a loop condition or an edge's label brackets before `]`. */
  inBrackets: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Splits the line around the caret. `lineText` is the whole line without its break; `column` is
 * the caret's 0-based UTF-16 index into it.
 */
export function linePrefix(lineText: string, column: number): FzLinePrefix {
  const before = lineText.slice(0, column);
  let masked = '';
  let inString = false;
  let inBrackets = false;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH && i + 1 < before.length) {
        masked += '__';
        i++;
      } else if (c === QUOTE) {
        inString = false;
        masked += '"';
      } else masked += '_';
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (before[i] === '[') inBrackets = true;
    else if (before[i] === ']') inBrackets = false;
    masked += before[i];
  }
  const trimmed = masked.trimStart();
  const inComment =
    trimmed.startsWith('//') || trimmed.startsWith('#') || /^[A-Za-z_]\w*\s*\{/.test(trimmed);
  return { masked, rest: lineText.slice(column), inString, inComment, inBrackets };
}
