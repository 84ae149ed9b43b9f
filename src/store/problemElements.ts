import { forEachStatement, parseFz } from '../core/fz';
import type { FzDiagnostic, FzDiagram } from '../core/model/types';
import { elementsOnLines } from './elementLines';

/** How a canvas element is marked for the problems on its line. */
export interface FzProblemMark {
  /** The worst severity among them (`info` diagnostics do not mark anything). */
  severity: 'error' | 'warning';
  /** How many errors and warnings point at the element's line. */
  count: number;
}

/** Problem marks by element id: nodes by node id, edges by edge id. */
export interface FzProblemElements {
  nodes: Record<string, FzProblemMark>;
  edges: Record<string, FzProblemMark>;
}

function mark(
  into: Record<string, FzProblemMark>,
  id: string,
  severity: FzProblemMark['severity'],
) {
  const old = into[id];
  if (!old) into[id] = { severity, count: 1 };
  else into[id] = { severity: old.severity === 'error' ? 'error' : severity, count: old.count + 1 };
}

/**
 * Which canvas elements the diagnostics point at: an error or warning whose range starts on a
 * node's or an edge's line marks that element (ranges from the analysis of the current text, so
 * they are never stale). A statement the model left out (a node with an unknown shape, an edge to
 * an undeclared node) has no model element on its line: for the lines of such errors only, the
 * text is parsed again and the statement's own ids are marked (the node, or the edge's two ends),
 * so that the stale canvas still shows which node the error is about. Lane headers, comments and loops mark
 * nothing. Never throws.
 *
 * @example
 * problemElements(text, diagram, diagnostics).nodes.n2; // { severity: 'error', count: 1 }
 */
export function problemElements(
  text: string,
  diagram: FzDiagram,
  diagnostics: readonly FzDiagnostic[],
): FzProblemElements {
  const result: FzProblemElements = { nodes: {}, edges: {} };
  /** Errors on lines without a model element: line → how many. */
  const unmapped = new Map<number, number>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const span = { startLine: d.line, endLine: d.line };
    const on = elementsOnLines(diagram, [span]);
    for (const id of on.nodes) mark(result.nodes, id, d.severity);
    for (const id of on.edges) mark(result.edges, id, d.severity);
    // Only errors are worth a second parse: they are what drops a statement from the model.
    // Warnings on comment lines and lane headers have no element and are left alone.
    if (on.nodes.length === 0 && on.edges.length === 0 && d.severity === 'error') {
      unmapped.set(d.line, (unmapped.get(d.line) ?? 0) + 1);
    }
  }
  if (unmapped.size === 0) return result;
  forEachStatement(parseFz(text).ast, (statement) => {
    const errors = unmapped.get(statement.line);
    if (!errors) return;
    const ids =
      statement.kind === 'node'
        ? [statement.id]
        : statement.kind === 'edge'
          ? [...new Set([statement.from.node, statement.to.node])]
          : [];
    for (const id of ids) {
      if (id === '') continue;
      for (let i = 0; i < errors; i++) mark(result.nodes, id, 'error');
    }
  });
  return result;
}
