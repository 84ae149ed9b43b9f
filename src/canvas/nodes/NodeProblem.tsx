import { memo } from 'react';
import type { FzNodeProblem } from '../flowTypes';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The marker at a node's top-left corner when the text has errors or warnings on the node's line
 * (test id `fz-node-problem-<id>`, `data-severity`). Its title says how many and where to look:
 * the messages themselves are in the code pane, at their exact place.
 */
export const NodeProblem = memo(function NodeProblem({
  nodeId,
  problem,
}: {
  nodeId: string;
  problem: FzNodeProblem;
}) {
  const worst = problem.severity === 'error' ? 'an error' : 'warnings only';
  const title = `${plural(problem.count, 'problem')} on this node's line (${worst}): see the code pane`;
  return (
    <div
      className={`fz-node-problem fz-node-problem--${problem.severity}`}
      data-testid={`fz-node-problem-${nodeId}`}
      data-severity={problem.severity}
      title={title}
      aria-label={title}
      role="img"
    >
      {problem.severity === 'error' ? '!' : '⚠'}
    </div>
  );
});
