import { Panel } from '@xyflow/react';
import { useContext, useEffect, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { WorkspaceStoreContext } from '../store/useWorkspace';
import type { FzLayoutRun, WorkspaceState } from '../store/workspaceStore';
import './CanvasControls.css';

/** A layout shorter than this shows no indicator (it would only flicker), in milliseconds. */
export const PROGRESS_DELAY_MS = 300;

const STEP: Record<Extract<FzLayoutRun, { status: 'running' }>['phase'], number> = {
  waiting: 0,
  flow: 1,
  lanes: 2,
};

/** The indicator's sentence for a running layout: "Ordering 5,000 nodes along the flow…". */
export function layoutRunMessage(run: FzLayoutRun): string {
  if (run.status === 'idle') return '';
  const count = Number.isFinite(run.nodes) ? Math.max(0, Math.floor(run.nodes)) : 0;
  const nodes = `${count.toLocaleString('en-US')} ${count === 1 ? 'node' : 'nodes'}`;
  switch (run.phase) {
    case 'waiting':
      return `Laying out ${nodes}…`;
    case 'flow':
      return `Ordering ${nodes} along the flow…`;
    case 'lanes':
      return `Placing ${nodes} in ${count === 1 ? 'its lane' : 'their lanes'}…`;
    default:
      return `Laying out ${nodes}…`;
  }
}

/** True once `running` has stayed true for `delayMs`; false again as soon as it is false. */
function useShownAfter(running: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [running, delayMs]);
  return running && shown;
}

const selectRun = (s: WorkspaceState) => s.layoutRun;
const selectRelayout = (s: WorkspaceState) => s.relayout;
const selectPersistence = (s: WorkspaceState) => s.persistence;

/**
 * The canvas's layout controls, top right: "Re-layout" (`relayout`: forgets every dragged
 * position and runs the auto layout again, one action), the auto layout's progress
 * (`layout-progress`, only when a layout runs longer than 300 ms) and, once, a quiet note when
 * the workspace cannot be saved in this browser (`workspace-status`). The panel carries
 * `data-layout-run="idle|running"` for tests. Renders nothing without a workspace store.
 */
export function CanvasControls() {
  const workspace = useContext(WorkspaceStoreContext);
  if (!workspace) return null;
  return <Controls store={workspace} />;
}

function Controls({ store }: { store: StoreApi<WorkspaceState> }) {
  const run = useStore(store, selectRun);
  const relayout = useStore(store, selectRelayout);
  const persistence = useStore(store, selectPersistence);
  const [noteClosed, setNoteClosed] = useState(false);
  const showProgress = useShownAfter(run.status === 'running', PROGRESS_DELAY_MS);

  return (
    <Panel
      position="top-right"
      className="fz-canvas-controls"
      data-testid="canvas-controls"
      data-layout-run={run.status}
    >
      <button
        type="button"
        className="fz-canvas-controls__button"
        data-testid="relayout"
        title="Forget dragged positions and lay the diagram out again"
        onClick={relayout}
      >
        Re-layout
      </button>
      {showProgress && run.status === 'running' ? (
        <div className="fz-canvas-controls__progress" data-testid="layout-progress" role="status">
          <progress max={3} value={STEP[run.phase] ?? 0} aria-label="Layout progress" />
          <span>{layoutRunMessage(run)}</span>
        </div>
      ) : null}
      {persistence.status === 'failed' && !noteClosed ? (
        <div className="fz-canvas-controls__note" data-testid="workspace-status" role="status">
          <span title={persistence.message}>
            Not saved in this browser; the studio still works.
          </span>
          <button
            type="button"
            aria-label="Dismiss"
            className="fz-canvas-controls__dismiss"
            onClick={() => setNoteClosed(true)}
          >
            ×
          </button>
        </div>
      ) : null}
    </Panel>
  );
}
