import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Connection, OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import type {
  DragEvent as ReactDragEvent,
  KeyboardEvent as ReactKeyboardEvent,
  MouseEvent as ReactMouseEvent,
} from 'react';
import type { FzChange } from '../core/edit/types';
import { LANE_METRICS } from '../core/layout/metrics';
import type { FzDiagram, FzShape } from '../core/model/types';
import type { FzMenuTarget } from './canvasUi';
import { isTextEntry } from './canvasUi';
import type { FzFlowEdge, FzFlowNode, FzShapeFlowNode } from './flowTypes';
import type { FzPoint } from './gestures/anchors';
import { copySelection, pasteChange, type FzCanvasClipboard } from './gestures/clipboard';
import { connectChange, reconnectChange } from './gestures/edgeGestures';
import { laneAtY, type FzLaneSpan } from './gestures/laneHit';
import { addNodeChange, dropOutcome, newNodeCorner, targetLane } from './gestures/nodeGestures';
import { canvasShortcut } from './gestures/shortcuts';
import { FZ_SHAPE_MIME } from './NodePalette';
import { useStudio } from '../store/useStudio';
import { useCanvasEdits } from './useCanvasEdits';
import { useCanvasPopups } from './useCanvasPopups';
import { usePinPositions } from './usePinPositions';

const SHAPE_TYPES = new Set(['fzCircle', 'fzRectangle', 'fzDiamond', 'fzTaskbox']);

function isShapeNode(node: FzFlowNode): node is FzShapeFlowNode {
  return SHAPE_TYPES.has(node.type ?? '');
}

const NO_IDS: readonly string[] = [];

/** The selected node ids (the store's selection, shared with the code pane), reactively. */
function useSelectedNodeIds(): readonly string[] {
  return useStudio((state) => state.selection?.nodes ?? NO_IDS);
}

/**
 * Every canvas gesture, wired: React Flow's events (connect, reconnect, drag stop, double-click,
 * context menu) and the wrapper's (keys, double-click on empty lane space, palette drops) become
 * `FzChange`s through the pure mappers in `gestures/`, and go to the document only through
 * `useCanvasEdits().apply`. React Flow's own `dimensions`/`select`/`position` changes are never
 * read here (known pitfall BR-07): only what a person did.
 *
 * `diagram` is what the canvas shows (the last good diagram); `lanes` are the drawn lane bands;
 * `onApplied` hears of every change applied to the text (see `useCanvasEdits`).
 */
