/**
 * Statements → diagram model, resolving every reference. Reports the reference errors (undeclared
 * node or lane, missing or wrong lane prefix, duplicate node or lane), the placement warnings (edge
 * outside its source lane, loop outside a lane, short loop) and long labels. Keeps whatever
 * resolves even when the text has errors, so the UI can show a partial diagram.
 *
 * The builder is a statement listener: `analyzeFz` streams statements into it straight from the
 * parser (no AST kept, the objects it receives are reused), and `buildModel` replays a kept AST
 * into it. It therefore copies what it needs into model objects and flat arrays, never keeping a
 * statement object. An edge resolves as soon as everything it names is known; forward references
 * (legal in FlowZap) and loops wait for the end of the file.
 */
import type {
  FzAst,
  FzAstAttribute,
  FzAstEdge,
  FzAstLane,
  FzAstLoop,
  FzAstNode,
  FzAstStatement,
} from '../fz/ast';
import type { DiagnosticSink } from '../fz/diagnosticSink';
import { shortToken } from '../fz/diagnostics';
import { edgeIdString } from '../fz/idCache';
import { rangeInLine, type FzLineIndex } from '../fz/lineIndex';
import type { FzStatementListener } from '../fz/parser';
import { IntList } from './intList';
import { codePointLength, isShape, MAX_LABEL_LENGTH, toNode } from './modelNode';
import { Declarations } from './declarations';
import type { FzDiagram, FzEdge, FzHandle, FzLane, FzLoop, FzNode, FzShape } from './types';

/**
 * What the builder keeps of an edge statement: one reused instance while the edge resolves at
 * once, a copy when it has to wait for a declaration further down the file.
 */
class PendingEdge {
  from = '';
  fromPrefix: string | null = null;
  fromNodeStart = 0;
  fromNodeEnd = 0;
  fromLaneStart = 0;
  fromLaneEnd = 0;
  fromHandle = '';
  to = '';
  toPrefix: string | null = null;
  toNodeStart = 0;
  toNodeEnd = 0;
  toLaneStart = 0;
  toLaneEnd = 0;
  toHandle = '';
  label: string | undefined = undefined;
  /** The lane block the edge is written in; null at the top level. */
  writtenIn: string | null = null;
  line = 0;
  start = 0;
  end = 0;

  /** Copies what the model needs from an edge statement (which may be reused afterwards). */
  assign(edge: FzAstEdge, lane: FzAstLane | null): this {
    const { from, to } = edge;
    this.from = from.node;
    this.fromPrefix = from.lane;
    this.fromNodeStart = from.nodeStart;
    this.fromNodeEnd = from.nodeEnd;
    this.fromLaneStart = from.laneStart;
    this.fromLaneEnd = from.laneEnd;
    this.fromHandle = from.handle ?? '';
    this.to = to.node;
    this.toPrefix = to.lane;
    this.toNodeStart = to.nodeStart;
    this.toNodeEnd = to.nodeEnd;
    this.toLaneStart = to.laneStart;
    this.toLaneEnd = to.laneEnd;
    this.toHandle = to.handle ?? '';
    this.label = edge.label?.key === 'label' ? edge.label.value : undefined;
    this.writtenIn = lane ? lane.id : null;
    this.line = edge.line;
    this.start = edge.start;
    this.end = edge.end;
    return this;
  }
}

/** The model plus what the style validator needs to place its warnings. */
export interface FzModelBuild {
  diagram: FzDiagram;
  /** First declaration of each node id, in file order. */
  declarations: Declarations;
  /** For each model node: 1 when some model edge touches it. */
  connected: Uint8Array;
  /** For each model edge `i`: source lane index at `[2i]`, target lane index at `[2i+1]`. */
  edgeLanes: Int32Array;
}

const NO_LINES: FzLineIndex = { starts: new Int32Array(1), ends: new Int32Array(1), bomLength: 0 };

/** Builds one diagram from streamed statements; see the file comment. */
export class ModelBuilder implements FzStatementListener {
  private lines = NO_LINES;
  private sink: DiagnosticSink | null = null;
  private readonly laneAsts: FzAstLane[] = [];
  private readonly laneIndex = new Map<string, number>();
  private lastLane: FzAstLane | null = null;
  private lastLaneIndex = -1;
  private readonly declarations = new Declarations();
  private readonly nodes: FzNode[] = [];
  /** Edges in file order: resolved ones, and those waiting for a later declaration. */
  private readonly ordered: (FzEdge | PendingEdge | null)[] = [];
  private readonly scratch = new PendingEdge();
  /** Declaration indices of the ends of each `ordered` edge resolved early (`[2i]`, `[2i+1]`). */
  private readonly orderedEnds = new IntList(1024);
  private readonly loopAsts: FzAstLoop[] = [];
  private readonly loopLanes: (string | null)[] = [];

  begin(lines: FzLineIndex, sink: DiagnosticSink): void {
    this.lines = lines;
    this.sink = sink;
  }

