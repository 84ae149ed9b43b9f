import { useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { layoutGeometryKey } from '../core/layout/layoutKey';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import { WorkspaceStoreContext } from '../store/useWorkspace';
import { createWorkspaceStore, type WorkspaceState } from '../store/workspaceStore';
import { createLayoutClient } from './layoutClient';
import type { FzLayoutWorker } from './layoutClient';
import { createPlacementController, type FzPlacementController } from './placementController';

/**
 * ELK on the main thread, for when the worker cannot run. Loaded lazily: it is a large module.
 * (Importing it here also lets Vite's dev server pre-bundle elkjs at start-up, instead of
 * discovering it inside the worker and reloading the page.)
 */
async function layoutOnMainThread(diagram: FzDiagram): Promise<FzLayout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return layoutDiagram(diagram, new ELK());
}

function startWorker(): FzLayoutWorker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fz-layout',
  }) as unknown as FzLayoutWorker;
}

/** The workspace store above the canvas, or a private one when none is provided (unit renders). */
function useWorkspaceOrLocal(): StoreApi<WorkspaceState> {
  const provided = useContext(WorkspaceStoreContext);
  const [local] = useState(() => (provided ? null : createWorkspaceStore()));
  return provided ?? local!;
}

/**
 * Where every node of `diagram` goes on the canvas: the auto layout (computed in the layout
 * worker) kept stable while the text changes, with the person's dragged positions (the workspace
 * store's `pinned`) applied. Returns `layout: null` until the first auto layout answers (the
 * canvas then shows file order), and `documents`, the count of new documents laid out (the canvas
 * fits its view when it grows; see `FzPlacementView`). See `createPlacementController` for the rule: unchanged nodes keep their
 * place, new ones go beside their neighbours, the worker runs again only for a new document or on
 * "Re-layout" (the store's `relayout`). Work is keyed on `layoutGeometryKey(diagram)`, so typing
 * inside a label that keeps its size does nothing. Also tells the workspace store the lane bands
 * it draws (so drops become lane-relative pins) and the worker's progress.
 */
export function useDiagramLayout(diagram: FzDiagram): {
  layout: FzLayout | null;
  documents: number;
} {
  const workspace = useWorkspaceOrLocal();
  const pinned = useStore(workspace, (s) => s.pinned);
  const relayoutCount = useStore(workspace, (s) => s.relayoutCount);
  const [layout, setLayout] = useState<FzLayout | null>(null);
  const [documents, setDocuments] = useState(0);
  const controllerRef = useRef<FzPlacementController | null>(null);
  const diagramRef = useRef(diagram);
  const relayoutSeen = useRef(relayoutCount);
  const key = useMemo(() => layoutGeometryKey(diagram), [diagram]);

  // Layout effects: a new node gets its place before the browser paints, never a frame elsewhere.
  useLayoutEffect(() => {
    diagramRef.current = diagram;
  }, [diagram]);

  useLayoutEffect(() => {
    const controller = createPlacementController(
      (onLayout, onProgress) =>
        createLayoutClient(startWorker, onLayout, layoutOnMainThread, onProgress),
      (view) => {
        setLayout(view.layout);
        setDocuments(view.documents);
        const actions = workspace.getState();
        actions.setLayoutRun(view.run);
        if (view.layout) actions.setLaneBands(view.layout.lanes);
      },
    );
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
      workspace.getState().setLayoutRun({ status: 'idle' });
    };
  }, [workspace]);

  useLayoutEffect(() => {
    controllerRef.current?.setPinned(pinned);
  }, [pinned, workspace]);

  useLayoutEffect(() => {
    controllerRef.current?.setDiagram(diagramRef.current);
  }, [key, workspace]);

  useLayoutEffect(() => {
    if (relayoutCount === relayoutSeen.current) return;
    relayoutSeen.current = relayoutCount;
    controllerRef.current?.relayout();
  }, [relayoutCount]);

  return { layout, documents };
}
