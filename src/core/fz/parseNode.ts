/**
 * Node statements: `n1: circle label:"Start" owner:"Ops"`. Tolerant of spaces around `:`/`=`
 * (as flowzap-mcp's reader is); strict about what the words mean (unknown shapes, keys, `=`).
 */
import type { FzAstAttribute, FzAstNode } from './ast';
import { shortToken } from './diagnostics';
import type { ParseContext } from './parseContext';
import { COLON, EQUALS, QUOTE } from './scanner';

/** The four shapes, in FlowZap's documented order. */
export const FZ_SHAPES = ['circle', 'rectangle', 'diamond', 'taskbox'] as const;

/** The four node attribute keys, in canonical print order. */
export const FZ_NODE_KEYS = ['label', 'owner', 'description', 'system'] as const;

/** True for a node id FlowZap accepts: `n` + a positive integer without leading zeros. */
export function isFzNodeId(id: string): boolean {
  if (id.length < 2 || id.charCodeAt(0) !== 110) return false;
  const first = id.charCodeAt(1);
  if (first < 49 || first > 57) return false;
  for (let i = 2; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The shape a mistyped shape word most likely meant (`rect` → `rectangle`), or `''` when unclear. */
export function shapeSuggestion(shape: string): string {
  const lower = shape.toLowerCase();
  for (const s of FZ_SHAPES) {
    if (lower === s || (lower.length >= 3 && s.startsWith(lower))) return s;
  }
  if (lower === 'square' || lower === 'box' || lower === 'process') return 'rectangle';
  if (lower === 'rhombus' || lower === 'decision') return 'diamond';
  if (lower === 'start' || lower === 'end' || lower === 'oval') return 'circle';
  return '';
}

function isShape(shape: string): boolean {
  return shape === 'circle' || shape === 'rectangle' || shape === 'diamond' || shape === 'taskbox';
}

function isNodeKey(key: string): boolean {
  return key === 'label' || key === 'owner' || key === 'description' || key === 'system';
}

/**
 * Parses a node statement; the scanner is on the `:` after the id `text[idStart, idEnd)`. Returns
 * the node even when an attribute is broken (so references to it still resolve), or null when not
 * even the shape could be read.
 */
export function parseNode(ctx: ParseContext, idStart: number, idEnd: number): FzAstNode | null {
  const s = ctx.scanner;
  s.pos++;
  s.skipWs();
  const shapeStart = s.pos;
  const shapeEnd = s.scanIdent();
  if (shapeEnd < 0) {
    ctx.errorHere('FZ020', 'a shape (`circle`, `rectangle`, `diamond` or `taskbox`)', ctx.found());
    return null;
  }
  const id = ctx.nodeId(idStart, idEnd);
  const shape = ctx.word(shapeStart, shapeEnd, FZ_SHAPES);
  if (!isFzNodeId(id)) ctx.error('FZ005', idStart, idEnd, shortToken(id));
  if (!isShape(shape)) {
    ctx.error('FZ004', shapeStart, shapeEnd, shortToken(shape), shapeSuggestion(shape));
  }
  const attributes = ctx.attributeList();
  for (;;) {
    s.skipWs();
    if (s.atEnd()) break;
    const attribute = parseAttribute(ctx, ':', 'an attribute such as `label:"…"`');
    if (!attribute) break;
    const key = attribute.key;
    if (!isNodeKey(key)) {
      const allowed = '`label`, `owner`, `description`, `system`';
      ctx.error('FZ007', attribute.keyStart, attribute.keyEnd, shortToken(key), allowed);
    } else if (attribute.separator === '=') {
      ctx.error('FZ008', attribute.keyStart, attribute.keyEnd, key);
    } else if (attributes.some((a) => a.key === key)) {
      ctx.error('FZ022', attribute.keyStart, attribute.keyEnd, key);
    }
    attributes.push(attribute);
    if (!attribute.terminated) break;
  }
  return ctx.makeNode(id, idStart, idEnd, shape, shapeStart, shapeEnd, attributes, s.pos);
}

/**
 * Parses `key:"value"` / `key="value"` at the cursor (node attributes and the inside of an edge's
 * brackets). `wanted` is the separator the statement expects (only used for messages). Reports
 * and returns null on a structural error; reports an unterminated string but still returns it.
 */
export function parseAttribute(
  ctx: ParseContext,
  wanted: ':' | '=',
  what: string,
): FzAstAttribute | null {
  const s = ctx.scanner;
  const keyStart = s.pos;
  const keyEnd = s.scanIdent();
  if (keyEnd < 0) {
    ctx.errorHere('FZ020', what, ctx.found());
    return null;
  }
  s.skipWs();
  const sep = s.peek();
  if (sep !== COLON && sep !== EQUALS) {
    const key = shortToken(ctx.slice(keyStart, keyEnd));
    ctx.errorHere('FZ020', `\`${wanted}\` after \`${key}\``, ctx.found());
    return null;
  }
  s.pos++;
  s.skipWs();
  if (s.peek() !== QUOTE) {
    const key = shortToken(ctx.slice(keyStart, keyEnd));
    ctx.errorHere('FZ020', `a quoted value after \`${key}${wanted}\``, ctx.found());
    return null;
  }
  const valueStart = s.pos;
  s.scanString(ctx.onUnprintable);
  const valueEnd = s.pos;
  if (!s.strTerminated) ctx.error('FZ002', valueStart, valueEnd);
  else if (s.strEscapes) ctx.warn('FZ111', valueStart, valueEnd);
  return ctx.makeAttribute(
    ctx.word(keyStart, keyEnd, FZ_NODE_KEYS),
    keyStart,
    keyEnd,
    sep === COLON ? ':' : '=',
    s.strValue,
    valueStart,
    valueEnd,
    s.strEscapes,
    s.strTerminated,
  );
}
