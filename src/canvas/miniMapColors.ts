import type { Node } from '@xyflow/react';

/** Minimap fill per node kind: lanes faint, loop frames invisible, shapes by their role. */
export function miniMapNodeColor(node: Node): string {
  switch (node.type) {
    case 'fzLane':
      return 'rgba(127, 127, 127, 0.12)';
    case 'fzLoop':
      return 'transparent';
    case 'fzCircle':
      return '#4f9d69';
    case 'fzDiamond':
      return '#d08c2c';
    case 'fzTaskbox':
      return '#7a5cc2';
    default:
      return '#3f7fd1';
  }
}
