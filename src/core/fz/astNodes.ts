/**
 * Constructors for the hot AST shapes. Plain classes rather than object literals: V8 builds class
 * instances with one stable hidden class and at about half the cost, which matters for
 * 100,000-statement files. When the parser streams straight into the model (no AST kept), it
 * reuses one instance of each through `assign` instead of allocating. They satisfy the interfaces
 * in `ast.ts`; consumers never need the classes themselves.
 */
import type { FzAstAttribute, FzAstEdge, FzAstEndpoint, FzAstNode } from './ast';

/** See {@link FzAstAttribute}. */
export class AstAttribute implements FzAstAttribute {
  key = '';
  keyStart = -1;
  keyEnd = -1;
  separator: ':' | '=' = ':';
  value = '';
  valueStart = -1;
  valueEnd = -1;
  hasEscapes = false;
  terminated = true;
  start = -1;
  end = -1;

  assign(
    key: string,
    keyStart: number,
    keyEnd: number,
    separator: ':' | '=',
    value: string,
    valueStart: number,
    valueEnd: number,
    hasEscapes: boolean,
    terminated: boolean,
  ): this {
    this.key = key;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
    this.separator = separator;
    this.value = value;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.hasEscapes = hasEscapes;
    this.terminated = terminated;
    this.start = keyStart;
    this.end = valueEnd;
    return this;
  }
}

/** See {@link FzAstNode}. */
export class AstNode implements FzAstNode {
  readonly kind = 'node';
  id = '';
  idStart = -1;
  idEnd = -1;
  shape = '';
  shapeStart = -1;
  shapeEnd = -1;
  attributes: FzAstAttribute[] = [];
  line = 0;
  start = -1;
  end = -1;

  assign(
    id: string,
    idStart: number,
    idEnd: number,
    shape: string,
    shapeStart: number,
    shapeEnd: number,
    attributes: FzAstAttribute[],
    line: number,
    end: number,
  ): this {
    this.id = id;
    this.idStart = idStart;
    this.idEnd = idEnd;
    this.shape = shape;
    this.shapeStart = shapeStart;
    this.shapeEnd = shapeEnd;
    this.attributes = attributes;
    this.line = line;
    this.start = idStart;
    this.end = end;
    return this;
  }
}

/** See {@link FzAstEndpoint}. */
export class AstEndpoint implements FzAstEndpoint {
  lane: string | null = null;
  laneStart = -1;
  laneEnd = -1;
  node = '';
  nodeStart = -1;
  nodeEnd = -1;
  handle: string | null = null;
  handleStart = -1;
  handleEnd = -1;
  start = -1;
  end = -1;

  assign(
    lane: string | null,
    laneStart: number,
    laneEnd: number,
    node: string,
    nodeStart: number,
    nodeEnd: number,
    handle: string | null,
    handleStart: number,
    handleEnd: number,
    start: number,
    end: number,
  ): this {
    this.lane = lane;
    this.laneStart = laneStart;
    this.laneEnd = laneEnd;
    this.node = node;
    this.nodeStart = nodeStart;
    this.nodeEnd = nodeEnd;
    this.handle = handle;
    this.handleStart = handleStart;
    this.handleEnd = handleEnd;
    this.start = start;
    this.end = end;
    return this;
  }
}

/** See {@link FzAstEdge}. */
export class AstEdge implements FzAstEdge {
  readonly kind = 'edge';
  from: FzAstEndpoint;
  to: FzAstEndpoint;
  label: FzAstAttribute | null = null;
  seq = 0;
  broken = false;
  line = 0;
  start = -1;
  end = -1;

  constructor(from: FzAstEndpoint, to: FzAstEndpoint) {
    this.from = from;
    this.to = to;
  }

  assign(
    from: FzAstEndpoint,
    to: FzAstEndpoint,
    label: FzAstAttribute | null,
    seq: number,
    broken: boolean,
    line: number,
    start: number,
    end: number,
  ): this {
    this.from = from;
    this.to = to;
    this.label = label;
    this.seq = seq;
    this.broken = broken;
    this.line = line;
    this.start = start;
    this.end = end;
    return this;
  }
}

// Kept-AST objects are built by these literal factories, not by the classes above: each literal
// site has an allocation site, so once V8 sees that its objects all survive (an AST is kept
// whole) it allocates them straight in the old generation ("pretenuring") instead of copying
// each one through the young generation: that copying was about half of `parseFz`'s time.

/** A new kept {@link FzAstAttribute}; `start`/`end` default to the key start / value end. */
export function newAttribute(
  key: string,
  keyStart: number,
  keyEnd: number,
  separator: ':' | '=',
  value: string,
  valueStart: number,
  valueEnd: number,
  hasEscapes: boolean,
  terminated: boolean,
): FzAstAttribute {
  return {
    key,
    keyStart,
    keyEnd,
    separator,
    value,
    valueStart,
    valueEnd,
    hasEscapes,
    terminated,
    start: keyStart,
    end: valueEnd,
  };
}

/** A new kept {@link FzAstNode}; it starts at its id. */
export function newNode(
  id: string,
  idStart: number,
  idEnd: number,
  shape: string,
  shapeStart: number,
  shapeEnd: number,
  attributes: FzAstAttribute[],
  line: number,
  end: number,
): FzAstNode {
  return {
    kind: 'node',
    id,
    idStart,
    idEnd,
    shape,
    shapeStart,
    shapeEnd,
    attributes,
    line,
    start: idStart,
    end,
  };
}

/** A new kept {@link FzAstEndpoint}. */
export function newEndpoint(
  lane: string | null,
  laneStart: number,
  laneEnd: number,
  node: string,
  nodeStart: number,
  nodeEnd: number,
  handle: string | null,
  handleStart: number,
  handleEnd: number,
  start: number,
  end: number,
): FzAstEndpoint {
  return {
    lane,
    laneStart,
    laneEnd,
    node,
    nodeStart,
    nodeEnd,
    handle,
    handleStart,
    handleEnd,
    start,
    end,
  };
}

/** A new kept {@link FzAstEdge}. */
export function newEdge(
  from: FzAstEndpoint,
  to: FzAstEndpoint,
  label: FzAstAttribute | null,
  seq: number,
  broken: boolean,
  line: number,
  start: number,
  end: number,
): FzAstEdge {
  return { kind: 'edge', from, to, label, seq, broken, line, start, end };
}