  private get out(): DiagnosticSink {
    if (!this.sink) throw new Error('ModelBuilder.begin() was not called');
    return this.sink;
  }

  private checkLabel(attribute: FzAstAttribute | null): void {
    if (attribute?.key !== 'label' || attribute.value.length <= MAX_LABEL_LENGTH) return;
    const length = codePointLength(attribute.value);
    if (length > MAX_LABEL_LENGTH) {
      this.out.add('FZ102', attribute.valueStart, attribute.valueEnd, String(length));
    }
  }

  lane(lane: FzAstLane): void {
    const first = this.laneIndex.get(lane.id);
    if (first !== undefined) {
      const line = String(this.laneAsts[first]!.line);
      this.out.add('FZ021', lane.idStart, lane.idEnd, shortToken(lane.id), line);
      return;
    }
    this.laneIndex.set(lane.id, this.laneAsts.length);
    this.laneAsts.push(lane);
  }

  private laneIndexOf(lane: FzAstLane): number {
    if (lane !== this.lastLane) {
      this.lastLane = lane;
      this.lastLaneIndex = this.laneIndex.get(lane.id) ?? -1;
    }
    return this.lastLaneIndex;
  }

  /** Lane id of a declaration (null at the top level). */
  private laneOf(decl: number): string | null {
    const i = this.declarations.laneIndex(decl);
    return i < 0 ? null : this.laneAsts[i]!.id;
  }

  node(node: FzAstNode, lane: FzAstLane | null): void {
    for (const attribute of node.attributes) this.checkLabel(attribute);
    const decls = this.declarations;
    const first = decls.indexOf(node.id);
    if (first >= 0) {
      const line = String(decls.line(first));
      this.out.add('FZ006', node.idStart, node.idEnd, shortToken(node.id), line);
      return;
    }
    const inModel = lane !== null && isShape(node.shape);
    const modelIndex = inModel ? this.nodes.length : -1;
    const laneIndex = lane ? this.laneIndexOf(lane) : -1;
    decls.add(node.id, node.idStart, node.idEnd, node.line, modelIndex, laneIndex);
    if (inModel) this.nodes.push(toNode(this.lines, node, lane.id, node.shape as FzShape));
  }

  edge(edge: FzAstEdge, lane: FzAstLane | null): void {
    if (edge.broken) return;
    this.checkLabel(edge.label);
    const pending = this.scratch.assign(edge, lane);
    // Resolve now when everything it names is already known (the result cannot change later);
    // only forward references wait for the end of the file, so few pending objects survive.
    const a = this.declarations.indexOf(pending.from);
    const b = this.declarations.indexOf(pending.to);
    const ready =
      a >= 0 &&
      b >= 0 &&
      (pending.fromPrefix === null || this.laneIndex.has(pending.fromPrefix)) &&
      (pending.toPrefix === null || this.laneIndex.has(pending.toPrefix));
    this.ordered.push(ready ? this.resolve(pending, a, b) : new PendingEdge().assign(edge, lane));
    this.orderedEnds.push(ready ? a : -1);
    this.orderedEnds.push(ready ? b : -1);
  }

  loop(loop: FzAstLoop, lane: FzAstLane | null): void {
    this.loopAsts.push(loop);
    this.loopLanes.push(lane ? lane.id : null);
  }

  /** Checks a written lane prefix; returns false (after reporting) when it is wrong. */
  private checkPrefix(prefix: string | null, start: number, end: number, decl: number): boolean {
    if (prefix === null) return true;
    if (!this.laneIndex.has(prefix)) {
      this.out.add('FZ013', start, end, shortToken(prefix));
      return false;
    }
    const lane = this.laneOf(decl);
    if (lane !== null && lane !== prefix) {
      const id = this.declarations.ids[decl]!;
      const args = [shortToken(prefix), shortToken(id), shortToken(lane)] as const;
      this.out.add('FZ015', start, end, ...args);
      return false;
    }
    return true;
  }

