/**
 * Where the parser's statement objects come from. When the AST is kept (`parseFz`: careful-path
 * statements while parsing, fast-path ones when `columns.ts` builds the tree), every call makes a
 * new object with the literal factories of `astNodes.ts`; when statements stream into the
 * model builder (`analyzeFz`), the same few scratch objects are refilled for every statement, so
 * a 100,000-statement file allocates almost nothing for its syntax.
 */
import type { FzAstAttribute, FzAstEdge, FzAstEndpoint, FzAstNode } from './ast';
import {
  AstAttribute,
  AstEdge,
  AstEndpoint,
  AstNode,
  newAttribute,
  newEdge,
  newEndpoint,
  newNode,
} from './astNodes';

/** Statement objects for one parse (the base of `ParseContext`). */
export class StatementFactory {
  /** Number of edge statements seen so far (the next edge's `seq`). */
  edgeSeq = 0;
  /** 1-based number of the line being parsed. */
  line = 0;
  /**
   * True when statements are kept in an AST; false when they stream into the model builder, in
   * which case the node/edge/attribute objects below are reused for every statement.
   */
  readonly retain: boolean;
  private readonly scratchNode = new AstNode();
  private readonly scratchEdge: AstEdge;
  private readonly scratchEndpoints: AstEndpoint[] = [new AstEndpoint(), new AstEndpoint()];
  private endpointsUsed = 0;
  private readonly scratchAttributes: AstAttribute[] = [];
  private attributesUsed = 0;
  private readonly scratchAttributeList: FzAstAttribute[] = [];
  /** Reused attribute lists of each length 0-4, for streamed fast-path nodes. */
  private readonly scratchLists: FzAstAttribute[][] = [0, 1, 2, 3, 4].map(
    (n) => new Array<FzAstAttribute>(n),
  );

  constructor(retain: boolean) {
    this.retain = retain;
    this.scratchEdge = new AstEdge(this.scratchEndpoints[0]!, this.scratchEndpoints[1]!);
  }

  /** Makes the pooled endpoints and attributes free again (a new statement starts). */
  protected resetPools(): void {
    this.endpointsUsed = 0;
    this.attributesUsed = 0;
  }

  /** A node: a new object when the AST is kept, else the reused scratch node. */
  makeNode(
    id: string,
    idStart: number,
    idEnd: number,
    shape: string,
    shapeStart: number,
    shapeEnd: number,
    attributes: FzAstAttribute[],
    end: number,
  ): FzAstNode {
    const line = this.line;
    if (this.retain) {
      return newNode(id, idStart, idEnd, shape, shapeStart, shapeEnd, attributes, line, end);
    }
    const n = this.scratchNode;
    return n.assign(id, idStart, idEnd, shape, shapeStart, shapeEnd, attributes, line, end);
  }

  /** An edge: a new object when the AST is kept, else the reused scratch edge. */
  makeEdge(
    from: FzAstEndpoint,
    to: FzAstEndpoint,
    label: FzAstAttribute | null,
    broken: boolean,
    start: number,
    end: number,
  ): FzAstEdge {
    const seq = this.edgeSeq++;
    if (this.retain) return newEdge(from, to, label, seq, broken, this.line, start, end);
    return this.scratchEdge.assign(from, to, label, seq, broken, this.line, start, end);
  }

  /** An endpoint: new when the AST is kept, else one of two reused ones (two per statement). */
  makeEndpoint(
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
    if (this.retain) {
      return newEndpoint(
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
      );
    }
    const e = this.scratchEndpoints[this.endpointsUsed++ & 1]!;
    return e.assign(
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
    );
  }

  /** An attribute: new when the AST is kept, else pooled per statement. */
  makeAttribute(
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
    if (this.retain) {
      return newAttribute(
        key,
        keyStart,
        keyEnd,
        separator,
        value,
        valueStart,
        valueEnd,
        hasEscapes,
        terminated,
      );
    }
    let a = this.scratchAttributes[this.attributesUsed];
    if (!a) {
      a = new AstAttribute();
      this.scratchAttributes.push(a);
    }
    this.attributesUsed++;
    return a.assign(
      key,
      keyStart,
      keyEnd,
      separator,
      value,
      valueStart,
      valueEnd,
      hasEscapes,
      terminated,
    );
  }

  /** A node's attribute list (one reused list when streaming). */
  attributeList(): FzAstAttribute[] {
    if (this.retain) return [];
    this.scratchAttributeList.length = 0;
    return this.scratchAttributeList;
  }

  /**
   * A node's attribute list holding the first `count` of `made`: a new array of exactly that
   * size when the AST is kept (an array literal, so V8 can allocate it pretenured like the
   * statements), else a reused one.
   */
  attributeListOf(count: number, made: readonly FzAstAttribute[]): FzAstAttribute[] {
    if (this.retain) {
      switch (count) {
        case 0:
          return [];
        case 1:
          return [made[0]!];
        case 2:
          return [made[0]!, made[1]!];
        case 3:
          return [made[0]!, made[1]!, made[2]!];
        default:
          return made.slice(0, count);
      }
    }
    const list = this.scratchLists[count]!;
    for (let i = 0; i < count; i++) list[i] = made[i]!;
    return list;
  }
}
