import type { FzDiagram } from '../model/types';
import { uniqueNodes } from './elkGraph';
import { estimateNodeSize } from './nodeSize';
import type { FzNodeBox } from './types';

/** Horizontal pitch between layers: wider than any node, so `placeInLanes` sees one column each. */
const LAYER_PITCH = 300;

/**
 * A flow placement without ELK, linear in nodes + edges, for diagrams too big for ELK's layered
 * algorithm (its long-edge dummies made 2,000 nodes take 7 s and ~1 GB, and 5,000 run out of
 * memory). The steps are the classic Sugiyama ones ELK uses, in their simplest form:
 *
 * 1. Cycle breaking by depth-first search: from every node without incoming edges (file order),
 *    then from any node still unvisited (file order), following edges in file order; an edge to a
 *    node on the current path closes a cycle and is left out (a retry edge back to an earlier
 *    step, like ELK's greedy model-order breaking). Iterative, so a 5,000-step chain cannot
 *    overflow the stack.
 * 2. Longest-path layering: a node's layer is one more than the highest layer of its kept
 *    predecessors; sources are in layer 0.
 *
 * Returns one box per node (estimated size) with `x = layer × 300` and `y = file index`, the
 * shape `placeInLanes` reads (it compacts columns and makes rows itself). Edges naming unknown
 * nodes are ignored; never throws.
 */
export function layeredFlow(diagram: FzDiagram): Record<string, FzNodeBox> {
  const nodes = uniqueNodes(diagram);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const outgoing: number[][] = nodes.map(() => []);
  const hasIncoming = nodes.map(() => false);
  for (const edge of diagram.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    outgoing[from]!.push(to);
    hasIncoming[to] = true;
  }

  // 0 = not visited, 1 = on the current path, 2 = finished.
  const state = new Uint8Array(nodes.length);
  const finished: number[] = [];
  const kept: number[][] = nodes.map(() => []);
  const visit = (root: number) => {
    if (state[root] !== 0) return;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = outgoing[frame.node]!;
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (state[to] === 1) continue; // closes a cycle: left out
        kept[frame.node]!.push(to);
        if (state[to] === 0) {
          state[to] = 1;
          stack.push({ node: to, next: 0 });
        }
      } else {
        state[frame.node] = 2;
        finished.push(frame.node);
        stack.pop();
      }
    }
  };
  nodes.forEach((_, i) => {
    if (!hasIncoming[i]) visit(i);
  });
  nodes.forEach((_, i) => visit(i));

  // Reverse finishing order is a topological order of the kept edges.
  const layer = new Int32Array(nodes.length);
  for (let k = finished.length - 1; k >= 0; k--) {
    const from = finished[k]!;
    for (const to of kept[from]!) layer[to] = Math.max(layer[to]!, layer[from]! + 1);
  }

  const flow: Record<string, FzNodeBox> = {};
  nodes.forEach((node, i) => {
    flow[node.id] = { x: layer[i]! * LAYER_PITCH, y: i, ...estimateNodeSize(node) };
  });
  return flow;
}
