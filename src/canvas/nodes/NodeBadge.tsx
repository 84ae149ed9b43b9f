import { memo } from 'react';
import type { FzNodeBadgeCounts } from '../flowTypes';

/**
 * The small counter badge at a node's top-right corner: `passed ✓ rejected ✗`, with all three
 * counters in its title (hover) and accessible name.
 */
export const NodeBadge = memo(function NodeBadge({
  nodeId,
  counts,
}: {
  nodeId: string;
  counts: FzNodeBadgeCounts;
}) {
  const title = `${counts.arrivals} arrived · ${counts.passed} passed · ${counts.rejected} rejected`;
  return (
    <div
      className="fz-badge nodrag"
      data-testid={`fz-node-badge-${nodeId}`}
      title={title}
      aria-label={title}
    >
      <span className="fz-badge__passed">{counts.passed} ✓</span>
      {counts.rejected > 0 ? <span className="fz-badge__rejected">{counts.rejected} ✗</span> : null}
    </div>
  );
});
