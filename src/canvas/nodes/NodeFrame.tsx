import type { ReactNode } from 'react';
import { useDetailLevel } from '../detailLevel';
import { useJustRemoved, useShownLabel } from '../useOptimism';
import type { FzShapeNodeData } from '../flowTypes';
import { NodeBadge } from './NodeBadge';
import { NodeHandles, StaticHandles } from './NodeHandles';
import { NodeProblem } from './NodeProblem';
import './problemMarks.css';

/**
 * The root element shared by the four shapes: test id `fz-node-<id>`, `data-shape`, the four
 * handles, the optional badge and the optional problem marker (`data-problem` and
 * `fz-node--problem-<severity>` when the current text has an error or warning on the node's line)
 * around the shape's own drawing. Labels stay plain React text.
 *
 * At the `shapes` detail level (zoomed out below `DETAIL_MIN_ZOOM`) it keeps the test id, shape,
 * selection and problem classes and the tooltip, but draws stand-in handles and no badge or
 * problem icon; {@link NodeLabel} draws nothing then. A node a gesture has just deleted is hidden
 * (`fz-node--removed`) until the canvas re-draws without it (`useOptimism`).
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
  const detail = useDetailLevel();
  const label = useShownLabel(node.id, node.label);
  const removed = useJustRemoved(node.id);
  const classes = [`fz-node fz-node--${node.shape}`];
  if (removed) classes.push('fz-node--removed');
  if (selected) classes.push('fz-node--selected');
  if (problem) classes.push(`fz-node--problem fz-node--problem-${problem.severity}`);
  return (
    <div
      className={classes.join(' ')}
      data-testid={`fz-node-${node.id}`}
      data-shape={node.shape}
      data-problem={problem?.severity}
      title={label}
    >
      {children}
      {detail === 'full' ? <NodeHandles /> : <StaticHandles />}
      {badge && detail === 'full' ? <NodeBadge nodeId={node.id} counts={badge} /> : null}
      {problem && detail === 'full' ? <NodeProblem nodeId={node.id} problem={problem} /> : null}
    </div>
  );
}

/**
 * A node label: inert text, direction from its own content (RTL labels read right to left).
 * Nothing at the `shapes` detail level, where it could not be read.
 */
export function NodeLabel({ text, className }: { text: string; className?: string }) {
  const detail = useDetailLevel();
  if (detail === 'shapes') return null;
  return (
    <span className={`fz-node__label${className ? ` ${className}` : ''}`} dir="auto">
      {text}
    </span>
  );
}
