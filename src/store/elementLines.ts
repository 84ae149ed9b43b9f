import type { FzDiagram, FzSourceRange } from '../core/model/types';
import type { FzSelection } from './types';

/** A span of whole lines, 1-based and inclusive (an editor selection seen line by line). */
export interface FzLineSpan {
  startLine: number;
  endLine: number;
}

/** Index of the first item whose range ends on or after `line` (items are in file order). */
function firstEndingFrom(items: readonly { range: FzSourceRange }[], line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.range.endLine < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function idsOnLines(
  items: readonly { id: string; range: FzSourceRange }[],
  spans: readonly FzLineSpan[],
  into: Set<string>,
): void {
  for (const span of spans) {
    for (let i = firstEndingFrom(items, span.startLine); i < items.length; i++) {
      const item = items[i]!;
      if (item.range.startLine > span.endLine) break;
      into.add(item.id);
    }
  }
}

/**
 * The nodes and edges whose statements touch the given lines (the lines of the editor's cursors
 * and selections), each once, in file order. Uses the diagram's source ranges, which follow the
 * model's file order, so a lookup is a binary search, not a scan: it runs on every cursor move.
 *
 * @example
 * elementsOnLines(diagram, [{ startLine: 3, endLine: 3 }]); // { nodes: ['n2'], edges: [] }
 */
export function elementsOnLines(diagram: FzDiagram, spans: readonly FzLineSpan[]): FzSelection {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  idsOnLines(diagram.nodes, spans, nodes);
  idsOnLines(diagram.edges, spans, edges);
  return { nodes: [...nodes], edges: [...edges] };
}

/**
 * The source ranges of the selected elements (nodes first, then edges, in selection order), for
 * the editor to select: one range per element. Ids the diagram does not have are skipped.
 */
export function rangesOfSelection(diagram: FzDiagram, selection: FzSelection): FzSourceRange[] {
  const ranges: FzSourceRange[] = [];
  if (selection.nodes.length > 0) {
    const byId = new Map(diagram.nodes.map((node) => [node.id, node.range]));
    for (const id of selection.nodes) {
      const range = byId.get(id);
      if (range) ranges.push(range);
    }
  }
  if (selection.edges.length > 0) {
    const byId = new Map(diagram.edges.map((edge) => [edge.id, edge.range]));
    for (const id of selection.edges) {
      const range = byId.get(id);
      if (range) ranges.push(range);
    }
  }
  return ranges;
}
