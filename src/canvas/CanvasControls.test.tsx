import { ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkspaceStoreContext } from '../store/useWorkspace';
import { createWorkspaceStore } from '../store/workspaceStore';
import { CanvasControls, layoutRunMessage } from './CanvasControls';

// Server rendering reads zustand's initial state, so these check what a store starts with; the
// progress indicator (shown after 300 ms of a running layout) is covered by e2e/positions.spec.ts.
function render(store: ReturnType<typeof createWorkspaceStore> | null): string {
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <WorkspaceStoreContext.Provider value={store}>
        <CanvasControls />
      </WorkspaceStoreContext.Provider>
    </ReactFlowProvider>,
  );
}

describe('CanvasControls', () => {
  it('offers Re-layout and shows the run state for tests', () => {
    const html = render(createWorkspaceStore());
    expect(html).toContain('data-testid="relayout"');
    expect(html).toContain('data-layout-run="idle"');
    expect(html).not.toContain('workspace-status');
  });

  it('says once, quietly, that the workspace is not saved', () => {
    const html = render(createWorkspaceStore({ persistenceError: 'QuotaExceededError' }));
    expect(html).toContain('data-testid="workspace-status"');
    expect(html).toContain('title="QuotaExceededError"');
  });

  it('renders nothing without a workspace store', () => {
    expect(render(null)).toBe('');
  });
});

describe('layoutRunMessage', () => {
  it('names the step and the node count', () => {
    expect(layoutRunMessage({ status: 'running', phase: 'waiting', nodes: 17 })).toBe(
      'Laying out 17 nodes…',
    );
    expect(layoutRunMessage({ status: 'running', phase: 'flow', nodes: 5000 })).toBe(
      'Ordering 5,000 nodes along the flow…',
    );
    expect(layoutRunMessage({ status: 'running', phase: 'lanes', nodes: 1 })).toBe(
      'Placing 1 node in its lane…',
    );
    expect(layoutRunMessage({ status: 'idle' })).toBe('');
  });
});
