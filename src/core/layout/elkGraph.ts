import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { FzDiagram, FzNode } from '../model/types';
import { estimateNodeSize, estimateTextWidth } from './nodeSize';

/**
 * ELK options for the flow pass. Fixed seed and model-order tie-breaking make the same diagram
 * give the same answer on every run; one connected layering (components not separated) lets every
 * lane's first nodes start in the first columns.
 */
export const ELK_LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.randomSeed': '1',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Greedy, ties broken by file order: a retry edge back to an earlier step is the one reversed.
  'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.spacing.nodeNode': '40',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  // The canvas draws its own edges; ELK's routes are never read, so the cheapest router will do.
  'elk.edgeRouting': 'POLYLINE',
};

/** Above this many nodes the flow pass trades polish for speed (see `LARGE_GRAPH_OPTIONS`). */
export const LARGE_GRAPH_NODES = 300;

/**
 * Overrides for big diagrams: model-order tie-breaking alone costs ELK several seconds at 1,000
 * nodes, and in-layer order matters little once nodes are snapped into lane rows. Still
 * deterministic (the seed stays fixed).
 */
export const LARGE_GRAPH_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
};

const SIDE_HANDLES = new Set(['left', 'right']);

/**
 * Spacing between ELK layers, in pixels: room for the widest label of an edge drawn side to side
 * (left/right handles at both ends), whose label sits on the gap between two layers. Labels of
 * top/bottom edges sit on the vertical run and need no horizontal room. Clamped to 56…150.
 */
export function layerSpacing(diagram: FzDiagram): number {
  let widest = 0;
  for (const edge of diagram.edges) {
    if (!edge.label || !SIDE_HANDLES.has(edge.fromHandle) || !SIDE_HANDLES.has(edge.toHandle)) {
      continue;
    }
    // Edge labels use an 11px font, about 0.85 of the node label's advance.
    widest = Math.max(widest, estimateTextWidth(edge.label) * 0.85);
  }
  return Math.round(Math.min(Math.max(widest + 36, 56), 150));
}

/**
 * The diagram's nodes in file order with duplicate ids dropped (the first declaration wins), which
 * is what every layout step iterates over. Malformed entries (no string id) are skipped.
 */
export function uniqueNodes(diagram: FzDiagram): FzNode[] {
  const seen = new Set<string>();
  const out: FzNode[] = [];
  for (const node of diagram.nodes) {
    if (typeof node.id !== 'string' || seen.has(node.id)) continue;
    seen.add(node.id);
    out.push(node);
  }
  return out;
}

/**
 * Builds the ELK input graph for the flow pass: one child per node (file order, with its
 * estimated size) and one edge per diagram edge whose both ends exist. Lanes are not in the ELK
 * graph; the bands are applied afterwards by `placeInLanes`. Big graphs get the faster option set
 * `LARGE_GRAPH_OPTIONS`. Never throws: edges naming unknown
 * nodes are left out, duplicate node ids keep their first declaration.
 */
export function toElkGraph(diagram: FzDiagram): ElkNode {
  const nodes = uniqueNodes(diagram);
  const ids = new Set(nodes.map((node) => node.id));
  const children: ElkNode[] = nodes.map((node) => ({ id: node.id, ...estimateNodeSize(node) }));
  const edges: ElkExtendedEdge[] = [];
  diagram.edges.forEach((edge, index) => {
    if (!ids.has(edge.from) || !ids.has(edge.to)) return;
    edges.push({ id: `elk-e${index}`, sources: [edge.from], targets: [edge.to] });
  });
  return {
    id: 'root',
    layoutOptions: {
      ...ELK_LAYOUT_OPTIONS,
      ...(nodes.length > LARGE_GRAPH_NODES ? LARGE_GRAPH_OPTIONS : {}),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(layerSpacing(diagram)),
    },
    children,
    edges,
  };
}
