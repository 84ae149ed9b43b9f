import {
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import type { FzDiagram } from '../core/model/types';
import { selectProblemElements } from '../store/selectors';
import { useStudio } from '../store/useStudio';
import { CanvasDetailContext, detailLevelAt } from './detailLevel';
import { FZ_EDGE_TYPES } from './edges/edgeTypes';
import { OverviewEdges } from './edges/OverviewEdges';
import type { FzFlowEdge, FzFlowNode, FzNodeBadgeCounts } from './flowTypes';
import { miniMapNodeColor } from './miniMapColors';
import { readableViewport } from './initialViewport';
import { FZ_NODE_TYPES } from './nodes/nodeTypes';
import { CanvasControls } from './CanvasControls';
import { CanvasOverlays } from './CanvasOverlays';
import { LaneRail, railLanesOf } from './LaneRail';
import { NodePalette } from './NodePalette';
import { StaleBanner } from './StaleBanner';
import { toFlowElements } from './toFlowElements';
import { useCanvasGestures } from './useCanvasGestures';
import { useDiagramLayout } from './useDiagramLayout';
import { useAfterPaint } from './useAfterPaint';
import { CanvasOptimismContext, useOptimism } from './useOptimism';
import { useFlowElements } from './useFlowElements';
import './DiagramCanvas.css';
import './CanvasGestures.css';

/** Props of {@link DiagramCanvas}. */
export interface DiagramCanvasProps {
  /** The diagram to draw (while `stale`, the last valid one). */
  diagram: FzDiagram;
  /** True while the text has errors and `diagram` is older than the text. */
  stale: boolean;
  /** Number of errors in the text, for the stale banner. */
  errorCount: number;
  /** Per-node simulation counters, keyed by node id; nodes without an entry show no badge. */
  badges?: Record<string, FzNodeBadgeCounts>;
  colorMode: 'light' | 'dark';
}

const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1.2 };
/**
 * Above this many elements the canvas is "large": only the elements in view are rendered
 * (virtualising a small diagram buys nothing, and rendering it whole keeps every node in the DOM
 * when it opens at a readable zoom wider than the pane), and the viewport gets its own compositor
 * layer (`fz-canvas--large` in the CSS).
 */
const VIRTUALIZE_ABOVE = 300;
// Swimlane diagrams are wide and flat: a small, wide minimap covers less of the canvas.
const MINIMAP_STYLE = { width: 180, height: 90 };
/**
 * Above this many diagram nodes the minimap is left out: it draws every node, in view or not, and
 * React inserts a long run of new siblings in quadratic time (`getHostSibling`), so a pasted
 * 75,000-node document froze the page for 30 s in the minimap alone (e2e/big-paste.spec.ts).
 */
const MINIMAP_MAX_NODES = 5000;

/**
 * The React Flow canvas of a FlowZap diagram, and an editor of it: swimlanes, the four shapes,
 * labelled edges between the handles the text names, loop frames, minimap and zoom controls, plus
 * the gestures that edit the text (palette, connect/reconnect, drag to another lane, rename in
 * place, context menus, Delete, copy/paste, lane controls; see `useCanvasGestures`). Every gesture
 * becomes one `FzChange` applied by the store as one undo step; the canvas never owns the diagram.
 * Fills its container, which must have a size.
 */
export function DiagramCanvas(props: DiagramCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasView {...props} />
    </ReactFlowProvider>
  );
}

const selectDetail = (state: ReactFlowState) => detailLevelAt(state.transform[2]);

function hiddenEdge(edge: FzFlowEdge): FzFlowEdge {
  return { ...edge, hidden: true };
}

