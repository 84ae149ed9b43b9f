import type { FzChange } from '../core/edit/types';

/**
 * What the canvas shows of a gesture before it has re-drawn the diagram from the new text: the
 * labels just written (by node id) and the node and edge ids just deleted.
 */
export interface FzOptimisticView {
  labels: Readonly<Record<string, string>>;
  removed: ReadonlySet<string>;
}

/** Nothing pending: the canvas shows its diagram as it is. */
export const NO_OPTIMISM: FzOptimisticView = Object.freeze({
  labels: Object.freeze({}),
  removed: new Set<string>(),
});

/**
 * `view` plus the visible result of `change`, a change the store has just applied to the text: a
 * `setNodeLabel` shows its label, a `deleteElements` hides its nodes and edges (a node's edges
 * are hidden with it by the edge drawing, see `FzEdge`). Every other change kind returns `view`
 * itself: its result waits for the canvas's next drawing. Pure.
 */
export function withChange(view: FzOptimisticView, change: FzChange): FzOptimisticView {
  switch (change.kind) {
    case 'setNodeLabel':
      return { ...view, labels: { ...view.labels, [change.node]: change.label } };
    case 'deleteElements':
      return { ...view, removed: new Set([...view.removed, ...change.nodes, ...change.edges]) };
    default:
      return view;
  }
}
