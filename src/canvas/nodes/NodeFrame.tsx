import type { ReactNode } from 'react';
import type { FzShapeNodeData } from '../flowTypes';
import { NodeBadge } from './NodeBadge';
import { NodeHandles } from './NodeHandles';

/**
 * The root element shared by the four shapes: test id `fz-node-<id>`, `data-shape`, the four
 * handles and the optional badge around the shape's own drawing. Labels stay plain React text.
 */
export function NodeFrame({
  data,
  selected,
  children,
}: {
  data: FzShapeNodeData;
  selected: boolean;
  children: ReactNode;
}) {
  const { node, badge } = data;
  return (
    <div
      className={`fz-node fz-node--${node.shape}${selected ? ' fz-node--selected' : ''}`}
      data-testid={`fz-node-${node.id}`}
      data-shape={node.shape}
      title={node.label}
    >
      {children}
      <NodeHandles />
      {badge ? <NodeBadge nodeId={node.id} counts={badge} /> : null}
    </div>
  );
}

/** A node label: inert text, direction from its own content (RTL labels read right to left). */
export function NodeLabel({ text, className }: { text: string; className?: string }) {
  return (
    <span className={`fz-node__label${className ? ` ${className}` : ''}`} dir="auto">
      {text}
    </span>
  );
}
