import type { ReactNode } from 'react';
import type { FzShapeNodeData } from '../flowTypes';
import { NodeBadge } from './NodeBadge';
import { NodeHandles } from './NodeHandles';
import { NodeProblem } from './NodeProblem';
import './problemMarks.css';

/**
 * The root element shared by the four shapes: test id `fz-node-<id>`, `data-shape`, the four
 * handles, the optional badge and the optional problem marker (`data-problem` and
 * `fz-node--problem-<severity>` when the current text has an error or warning on the node's line)
 * around the shape's own drawing. Labels stay plain React text.
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
  const { node, badge, problem } = data;
  const classes = [`fz-node fz-node--${node.shape}`];
  if (selected) classes.push('fz-node--selected');
  if (problem) classes.push(`fz-node--problem fz-node--problem-${problem.severity}`);
  return (
    <div
      className={classes.join(' ')}
      data-testid={`fz-node-${node.id}`}
      data-shape={node.shape}
      data-problem={problem?.severity}
      title={node.label}
    >
      {children}
      <NodeHandles />
      {badge ? <NodeBadge nodeId={node.id} counts={badge} /> : null}
      {problem ? <NodeProblem nodeId={node.id} problem={problem} /> : null}
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
