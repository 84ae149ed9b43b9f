/**
 * Small hand-built diagrams for the layout and canvas tests, written as data in the model's own
 * terms (no parser needed). Our own example, shaped like a gateway flow; not FlowZap's template.
 */
import type { FzDiagram, FzHandle, FzLoop, FzShape } from '../model/types';

const RANGE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

/** `[from, fromHandle, to, toHandle, label?]` */
type EdgeSpec = [string, FzHandle, string, FzHandle, string?];

/**
 * Builds an `FzDiagram` from compact tuples: lanes `[id, label]`, nodes `[id, lane, shape, label]`,
 * edges `[from, fromHandle, to, toHandle, label?]` (lanes resolved from the nodes), loops
 * `[condition, nodeIds, lane]`. Every range is a dummy 1:1–1:2.
 */
export function buildDiagram(spec: {
  lanes: [string, string][];
  nodes: [string, string, FzShape, string][];
  edges?: EdgeSpec[];
  loops?: [string, string[], string | null][];
}): FzDiagram {
  const laneOf = new Map(spec.nodes.map(([id, lane]) => [id, lane]));
  return {
    lanes: spec.lanes.map(([id, label]) => ({ id, label, range: RANGE })),
    nodes: spec.nodes.map(([id, lane, shape, label]) => ({ id, lane, shape, label, range: RANGE })),
    edges: (spec.edges ?? []).map(([from, fromHandle, to, toHandle, label], index) => ({
      id: `e${index + 1}`,
      from,
      to,
      fromLane: laneOf.get(from) ?? '',
      toLane: laneOf.get(to) ?? '',
      fromHandle,
      toHandle,
      ...(label === undefined ? {} : { label }),
      range: RANGE,
    })),
    loops: (spec.loops ?? []).map(([condition, nodes, lane]): FzLoop => ({
      condition,
      nodes,
      lane,
      range: RANGE,
    })),
  };
}

/** Three lanes, twelve nodes of every shape, in-lane and cross-lane edges, one loop. */
export function checkoutDiagram(): FzDiagram {
  return buildDiagram({
    lanes: [
      ['Shop', 'Web Shop'],
      ['Edge', 'Edge Proxy'],
      ['Backend', 'Backend Services'],
    ],
    nodes: [
      ['n1', 'Shop', 'circle', 'Cart submitted'],
      ['n2', 'Shop', 'rectangle', 'Show receipt'],
      ['n3', 'Shop', 'circle', 'Done'],
      ['n4', 'Edge', 'rectangle', 'Check session cookie'],
      ['n5', 'Edge', 'diamond', 'Session ok?'],
      ['n6', 'Edge', 'rectangle', 'Reply 403 Forbidden'],
      ['n7', 'Edge', 'diamond', 'Under quota?'],
      ['n8', 'Edge', 'rectangle', 'Reply 429 Slow down'],
      ['n9', 'Backend', 'taskbox', 'Price the cart|Apply coupons|Add tax'],
      ['n10', 'Backend', 'rectangle', 'Reserve stock'],
      ['n11', 'Backend', 'rectangle', 'Charge card'],
      ['n12', 'Backend', 'rectangle', 'Build receipt'],
    ],
    edges: [
      ['n1', 'bottom', 'n4', 'top', 'Submit'],
      ['n4', 'right', 'n5', 'left'],
      ['n5', 'bottom', 'n6', 'top', 'No'],
      ['n5', 'right', 'n7', 'left', 'Yes'],
      ['n7', 'bottom', 'n8', 'top', 'No'],
      ['n7', 'right', 'n9', 'top', 'Yes'],
      ['n9', 'right', 'n10', 'left'],
      ['n10', 'right', 'n11', 'left'],
      ['n11', 'right', 'n12', 'left'],
      ['n12', 'top', 'n2', 'bottom', 'Receipt'],
      ['n6', 'top', 'n2', 'bottom', '403'],
      ['n8', 'top', 'n2', 'bottom', '429'],
      ['n2', 'right', 'n3', 'left'],
    ],
    loops: [['until stock reserved', ['n10', 'n11'], 'Backend']],
  });
}