function CanvasView(props: DiagramCanvasProps) {
  const { stale, errorCount, badges, colorMode } = props;
  // The diagram and its problem marks are drawn a painted frame after they change: a gesture's or
  // a keystroke's text change shows first, React Flow's rebuild of the elements follows.
  const problemsNow = useStudio(selectProblemElements);
  const latest = useMemo(
    () => ({ diagram: props.diagram, problems: problemsNow }),
    [props.diagram, problemsNow],
  );
  const { diagram, problems } = useAfterPaint(latest);
  const { layout, documents } = useDiagramLayout(diagram);
  const derived = useMemo(() => toFlowElements(diagram, layout, badges), [diagram, layout, badges]);

  const { nodes, edges, onNodesChange, onEdgesChange } = useFlowElements(derived, problems);
  const railLanes = useMemo(() => railLanesOf(derived.nodes), [derived]);
  const optimism = useOptimism(diagram, stale);
  const gestures = useCanvasGestures(diagram, railLanes, optimism.applied);

  useFitViewOnNewDocument(documents, layout);
  const large = nodes.length > VIRTUALIZE_ABOVE;
  const detail = useStore(selectDetail);
  // Zoomed out, one overview path stands in for React Flow's edges (see overviewEdges.ts).
  const flowEdges = useMemo(
    () => (detail === 'shapes' ? edges.map(hiddenEdge) : edges),
    [detail, edges],
  );

  return (
    <CanvasDetailContext value={detail}>
      <CanvasOptimismContext value={optimism.store}>
        <div
          ref={gestures.wrapperRef}
          className={large ? 'fz-canvas fz-canvas--large' : 'fz-canvas'}
          data-testid="canvas"
          data-layout={layout ? 'ready' : 'pending'}
          data-detail={detail}
          data-color-mode={colorMode}
          // Focusable so that Delete and Ctrl/Cmd+C/V reach the canvas after a click on empty space.
          tabIndex={-1}
          {...gestures.wrapperProps}
        >
          <ReactFlow<FzFlowNode, FzFlowEdge>
            nodes={nodes}
            edges={flowEdges}
            nodeTypes={FZ_NODE_TYPES}
            edgeTypes={FZ_EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            {...gestures.flowProps}
            connectionMode={ConnectionMode.Loose}
            nodesConnectable
            edgesReconnectable
            // Deleting goes through the text (useCanvasGestures), never React Flow's local removal.
            deleteKeyCode={null}
            zoomOnDoubleClick={false}
            onlyRenderVisibleElements={large}
            colorMode={colorMode}
            fitView
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={0.05}
            maxZoom={2.5}
          >
            {diagram.nodes.length <= MINIMAP_MAX_NODES ? (
              <MiniMap
                pannable
                zoomable
                nodeColor={miniMapNodeColor}
                nodeStrokeWidth={2}
                style={MINIMAP_STYLE}
              />
            ) : null}
            {detail === 'shapes' ? <OverviewEdges nodes={nodes} edges={edges} /> : null}
            <Controls showInteractive={false} />
            <LaneRail
              lanes={railLanes}
              onLaneMenu={gestures.openLaneMenu}
              onAddLane={gestures.startAddLane}
            />
            <NodePalette targetLabel={gestures.targetLabel} onAdd={gestures.addToTarget} />
            <CanvasOverlays gestures={gestures} diagram={diagram} lanes={railLanes} />
            <CanvasControls />
          </ReactFlow>
          {stale ? <StaleBanner errorCount={errorCount} /> : null}
        </div>
      </CanvasOptimismContext>
    </CanvasDetailContext>
  );
}

/**
 * Fits the view when the layout of a new document arrives (the first text, a load, a pasted
 * document: `documents` grows), never for an edit, so deleting, adding or undoing a node leaves
 * the view where the person put it. A diagram that would fit only below a readable zoom opens at
 * that zoom from its left edge instead (`readableViewport`); pan or zoom out to see the rest.
 */
function useFitViewOnNewDocument(
  documents: number,
  layout: { width: number; height: number } | null,
) {
  const { fitView, setViewport } = useReactFlow();
  const store = useStoreApi();
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  useEffect(() => {
    if (documents === 0) return;
    const { width, height } = store.getState();
    const size = layoutRef.current;
    const readable = size
      ? readableViewport(
          size,
          { width, height },
          FIT_VIEW_OPTIONS.padding,
          FIT_VIEW_OPTIONS.maxZoom,
        )
      : null;
    if (readable) void setViewport(readable);
    else void fitView(FIT_VIEW_OPTIONS);
  }, [documents, fitView, setViewport, store]);
}
