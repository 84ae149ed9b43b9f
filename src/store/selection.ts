import type { FzDiagram } from '../core/model/types';
import type { FzSelection } from './types';

/** Nothing selected. Shared, so that "still nothing" keeps the same object. */
export const EMPTY_SELECTION: FzSelection = Object.freeze({
  nodes: [],
  edges: [],
}) as unknown as FzSelection;

function unique(ids: readonly string[]): string[] {
  return ids.length < 2 ? [...ids] : [...new Set(ids)];
}

/** The selection without repeated ids (first occurrence kept); `EMPTY_SELECTION` when empty. */
export function normalizeSelection(selection: FzSelection): FzSelection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return EMPTY_SELECTION;
  return { nodes: unique(selection.nodes), edges: unique(selection.edges) };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Whether two selections hold the same ids in the same order. */
export function sameSelection(a: FzSelection, b: FzSelection): boolean {
  return a === b || (sameIds(a.nodes, b.nodes) && sameIds(a.edges, b.edges));
}

/**
 * The selection without the ids `diagram` no longer has (a node deleted by a gesture or by
 * typing). Returns `selection` itself when every id is still there.
 */
export function pruneSelection(selection: FzSelection, diagram: FzDiagram): FzSelection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const nodes = selection.nodes.filter((id) => diagram.nodes.some((node) => node.id === id));
  const edges = selection.edges.filter((id) => diagram.edges.some((edge) => edge.id === id));
  if (nodes.length === selection.nodes.length && edges.length === selection.edges.length) {
    return selection;
  }
  return normalizeSelection({ nodes, edges });
}
