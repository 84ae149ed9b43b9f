/**
 * What `computeEdits` needs to know about a text, read once from its AST and model: where each
 * lane block, node declaration, edge and loop statement is, the file's line ending and which node
 * ids are taken. Built from the text as it is, errors included: a change then touches only the
 * statements it names, whatever is broken elsewhere.
 */
import type { FzAst, FzAstEdge, FzAstLane, FzAstLoop, FzAstNode } from '../fz/ast';
import type { FzLineIndex } from '../fz/lineIndex';
import { isFzNodeId } from '../fz/parseNode';
import { analyzeFzWithAst } from '../model/analyze';
import type { FzDiagram } from '../model/types';

/** A statement with the lane block it is written in (null: the top level). */
export interface Placed<S> {
  ast: S;
  block: FzAstLane | null;
}

/** A model edge (`e1`, `e2`, … as in `FzDiagram.edges`) and the statement that wrote it. */
export interface DocEdge extends Placed<FzAstEdge> {
  id: string;
}

/** The index of one text; see the file comment. */
export interface EditDoc {
  text: string;
  lines: FzLineIndex;
  /** The file's line break (its first one; `\n` when it has none). */
  eol: string;
  ast: FzAst;
  /** The diagram of the text (what the canvas shows). */
  diagram: FzDiagram;
  /** First block of each lane id, in file order (the model's lanes). */
  lanes: FzAstLane[];
  laneById: Map<string, FzAstLane>;
  /** Every lane block, duplicates included. */
  allLanes: FzAstLane[];
  /** First declaration of each node id. */
  nodeById: Map<string, Placed<FzAstNode>>;
  /** Every node statement in file order, duplicates included. */
  declarations: Placed<FzAstNode>[];
  /** Every edge statement in file order, broken ones included. */
  edgeStatements: Placed<FzAstEdge>[];
  /** The model's edges with their statements, in `FzDiagram.edges` order. */
  edges: DocEdge[];
  edgeById: Map<string, DocEdge>;
  loops: Placed<FzAstLoop>[];
  /** Every node id the text mentions: declarations, edge ends and loop references. */
  usedNodeIds: Set<string>;
  /** Highest `n<number>` among {@link usedNodeIds} (0 when none). */
  maxNodeNumber: bigint;
}

/** The file's line break: the first one found, else LF. */
export function detectEol(text: string): string {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
  return '\n';
}

/** Reads `text` into an {@link EditDoc}. Pure; never throws on any text. */
export function readEditDoc(text: string): EditDoc {
  const analysis = analyzeFzWithAst(text);
  const { ast, diagram } = analysis;
  const doc: EditDoc = {
    text,
    lines: ast.lines,
    eol: detectEol(text),
    ast,
    diagram,
    lanes: [],
    laneById: new Map(),
    allLanes: [],
    nodeById: new Map(),
    declarations: [],
    edgeStatements: [],
    edges: [],
    edgeById: new Map(),
    loops: [],
    usedNodeIds: new Set(),
    maxNodeNumber: 0n,
  };
  const visit = (block: FzAstLane | null, statement: FzAst['items'][number]): void => {
    if (statement.kind === 'node') {
      const placed = { ast: statement, block };
      doc.declarations.push(placed);
      if (!doc.nodeById.has(statement.id)) doc.nodeById.set(statement.id, placed);
      doc.usedNodeIds.add(statement.id);
    } else if (statement.kind === 'edge') {
      doc.edgeStatements.push({ ast: statement, block });
      doc.usedNodeIds.add(statement.from.node);
      doc.usedNodeIds.add(statement.to.node);
    } else if (statement.kind === 'loop') {
      doc.loops.push({ ast: statement, block });
      for (const ref of statement.nodes) doc.usedNodeIds.add(ref.id);
    }
  };
  for (const item of ast.items) {
    if (item.kind !== 'lane') {
      visit(null, item);
      continue;
    }
    doc.allLanes.push(item);
    if (!doc.laneById.has(item.id)) {
      doc.laneById.set(item.id, item);
      doc.lanes.push(item);
    }
    for (const statement of item.body) visit(item, statement);
  }
  doc.usedNodeIds.delete('');
  for (const id of doc.usedNodeIds) {
    if (!isFzNodeId(id)) continue;
    const n = BigInt(id.slice(1));
    if (n > doc.maxNodeNumber) doc.maxNodeNumber = n;
  }
  // Model edges carry their source line, and a line holds one statement: that finds each one's
  // statement without re-resolving references here.
  const byLine = new Map<number, Placed<FzAstEdge>>();
  for (const placed of doc.edgeStatements) byLine.set(placed.ast.line, placed);
  for (const edge of diagram.edges) {
    const placed = byLine.get(edge.range.startLine);
    if (!placed) continue;
    const docEdge = { ...placed, id: edge.id };
    doc.edges.push(docEdge);
    doc.edgeById.set(edge.id, docEdge);
  }
  return doc;
}

/** The lane id a node is declared in (null: unknown node, or declared outside any lane). */
export function laneOfNode(doc: EditDoc, id: string): string | null {
  return doc.nodeById.get(id)?.block?.id ?? null;
}

/** `n<max+1>`, `n<max+2>`, …: `count` fresh node ids above every id the text mentions. */
export function freshNodeIds(doc: EditDoc, count: number): string[] {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(`n${doc.maxNodeNumber + BigInt(i)}`);
  return ids;
}

/** The id (`eN`) an edge inserted at `offset` will have: one more than the model edges before. */
export function edgeIdAt(doc: EditDoc, offset: number, extra = 0): string {
  let before = 0;
  for (const edge of doc.edges) if (edge.ast.start < offset) before++;
  return `e${before + 1 + extra}`;
}
