/**
 * Edge statements: `n1.handle(right) -> Lane.n5.handle(top) [label="Route"]`. The target may carry a
 * lane prefix (required for cross-lane targets; checked later by the model), and so may the source
 * (flowzap-mcp's reader accepts it). One edge per line.
 */
import type { FzAstAttribute, FzAstEdge, FzAstEndpoint } from './ast';
import { shortToken } from './diagnostics';
import type { ParseContext } from './parseContext';
import { parseAttribute } from './parseNode';
import { DASH, DOT, GT, LBRACKET, LPAREN, RBRACKET, RPAREN } from './scanner';

/** The four handle directions. */
export const FZ_HANDLES = ['right', 'left', 'top', 'bottom'] as const;

/** True for the four handle directions (lower-case only, as in all FlowZap material). */
export function isFzHandle(direction: string): boolean {
  return (
    direction === 'right' || direction === 'left' || direction === 'top' || direction === 'bottom'
  );
}

function isUsableHandle(handle: string | null): boolean {
  return handle !== null && isFzHandle(handle);
}

/**
 * Parses one endpoint whose first identifier `text[aStart, aEnd)` was already read. Returns null
 * after reporting when the endpoint cannot be read; a missing `.handle(…)` or unknown direction is
 * reported but still gives an endpoint (handle null / the raw word).
 */
function parseEndpoint(ctx: ParseContext, aStart: number, aEnd: number): FzAstEndpoint | null {
  const s = ctx.scanner;
  let lane: string | null = null;
  let laneStart = -1;
  let laneEnd = -1;
  let nodeStart = aStart;
  let nodeEnd = aEnd;
  let hasHandle = false;
  if (s.peek() === DOT) {
    s.pos++;
    const bStart = s.pos;
    const bEnd = s.scanIdent();
    if (bEnd < 0) {
      ctx.errorHere('FZ020', 'a node id or `handle(direction)` after `.`', ctx.found());
      return null;
    }
    if (ctx.isHandle(bStart, bEnd) && s.peek() === LPAREN) {
      hasHandle = true;
    } else {
      lane = ctx.slice(aStart, aEnd);
      laneStart = aStart;
      laneEnd = aEnd;
      nodeStart = bStart;
      nodeEnd = bEnd;
      if (s.peek() === DOT) {
        s.pos++;
        const cStart = s.pos;
        const cEnd = s.scanIdent();
        if (cEnd < 0 || !ctx.isHandle(cStart, cEnd) || s.peek() !== LPAREN) {
          s.pos = cStart;
          ctx.errorHere('FZ020', '`handle(direction)`', ctx.found());
          return null;
        }
        hasHandle = true;
      }
    }
  }
  const node = ctx.nodeId(nodeStart, nodeEnd);
  let handle: string | null = null;
  let handleStart = -1;
  let handleEnd = -1;
  if (!hasHandle) {
    ctx.error('FZ010', aStart, nodeEnd, shortToken(ctx.slice(aStart, nodeEnd)));
  } else {
    s.pos++;
    s.skipWs();
    handleStart = s.pos;
    handleEnd = s.scanIdent();
    if (handleEnd < 0) {
      ctx.errorHere('FZ020', 'a direction (`left`, `right`, `top` or `bottom`)', ctx.found());
      return null;
    }
    handle = ctx.word(handleStart, handleEnd, FZ_HANDLES);
    s.skipWs();
    if (!s.eat(RPAREN)) {
      ctx.errorHere('FZ020', '`)` after the direction', ctx.found());
      return null;
    }
    if (!isFzHandle(handle)) ctx.error('FZ011', handleStart, handleEnd, shortToken(handle));
  }
  return ctx.makeEndpoint(
    lane,
    laneStart,
    laneEnd,
    node,
    nodeStart,
    nodeEnd,
    handle,
    handleStart,
    handleEnd,
    aStart,
    s.pos,
  );
}

/** Parses `[label="…"]`; the scanner is on `[`. Returns null (after reporting) when unreadable. */
function parseEdgeLabel(ctx: ParseContext): FzAstAttribute | null {
  const s = ctx.scanner;
  const open = s.pos;
  s.pos++;
  s.skipWs();
  const attribute = parseAttribute(ctx, '=', '`label="…"` inside `[ ]`');
  if (!attribute) return null;
  attribute.start = open;
  if (!attribute.terminated) return attribute;
  s.skipWs();
  if (!s.eat(RBRACKET)) {
    ctx.errorHere('FZ020', '`]` after the edge label', ctx.found());
    return null;
  }
  attribute.end = s.pos;
  if (attribute.key !== 'label') {
    ctx.error(
      'FZ007',
      attribute.keyStart,
      attribute.keyEnd,
      shortToken(attribute.key),
      '`[label="…"]`',
    );
  } else if (attribute.separator === ':') {
    ctx.error('FZ009', open, s.pos);
  }
  return attribute;
}

/**
 * Parses an edge statement whose first identifier `text[aStart, aEnd)` was already read. Returns
 * null when the line is not a usable edge statement (already reported).
 */
export function parseEdge(ctx: ParseContext, aStart: number, aEnd: number): FzAstEdge | null {
  const s = ctx.scanner;
  s.pos = aEnd;
  const from = parseEndpoint(ctx, aStart, aEnd);
  if (!from) return null;
  s.skipWs();
  if (!(s.peek() === DASH && s.peekAt(1) === GT)) {
    ctx.errorHere('FZ020', '`->`', ctx.found());
    return null;
  }
  s.pos += 2;
  s.skipWs();
  const bStart = s.pos;
  const bEnd = s.scanIdent();
  if (bEnd < 0) {
    ctx.errorHere('FZ020', 'a target such as `n2.handle(left)` after `->`', ctx.found());
    return null;
  }
  const to = parseEndpoint(ctx, bStart, bEnd);
  if (!to) return null;
  s.skipWs();
  let label: FzAstAttribute | null = null;
  if (s.peek() === LBRACKET) {
    label = parseEdgeLabel(ctx);
    if (!label) return null;
  }
  s.skipWs();
  if (!s.atEnd()) {
    const chained = s.peek() === DASH && s.peekAt(1) === GT;
    const expected = chained
      ? 'the end of the line (write one edge per line)'
      : 'the end of the line';
    ctx.errorHere('FZ020', expected, ctx.found());
  }
  const broken = !isUsableHandle(from.handle) || !isUsableHandle(to.handle);
  const end = label ? label.end : to.end;
  return ctx.makeEdge(from, to, label, broken, aStart, end);
}
