/**
 * Copy and paste on the canvas. Copy takes the selected nodes as the text writes them (label
 * attribute, taskbox sub-items included) and the edges that run between two of them
 * (`copyToClipboard` of the edit core); paste turns that into one `paste` change, which gives
 * every node a fresh id in the target lane and re-links the copied edges to those ids.
 */
import { copyToClipboard } from '../../core/edit';
import type { FzChange, FzClipboardEdge, FzClipboardNode } from '../../core/edit/types';
import type { FzDiagram } from '../../core/model/types';

/** What Ctrl/Cmd+C keeps: nodes by their copied ids, and edges among them. */
export interface FzCanvasClipboard {
  nodes: FzClipboardNode[];
  edges: FzClipboardEdge[];
}

/**
 * Copies the nodes named in `selected` (in the diagram's declaration order, unknown ids ignored)
 * and every edge whose two ends are both copied. Returns null when no selected node exists, so
 * that a copy with an empty selection keeps the previous clipboard.
 */
export function copySelection(
  diagram: FzDiagram,
  selected: readonly string[],
): FzCanvasClipboard | null {
  const clipboard = copyToClipboard(diagram, selected);
  return clipboard.nodes.length === 0 ? null : clipboard;
}

/** Ctrl/Cmd+V: the clipboard pasted into `lane` as one `paste` change; null for an empty clipboard. */
export function pasteChange(clipboard: FzCanvasClipboard | null, lane: string): FzChange | null {
  if (!clipboard || clipboard.nodes.length === 0) return null;
  return { kind: 'paste', lane, nodes: clipboard.nodes, edges: clipboard.edges };
}