  /**
   * Resolves one edge statement, reporting what does not resolve. Returns the model edge (id not
   * yet numbered) when both ends are model nodes and every prefix is right, else null.
   */
  private resolve(edge: PendingEdge, a: number, b: number): FzEdge | null {
    const sink = this.out;
    const decls = this.declarations;
    let ok: boolean;
    if (a < 0) {
      sink.add('FZ012', edge.fromNodeStart, edge.fromNodeEnd, shortToken(edge.from));
      ok = false;
    } else {
      ok = this.checkPrefix(edge.fromPrefix, edge.fromLaneStart, edge.fromLaneEnd, a);
    }
    if (b < 0) {
      sink.add('FZ012', edge.toNodeStart, edge.toNodeEnd, shortToken(edge.to));
      return null;
    }
    const toLane = this.laneOf(b);
    if (edge.toPrefix !== null) {
      ok = this.checkPrefix(edge.toPrefix, edge.toLaneStart, edge.toLaneEnd, b) && ok;
    } else if (a >= 0 && toLane !== null) {
      const fromLane = this.laneOf(a);
      if (fromLane !== null && fromLane !== toLane) {
        const args = [shortToken(edge.to), shortToken(toLane)] as const;
        sink.add('FZ014', edge.toNodeStart, edge.toNodeEnd, ...args);
      }
    }
    const am = a < 0 ? -1 : decls.modelIndex(a);
    const bm = decls.modelIndex(b);
    if (!ok || am < 0 || bm < 0) return null;
    const source = this.nodes[am]!;
    const target = this.nodes[bm]!;
    const { start, end } = edge;
    if (edge.writtenIn !== source.lane) {
      sink.add('FZ105', start, end, shortToken(source.id), shortToken(source.lane));
    }
    const model: FzEdge = {
      id: '',
      from: source.id,
      to: target.id,
      fromLane: source.lane,
      toLane: target.lane,
      fromHandle: edge.fromHandle as FzHandle,
      toHandle: edge.toHandle as FzHandle,
      range: rangeInLine(this.lines, edge.line, start, end),
    };
    if (edge.label !== undefined) model.label = edge.label;
    return model;
  }

  /** Resolves the remaining edges and the loops, numbers the edges, and returns the model. */
  finish(): FzModelBuild {
    const lanes: FzLane[] = this.laneAsts.map((lane) => ({
      id: lane.id,
      label: lane.label ?? lane.id,
      range: rangeInLine(this.lines, lane.line, lane.start, lane.end),
    }));
    const decls = this.declarations;
    const connected = new Uint8Array(this.nodes.length);
    const edges: FzEdge[] = [];
    const edgeLanes = new IntList(this.ordered.length * 2);
    const ordered = this.ordered;
    for (let i = 0; i < ordered.length; i++) {
      const item = ordered[i]!;
      let a = this.orderedEnds.get(2 * i);
      let b = this.orderedEnds.get(2 * i + 1);
      let edge: FzEdge | null;
      if (item instanceof PendingEdge) {
        a = decls.indexOf(item.from);
        b = decls.indexOf(item.to);
        edge = this.resolve(item, a, b);
      } else edge = item;
      if (!edge) continue;
      edge.id = edgeIdString(edges.length + 1);
      edges.push(edge);
      connected[decls.modelIndex(a)] = 1;
      connected[decls.modelIndex(b)] = 1;
      edgeLanes.push(decls.laneIndex(a));
      edgeLanes.push(decls.laneIndex(b));
    }
    return {
      diagram: { lanes, nodes: this.nodes, edges, loops: this.resolveLoops() },
      declarations: decls,
      connected,
      edgeLanes: edgeLanes.view(),
    };
  }

  private resolveLoops(): FzLoop[] {
    const loops: FzLoop[] = [];
    this.loopAsts.forEach((loop, i) => {
      if (loop.broken) return;
      const members: string[] = [];
      for (const ref of loop.nodes) {
        const decl = this.declarations.indexOf(ref.id);
        if (decl < 0) this.out.add('FZ012', ref.start, ref.end, shortToken(ref.id));
        else if (this.declarations.modelIndex(decl) >= 0) members.push(ref.id);
      }
      const lane = this.loopLanes[i]!;
      const { start, end } = loop;
      if (lane === null) this.out.add('FZ106', start, end);
      const count = loop.nodes.length;
      if (count < 2) this.out.add('FZ107', start, end, String(count));
      loops.push({
        condition: loop.condition,
        nodes: members,
        lane,
        range: rangeInLine(this.lines, loop.line, start, end),
      });
    });
    return loops;
  }
}

/** Calls `visit` for every statement of a kept AST in file order, with its lane block. */
export function forEachStatement(
  ast: FzAst,
  visit: (statement: FzAstStatement, lane: FzAstLane | null) => void,
): void {
  for (const item of ast.items) {
    if (item.kind === 'lane') for (const statement of item.body) visit(statement, item);
    else visit(item, null);
  }
}

/**
 * Builds the diagram from a kept AST (as `parseFz` returns it), reporting into `sink`. Never
 * throws; edges and loop members that do not resolve are left out (and reported); nodes with an
 * unknown shape or outside any lane are left out (the parser reported them).
 */
export function buildModel(ast: FzAst, sink: DiagnosticSink): FzModelBuild {
  const builder = new ModelBuilder();
  builder.begin(ast.lines, sink);
  const replay = (statement: FzAstStatement, lane: FzAstLane | null): void => {
    if (statement.kind === 'node') builder.node(statement, lane);
    else if (statement.kind === 'edge') builder.edge(statement, lane);
    else if (statement.kind === 'loop') builder.loop(statement, lane);
  };
  for (const item of ast.items) {
    if (item.kind === 'lane') {
      builder.lane(item);
      for (const statement of item.body) replay(statement, item);
    } else replay(item, null);
  }
  return builder.finish();
}
