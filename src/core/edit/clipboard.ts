/**
 * Copying part of a diagram for `paste`: the chosen nodes as written (label attribute, taskbox
 * sub-items joined back with `|`) and the edges between them, in diagram order.
 */
import type { FzDiagram } from '../model/types';
import { rawLabel } from './diagramHelpers';
import type { FzClipboardEdge, FzClipboardNode } from './types';

/**
 * The clipboard for the nodes `ids` of `diagram` (unknown ids are skipped): those nodes and
 * every edge whose two ends are among them. A node whose display text is its id or its
 * description gets no `label` (it had none). Pure; never throws.
 *
 * @example const { nodes, edges } = copyToClipboard(diagram, ['n2', 'n3']);
 *   computeEdits(text, { kind: 'paste', lane: 'Billing', nodes, edges });
 */
export function copyToClipboard(
  diagram: FzDiagram,
  ids: readonly string[],
): { nodes: FzClipboardNode[]; edges: FzClipboardEdge[] } {
  const chosen = new Set(ids);
  const nodes: FzClipboardNode[] = [];
  for (const node of diagram.nodes) {
    if (!chosen.has(node.id)) continue;
    const copy: FzClipboardNode = { id: node.id, shape: node.shape };
    const label = rawLabel(node);
    if (label !== undefined) copy.label = label;
    if (node.owner !== undefined) copy.owner = node.owner;
    if (node.description !== undefined) copy.description = node.description;
    if (node.system !== undefined) copy.system = node.system;
    nodes.push(copy);
  }
  const edges: FzClipboardEdge[] = [];
  for (const edge of diagram.edges) {
    if (!chosen.has(edge.from) || !chosen.has(edge.to)) continue;
    const copy: FzClipboardEdge = {
      from: edge.from,
      to: edge.to,
      fromHandle: edge.fromHandle,
      toHandle: edge.toHandle,
    };
    if (edge.label !== undefined) copy.label = edge.label;
    edges.push(copy);
  }
  return { nodes, edges };
}
