/**
 * `fz format`: the canonical text of a valid `.fz` file (flowzap-language.md §13). Two-space
 * indentation inside lanes, LF line ends, a final newline, one blank line between lanes; inside a
 * lane the nodes first, then the edges, then the loops, each group in its original order. Edges and
 * loops stay in the lane (or at the top level) where they were written, so the global edge order
 * (the sequence view) never changes. Comment lines are kept, attached to the statement after them.
 */
import type { FzDiagnostic } from '../model/types';
import { analyzeFzWithAst } from '../model/analyze';
import type { FzAst, FzAstComment, FzAstEdge, FzAstLane, FzAstLoop, FzAstNode } from './ast';
import { printEdgeLine, printLaneHeader, printLoopLine, printNodeLine } from './printLines';

/** What {@link formatFz} returns: the canonical text, or the errors that prevent formatting. */
export type FzFormatResult =
  { ok: true; text: string; changed: boolean } | { ok: false; diagnostics: FzDiagnostic[] };

const INDENT = '  ';

function commentLine(comment: FzAstComment, marker: '//' | '#' = comment.marker): string {
  return comment.text === '' ? marker : `${marker} ${comment.text}`;
}

function nodeLine(node: FzAstNode): string {
  const line: Parameters<typeof printNodeLine>[0] = { id: node.id, shape: node.shape };
  for (const a of node.attributes) {
    if (a.key === 'label' || a.key === 'owner' || a.key === 'description' || a.key === 'system') {
      line[a.key] = a.value;
    }
  }
  return printNodeLine(line);
}

function edgeLine(edge: FzAstEdge): string {
  return printEdgeLine({
    from: edge.from.node,
    fromLane: edge.from.lane,
    fromHandle: edge.from.handle ?? '',
    to: edge.to.node,
    toLane: edge.to.lane,
    toHandle: edge.to.handle ?? '',
    label: edge.label ? edge.label.value : undefined,
  });
}

function loopLine(loop: FzAstLoop): string {
  return printLoopLine(
    loop.condition,
    loop.nodes.map((n) => n.id),
  );
}

/** The lines of one lane block, comments kept before the statement that followed them. */
function laneLines(lane: FzAstLane, leading: FzAstComment[]): string[] {
  const nodes: string[] = [];
  const edges: string[] = [];
  const loops: string[] = [];
  let pending: FzAstComment[] = [];
  const take = (into: string[], line: string): void => {
    for (const c of pending) into.push(commentLine(c));
    pending = [];
    into.push(line);
  };
  for (const statement of lane.body) {
    if (statement.kind === 'comment') pending.push(statement);
    else if (statement.kind === 'node') take(nodes, nodeLine(statement));
    else if (statement.kind === 'edge') take(edges, edgeLine(statement));
    else if (statement.kind === 'loop') take(loops, loopLine(statement));
  }
  const body = [...nodes, ...edges, ...loops, ...pending.map((c) => commentLine(c))];
  // A `# text` first line in a label-less lane would be read back as the lane's label.
  const first = body[0];
  if (lane.label === null && first?.startsWith('# ')) body[0] = `//${first.slice(1)}`;
  return [
    ...leading.map((c) => commentLine(c)),
    printLaneHeader(lane.id, lane.label),
    ...body.map((l) => INDENT + l),
    '}',
  ];
}

/**
 * Prints an AST in canonical form. Meant for ASTs without errors (invalid lines and top-level
 * nodes are skipped); returns LF-terminated text.
 */
export function printFzAst(ast: FzAst): string {
  const blocks: string[][] = [];
  let loose: string[] = [];
  let pending: FzAstComment[] = [];
  for (const item of ast.items) {
    if (item.kind === 'comment') {
      pending.push(item);
    } else if (item.kind === 'lane') {
      if (loose.length > 0) blocks.push(loose);
      loose = [];
      blocks.push(laneLines(item, pending));
      pending = [];
    } else if (item.kind === 'edge' || item.kind === 'loop') {
      for (const c of pending) loose.push(commentLine(c));
      pending = [];
      loose.push(item.kind === 'edge' ? edgeLine(item) : loopLine(item));
    }
  }
  for (const c of pending) loose.push(commentLine(c));
  if (loose.length > 0) blocks.push(loose);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}

/**
 * Formats FlowZap Code into its canonical form. Refuses (returns the errors) when the text has
 * errors, because guessing what a broken line meant could lose the user's text. Guarantees:
 * `format(format(x)) === format(x)`, and the diagram of the result equals the diagram of `x`
 * (ignoring source ranges). Never throws.
 */
export function formatFz(text: string): FzFormatResult {
  const analysis = analyzeFzWithAst(text);
  if (analysis.errorCount > 0) {
    return { ok: false, diagnostics: analysis.diagnostics.filter((d) => d.severity === 'error') };
  }
  const out = printFzAst(analysis.ast);
  return { ok: true, text: out, changed: out !== text };
}
