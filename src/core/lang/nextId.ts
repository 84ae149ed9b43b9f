/**
 * The next free node id: one more than the highest `nN` the file mentions anywhere, declared or
 * only referenced (the rule `computeEdits` uses for `addNode`; flowzap-mcp's `insertNode` uses
 * `n{max+1}` too). Gaps are not reused, and an id that an edge or loop already names (even
 * undeclared) is never handed out, so a new node never silently captures a dangling reference.
 */
import type { FzAst } from '../fz/ast';
import { forEachStatement } from '../model/buildModel';
import { nodeNumber } from '../model/nodeTable';

/** Calls `see` with the number of every `nN` id the file declares or references (-1 for other ids). */
function forEachNodeNumber(ast: FzAst, see: (n: number) => void): void {
  forEachStatement(ast, (statement) => {
    if (statement.kind === 'node') see(nodeNumber(statement.id));
    else if (statement.kind === 'edge') {
      see(nodeNumber(statement.from.node));
      see(nodeNumber(statement.to.node));
    } else if (statement.kind === 'loop')
      for (const ref of statement.nodes) see(nodeNumber(ref.id));
  });
}

/** The highest `N` among the `nN` ids the file declares or references, or 0 when there is none. */
export function highestNodeNumber(ast: FzAst): number {
  let max = 0;
  forEachNodeNumber(ast, (n) => {
    if (n > max) max = n;
  });
  return max;
}

/** `n{highest + 1}`: `n1` for a file without nodes. */
export function nextFreeNodeId(ast: FzAst): string {
  return `n${highestNodeNumber(ast) + 1}`;
}

/**
 * The smallest `nN` (N ≥ 1) that the file neither declares nor references: the id that repairs a
 * bad or duplicate id without opening a gap in the n1…nN numbering (warning FZ101).
 */
export function lowestFreeNodeId(ast: FzAst): string {
  const used = new Set<number>();
  forEachNodeNumber(ast, (n) => used.add(n));
  let n = 1;
  while (used.has(n)) n++;
  return `n${n}`;
}
