import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const labelRoots = new WeakMap<HTMLDivElement, Element>();

/**
 * React Flow's edge label layer, looked up once per canvas. React Flow's own
 * `EdgeLabelRenderer` runs `querySelector` in a store selector, so every labelled edge repeated
 * that DOM search on every store update (each keystroke on a 1,000-node document: ~250 searches).
 */
function selectLabelRoot(state: ReactFlowState): Element | null {
  const host = state.domNode;
  if (!host) return null;
  const cached = labelRoots.get(host);
  if (cached?.isConnected) return cached;
  const found = host.querySelector('.react-flow__edgelabel-renderer');
  if (found) labelRoots.set(host, found);
  return found;
}

/** Renders `children` into the edge label layer (what `EdgeLabelRenderer` does, minus the search). */
export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const root = useStore(selectLabelRoot);
  return root ? createPortal(children, root) : null;
}
