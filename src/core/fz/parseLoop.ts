/**
 * Loop statements: `loop [retry until valid] n2 n3` (a UML loop fragment in the sequence view).
 * The condition is any text up to the first `]`; node ids follow, separated by blanks.
 */
import type { FzAstLoop, FzAstNodeRef } from './ast';
import { findUnprintable } from './escapes';
import type { ParseContext } from './parseContext';
import { RBRACKET } from './scanner';

/**
 * Parses a loop; the scanner is on the `[` after the `loop` keyword at `loopStart`. Returns null
 * (after reporting) when the condition is not closed.
 */
export function parseLoop(ctx: ParseContext, loopStart: number): FzAstLoop | null {
  const s = ctx.scanner;
  const text = ctx.text;
  s.pos++;
  const inner = s.pos;
  let close = inner;
  while (close < s.end && text.charCodeAt(close) !== RBRACKET) close++;
  if (close >= s.end) {
    s.pos = s.end;
    ctx.error('FZ020', inner - 1, s.end, '`]` closing the loop condition', 'the end of the line');
    return null;
  }
  let cStart = inner;
  let cEnd = close;
  while (cStart < cEnd && isBlank(text.charCodeAt(cStart))) cStart++;
  while (cEnd > cStart && isBlank(text.charCodeAt(cEnd - 1))) cEnd--;
  const bad = findUnprintable(text, cStart, cEnd);
  if (bad >= 0) ctx.onUnprintable(bad);
  s.pos = close + 1;
  const nodes: FzAstNodeRef[] = [];
  let broken = false;
  for (;;) {
    s.skipWs();
    if (s.atEnd()) break;
    const idStart = s.pos;
    const idEnd = s.scanIdent();
    if (idEnd < 0) {
      ctx.errorHere('FZ020', 'a node id such as `n2`', ctx.found());
      broken = true;
      break;
    }
    nodes.push({ id: ctx.nodeId(idStart, idEnd), start: idStart, end: idEnd });
  }
  return {
    kind: 'loop',
    condition: ctx.slice(cStart, cEnd),
    conditionStart: cStart,
    conditionEnd: cEnd,
    nodes,
    broken,
    line: ctx.line,
    start: loopStart,
    end: nodes.length > 0 ? nodes[nodes.length - 1]!.end : close + 1,
  };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
