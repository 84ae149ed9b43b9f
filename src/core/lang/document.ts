/**
 * One analysed snapshot of a `.fz` text for the language services (completion, hover, definition,
 * rename, quick-fixes, format). Built once per text version by the editor adapter and shared by
 * every request on that version, so a hover and a code-action request on the same text parse once.
 */
import type { FzAst, FzAstLane, FzAstNode } from '../fz/ast';
import { lineOfOffset, type FzLineIndex } from '../fz/lineIndex';
import { analyzeFzWithAst, type FzAnalysis } from '../model/analyze';
import { forEachStatement } from '../model/buildModel';

/** What the services know about one declared node (its first declaration, as the model uses). */
export interface FzNodeInfo {
  id: string;
  /** The shape word as written (may be unknown). */
  shape: string;
  /** What FlowZap shows: `label`, else `description`, else the id. */
  display: string;
  /** The lane block that declares it, or null at the top level. */
  lane: FzAstLane | null;
  node: FzAstNode;
}

/** A lane block and the 0-based lines its body covers (`bodyFirst..bodyLast`, inclusive). */
export interface FzLaneBlock {
  lane: FzAstLane;
  /** 0-based line of the header. */
  headerLine: number;
  /** 0-based line of the closing `}`; for an unclosed lane, one past its last body line. */
  endLine: number;
}

/** An analysed text: the AST, the full analysis and lookup tables. */
export interface FzLangDocument {
  text: string;
  ast: FzAst;
  lines: FzLineIndex;
  analysis: FzAnalysis;
  /** First declaration of each node id, in declaration order. */
  nodes: Map<string, FzNodeInfo>;
  /** First header of each lane id, in file order. */
  lanes: Map<string, FzAstLane>;
  /** Every lane block (duplicates included) in file order, with its line extent. */
  blocks: FzLaneBlock[];
}

/** The display text of a node the way the model computes it (label, description, id). */
function displayOf(node: FzAstNode): string {
  let description: string | undefined;
  for (const a of node.attributes) {
    if (a.key === 'label') return a.value;
    if (a.key === 'description' && description === undefined) description = a.value;
  }
  return description ?? node.id;
}

/**
 * Analyses `text` for the language services. Never throws (the parser never does); linear in the
 * text length.
 */
export function createLangDocument(text: string): FzLangDocument {
  const analysis = analyzeFzWithAst(text);
  const ast = analysis.ast;
  const lines = ast.lines;
  const nodes = new Map<string, FzNodeInfo>();
  const lanes = new Map<string, FzAstLane>();
  const blocks: FzLaneBlock[] = [];
  const lastLine = lines.starts.length;
  for (const item of ast.items) {
    if (item.kind !== 'lane') continue;
    if (!lanes.has(item.id)) lanes.set(item.id, item);
    const headerLine = item.line - 1;
    const endLine = item.closeStart >= 0 ? lineOfOffset(lines, item.closeStart) : lastLine;
    blocks.push({ lane: item, headerLine, endLine });
  }
  // An unclosed lane ends where the next lane begins (the parser closes it there: FZ018).
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.lane.closeStart < 0) block.endLine = blocks[i + 1]!.headerLine;
  }
  forEachStatement(ast, (statement, lane) => {
    if (statement.kind !== 'node' || nodes.has(statement.id)) return;
    nodes.set(statement.id, {
      id: statement.id,
      shape: statement.shape,
      display: displayOf(statement),
      lane,
      node: statement,
    });
  });
  return { text, ast, lines, analysis, nodes, lanes, blocks };
}

/**
 * The lane block whose body holds 0-based `line` (strictly between its header and its `}`), or
 * null when the line is at the top level (or on a header or closing line).
 */
export function laneBlockAtLine(doc: FzLangDocument, line: number): FzLaneBlock | null {
  for (const block of doc.blocks) {
    if (line > block.headerLine && line < block.endLine) return block;
  }
  return null;
}