export function useCanvasGestures(
  diagram: FzDiagram,
  lanes: readonly FzLaneSpan[],
  onApplied?: (change: FzChange) => void,
) {
  const { notice, apply, remove, renumber, dismiss, notify, textDiagram, storeSelection } =
    useCanvasEdits(onApplied);
  const flow = useReactFlow<FzFlowNode, FzFlowEdge>();
  const rf = useStoreApi<FzFlowNode, FzFlowEdge>();
  const pin = usePinPositions();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const clipboard = useRef<FzCanvasClipboard | null>(null);
  const [activeLane, setActiveLane] = useState<string | null>(null);
  const selectedNodes = useSelectedNodeIds();

  /** What is selected: the store's selection (both panes show it; React Flow's follows it). */
  const selection = storeSelection;

  /** Pixels from the pane's top-left corner of a pointer event. */
  const panePoint = useCallback(
    (event: { clientX: number; clientY: number }): FzPoint => {
      const box = rf.getState().domNode?.getBoundingClientRect();
      return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
    },
    [rf],
  );

  const laneAt = useCallback(
    (event: { clientX: number; clientY: number }) => {
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return { at, lane: laneAtY(lanes, at.y) };
    },
    [flow, lanes],
  );

  const focusCanvas = useCallback(() => wrapperRef.current?.focus({ preventScroll: true }), []);
  const popups = useCanvasPopups({ diagram, apply, remove, focusCanvas, setActiveLane });
  const { menu, editing, openMenu, edit } = popups;

  /** Adds a `shape` node to `lane` and keeps it where it was put (`at`, flow pixels). */
  const addAt = useCallback(
    (lane: string, shape: FzShape, at: FzPoint) => {
      setActiveLane(lane);
      const result = apply(addNodeChange(lane, shape));
      const id = result?.ok ? result.created.find((c) => /^n\d+$/.test(c)) : undefined;
      if (id) pin({ [id]: newNodeCorner(at, id, shape) }, { [id]: lane });
    },
    [apply, pin],
  );

  const addToTarget = useCallback(
    (shape: FzShape) => {
      const lane = targetLane(textDiagram(), selection().nodes, activeLane);
      if (lane !== null) apply(addNodeChange(lane, shape));
    },
    [apply, textDiagram, selection, activeLane],
  );

  // React Flow events -------------------------------------------------------------------------

  const onConnect = useCallback(
    (connection: Connection) => apply(connectChange(connection)),
    [apply],
  );

  const onReconnect = useCallback(
    (edge: FzFlowEdge, connection: Connection) => apply(reconnectChange(edge, connection)),
    [apply],
  );

  const onDragStop = useCallback(
    (dragged: FzFlowNode[]) => {
      const dropped = dragged.filter(isShapeNode).map((node) => ({
        id: node.id,
        lane: node.data.node.lane,
        position: node.position,
        height: node.measured?.height ?? node.height ?? 0,
      }));
      const { moves, pins, laneOf } = dropOutcome(dropped, lanes);
      const refused = new Set<string>();
      // Each lane move is its own change (and undo step); a refused one keeps no pin.
      for (const move of moves) {
        if (move.kind === 'moveNodeToLane' && !apply(move)?.ok) refused.add(move.node);
      }
      const kept = Object.fromEntries(Object.entries(pins).filter(([id]) => !refused.has(id)));
      pin(kept, laneOf);
    },
    [apply, lanes, pin],
  );
  const onNodeDragStop: OnNodeDrag<FzFlowNode> = useCallback(
    (_event, _node, dragged) => onDragStop(dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback(
    (_event: ReactMouseEvent, dragged: FzFlowNode[]) => onDragStop(dragged),
    [onDragStop],
  );

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: FzFlowNode) => {
      if (isShapeNode(node)) edit({ kind: 'node', id: node.id });
    },
    [edit],
  );

  const onEdgeDoubleClick = useCallback(
    (_event: ReactMouseEvent, edge: FzFlowEdge) => edit({ kind: 'edge', id: edge.id }),
    [edit],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: FzFlowNode) => {
      if (!isShapeNode(node)) return;
      event.preventDefault();
      openMenu({ kind: 'node', id: node.id }, panePoint(event));
    },
    [openMenu, panePoint],
  );

  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: FzFlowEdge) => {
      event.preventDefault();
      openMenu({ kind: 'edge', id: edge.id }, panePoint(event));
    },
    [openMenu, panePoint],
  );

  const onPaneContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent) => {
      const { lane } = laneAt(event);
      if (lane === null) return;
      event.preventDefault();
      setActiveLane(lane);
      openMenu({ kind: 'lane', id: lane }, panePoint(event));
    },
    [laneAt, openMenu, panePoint],
  );

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      setActiveLane(laneAt(event).lane);
      focusCanvas();
    },
    [laneAt, focusCanvas],
  );

  // Wrapper events ----------------------------------------------------------------------------

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent<HTMLDivElement>) => {
      const target = event.target as Element;
      const label = target.closest?.('[data-testid^="fz-edge-label-"]');
      if (label) {
        edit({
          kind: 'edge',
          id: label.getAttribute('data-testid')!.slice('fz-edge-label-'.length),
        });
        return;
      }
      if (!target.classList?.contains('react-flow__pane')) return;
      const { at, lane } = laneAt(event);
      if (lane === null) return;
      setActiveLane(lane);
      // The label column renames the lane; the rest of the band adds a node there.
      if (at.x < LANE_METRICS.headerWidth) edit({ kind: 'lane', id: lane });
      else addAt(lane, 'rectangle', at);
    },
    [addAt, laneAt, edit],
  );

  const onDragOver = useCallback((event: ReactDragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes(FZ_SHAPE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: ReactDragEvent<HTMLDivElement>) => {
      const shape = event.dataTransfer.getData(FZ_SHAPE_MIME) as FzShape | '';
      if (!shape) return;
      event.preventDefault();
      const { at, lane } = laneAt(event);
      if (lane === null) {
        notify('Drop the shape on a lane to add it there.');
        return;
      }
      addAt(lane, shape, at);
    },
    [addAt, notify, laneAt],
  );

  const openMenuForSelection = useCallback(() => {
    const { nodes, edges } = selection();
    const focused = document.activeElement?.closest?.('.react-flow__node, .react-flow__edge');
    const focusedId = focused?.getAttribute('data-id') ?? null;
    let target: FzMenuTarget | null = null;
    if (
      focusedId &&
      focused?.classList.contains('react-flow__node') &&
      !focusedId.startsWith('lane:')
    ) {
      target = { kind: 'node', id: focusedId };
    } else if (focusedId && focused?.classList.contains('react-flow__edge')) {
      target = { kind: 'edge', id: focusedId };
    } else if (nodes[0]) target = { kind: 'node', id: nodes[0] };
    else if (edges[0]) target = { kind: 'edge', id: edges[0] };
    else if (activeLane) target = { kind: 'lane', id: activeLane };
    if (!target) return;
    const box = (focused ?? null)?.getBoundingClientRect();
    openMenu(
      target,
      box ? panePoint({ clientX: box.left, clientY: box.bottom }) : { x: 40, y: 40 },
    );
  }, [selection, activeLane, openMenu, panePoint]);

  const onKeyDown = useCallback(
    (event: ReactKeyboardEvent<HTMLDivElement>) => {
      if (isTextEntry(event.target) || menu || editing) return;
      const shortcut = canvasShortcut(event);
      if (shortcut === null) return;
      const { nodes, edges } = selection();
      switch (shortcut) {
        case 'delete':
          if (nodes.length === 0 && edges.length === 0) return;
          remove(nodes, edges);
          break;
        case 'copy': {
          const copied = copySelection(diagram, nodes);
          if (!copied) return;
          clipboard.current = copied;
          break;
        }
        case 'paste': {
          const lane = targetLane(textDiagram(), nodes, activeLane);
          if (lane === null || !clipboard.current) return;
          apply(pasteChange(clipboard.current, lane));
          break;
        }
        case 'menu':
          openMenuForSelection();
          break;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
    [
      menu,
      editing,
      selection,
      remove,
      diagram,
      textDiagram,
      activeLane,
      apply,
      openMenuForSelection,
    ],
  );

  const target = targetLane(diagram, selectedNodes, activeLane);
  const targetLabel =
    target === null ? null : (diagram.lanes.find((l) => l.id === target)?.label ?? target);

  return {
    wrapperRef,
    wrapperProps: { onKeyDown, onDoubleClick, onDragOver, onDrop },
    flowProps: {
      onConnect,
      onReconnect,
      onNodeDragStop,
      onSelectionDragStop,
      onNodeDoubleClick,
      onEdgeDoubleClick,
      onNodeContextMenu,
      onEdgeContextMenu,
      onPaneContextMenu,
      onPaneClick,
    },
    menu,
    menuActions: popups.menuActions,
    editing,
    commitEdit: popups.commitEdit,
    cancelEdit: popups.cancelEdit,
    notice,
    renumber,
    dismissNotice: dismiss,
    addToTarget,
    targetLabel,
    openLaneMenu: popups.openLaneMenu,
    startAddLane: popups.startAddLane,
  };
}
