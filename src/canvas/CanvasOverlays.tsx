import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { LANE_METRICS } from '../core/layout/metrics';
import type { FzDiagram } from '../core/model/types';
import { CanvasMenu } from './CanvasMenu';
import { CanvasNotice } from './CanvasNotice';
import type { FzLabelEditTarget } from './canvasUi';
import type { FzFlowEdge, FzFlowNode } from './flowTypes';
import { edgeMidpoint, type FzBox } from './gestures/anchors';
import type { FzLaneSpan } from './gestures/laneHit';
import { InlineLabelEditor } from './InlineLabelEditor';
import type { useCanvasGestures } from './useCanvasGestures';

const EDITOR_HEIGHT = 30;
const EDGE_EDITOR_WIDTH = 170;

const selectWidth = (state: ReactFlowState) => state.width;
const selectHeight = (state: ReactFlowState) => state.height;

/** What an inline editor starts with and where it sits; null when its subject is gone. */
function useEditorPlace(
  target: FzLabelEditTarget,
  diagram: FzDiagram,
  lanes: readonly FzLaneSpan[],
): { initial: string; box: FzBox; label: string; placeholder?: string } | null {
  const flow = useReactFlow<FzFlowNode, FzFlowEdge>();
  const rf = useStoreApi();
  const boxOf = (id: string): FzBox | null => {
    const node = flow.getInternalNode(id);
    if (!node) return null;
    const { x, y } = node.internals.positionAbsolute;
    return {
      x,
      y,
      width: node.measured.width ?? node.width ?? 0,
      height: node.measured.height ?? node.height ?? 0,
    };
  };
  switch (target.kind) {
    case 'node': {
      const node = diagram.nodes.find((n) => n.id === target.id);
      const box = boxOf(target.id);
      if (!node || !box) return null;
      return { initial: node.label, box, label: `Label of ${node.id}` };
    }
    case 'edge': {
      const edge = diagram.edges.find((e) => e.id === target.id);
      const from = edge && boxOf(edge.from);
      const to = edge && boxOf(edge.to);
      if (!edge || !from || !to) return null;
      const mid = edgeMidpoint(from, edge.fromHandle, to, edge.toHandle);
      return {
        initial: edge.label ?? '',
        box: {
          x: mid.x - EDGE_EDITOR_WIDTH / 2,
          y: mid.y - EDITOR_HEIGHT / 2,
          width: EDGE_EDITOR_WIDTH,
          height: EDITOR_HEIGHT,
        },
        label: `Label of edge ${edge.from} → ${edge.to} (empty removes it)`,
        placeholder: 'No label',
      };
    }
    case 'lane': {
      const lane = diagram.lanes.find((l) => l.id === target.id);
      const band = lanes.find((l) => l.id === target.id);
      if (!lane || !band) return null;
      return {
        initial: lane.label,
        box: {
          x: 8,
          y: band.y + band.height / 2 - EDITOR_HEIGHT / 2,
          width: LANE_METRICS.headerWidth - 16,
          height: EDITOR_HEIGHT,
        },
        label: `Name of lane ${lane.id}`,
      };
    }
    case 'newLane': {
      // Under the last lane, like "+ Lane", but never below the visible part of the pane.
      const last = lanes[lanes.length - 1];
      const { transform, height } = rf.getState();
      const [, ty, zoom] = transform;
      const lowest = (height - 110 - ty) / zoom;
      const y = Math.min(last ? last.y + last.height + 8 : 8, lowest);
      return {
        initial: '',
        box: { x: 8, y, width: 220, height: EDITOR_HEIGHT },
        label: 'Name of the new lane',
        placeholder: 'New lane name',
      };
    }
    default:
      return null;
  }
}

function LabelEditor({
  target,
  diagram,
  lanes,
  onCommit,
  onCancel,
}: {
  target: FzLabelEditTarget;
  diagram: FzDiagram;
  lanes: readonly FzLaneSpan[];
  onCommit: (text: string) => void;
  onCancel: () => void;
}) {
  const place = useEditorPlace(target, diagram, lanes);
  // The node, edge or lane went away while the editor was opening: nothing left to edit.
  useEffect(() => {
    if (!place) onCancel();
  }, [place, onCancel]);
  if (!place) return null;
  return (
    <InlineLabelEditor
      key={target.kind === 'newLane' ? 'newLane' : `${target.kind}:${target.id}`}
      initial={place.initial}
      box={place.box}
      label={place.label}
      placeholder={place.placeholder}
      testId="inline-editor"
      onCommit={onCommit}
      onCancel={onCancel}
    />
  );
}

/**
 * What floats over the canvas while a gesture is under way: the context menu, the inline label
 * editor and the notice strip (toast or "Renumber ids"). Rendered inside `<ReactFlow>` so that it
 * can read the viewport.
 */
export function CanvasOverlays({
  gestures,
  diagram,
  lanes,
}: {
  gestures: ReturnType<typeof useCanvasGestures>;
  diagram: FzDiagram;
  lanes: readonly FzLaneSpan[];
}) {
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const { menu, menuActions, editing, notice } = gestures;
  return (
    <>
      {menu && menuActions ? (
        <CanvasMenu
          key={`${menu.target.kind}:${menu.target.id}`}
          menu={menu}
          diagram={diagram}
          paneWidth={width}
          paneHeight={height}
          actions={menuActions}
        />
      ) : null}
      {editing ? (
        <LabelEditor
          target={editing}
          diagram={diagram}
          lanes={lanes}
          onCommit={gestures.commitEdit}
          onCancel={gestures.cancelEdit}
        />
      ) : null}
      {notice ? (
        <CanvasNotice
          notice={notice}
          onRenumber={gestures.renumber}
          onDismiss={gestures.dismissNotice}
        />
      ) : null}
    </>
  );
}
