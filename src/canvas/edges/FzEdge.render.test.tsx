import { Position, ReactFlowProvider } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { FzFlowEdge } from '../flowTypes';
import { NO_OPTIMISM, withChange, type FzOptimisticView } from '../optimisticView';
import { CanvasOptimismContext } from '../useOptimism';
import { FzEdge } from './FzEdge';

function render(pending: FzOptimisticView): string {
  const props = {
    id: 'e2',
    source: 'n2',
    target: 'n3',
    sourceX: 0,
    sourceY: 0,
    targetX: 200,
    targetY: 0,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    data: { crossLane: false },
    selected: false,
  } as EdgeProps<FzFlowEdge>;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <CanvasOptimismContext value={createStore(() => pending)}>
        <svg>
          <FzEdge {...props} />
        </svg>
      </CanvasOptimismContext>
    </ReactFlowProvider>,
  );
}

describe('FzEdge right after a Delete, before the canvas re-draws', () => {
  it('is drawn while nothing it touches was deleted', () => {
    expect(render(NO_OPTIMISM)).toContain('react-flow__edge-path');
    const elsewhere = { kind: 'deleteElements', nodes: ['n9'], edges: ['e9'] } as const;
    expect(render(withChange(NO_OPTIMISM, elsewhere))).toContain('react-flow__edge-path');
  });

  it.each([
    ['the edge itself', { nodes: [], edges: ['e2'] }],
    ['its source', { nodes: ['n2'], edges: [] }],
    ['its target', { nodes: ['n3'], edges: [] }],
  ])('is gone at once when %s was deleted', (_what, deleted) => {
    const pending = withChange(NO_OPTIMISM, { kind: 'deleteElements', ...deleted });
    expect(render(pending)).not.toContain('react-flow__edge-path');
  });
});
