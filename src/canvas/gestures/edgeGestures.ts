/**
 * Edge gestures as `FzChange`s: connect two handles, reconnect one end, edit the label. Every node exposes four handles whose ids are
 * the FlowZap handle names (`left`, `right`, `top`, `bottom`, see `NodeHandles`), and the canvas
 * runs in `ConnectionMode.Loose`, so a connection may start or end on any of them.
 */
import type { Connection } from '@xyflow/react';
import type { FzChange } from '../../core/edit/types';
import type { FzHandle } from '../../core/model/types';

const HANDLES: readonly string[] = ['left', 'right', 'top', 'bottom'];

/** The handle id as a FlowZap handle, or null for a missing or foreign id. */
export function asFzHandle(id: string | null | undefined): FzHandle | null {
  return typeof id === 'string' && HANDLES.includes(id) ? (id as FzHandle) : null;
}

/**
 * `onConnect`'s connection as a `connect` change: an edge from `source.sourceHandle` to
 * `target.targetHandle`. Returns null (nothing to do) when either handle is not one of the four
 * FlowZap handles (React Flow gives null for a node without handle ids) or when the connection
 * starts and ends on the very same handle.
 */
export function connectChange(connection: Connection): FzChange | null {
  const fromHandle = asFzHandle(connection.sourceHandle);
  const toHandle = asFzHandle(connection.targetHandle);
  if (!fromHandle || !toHandle) return null;
  if (connection.source === connection.target && fromHandle === toHandle) return null;
  return {
    kind: 'connect',
    from: connection.source,
    fromHandle,
    to: connection.target,
    toHandle,
  };
}

/** The parts of a canvas edge a reconnection is compared against. */
export interface FzEdgeEnds {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

/**
 * `onReconnect(oldEdge, newConnection)` as a `reconnect` change of the end that moved. React Flow
 * keeps the end that was not dragged as it was (it starts the drag from that fixed handle), so the
 * end whose node or handle differs is the one the person moved: the target when the source is
 * unchanged, else the source. Returns null when nothing changed (dropped back on the same handle),
 * when both ends differ (not a reconnection React Flow makes) or when a handle is foreign.
 */
export function reconnectChange(edge: FzEdgeEnds, connection: Connection): FzChange | null {
  const sourceSame =
    connection.source === edge.source && connection.sourceHandle === (edge.sourceHandle ?? null);
  const targetSame =
    connection.target === edge.target && connection.targetHandle === (edge.targetHandle ?? null);
  if (sourceSame === targetSame) return null;
  const end = sourceSame ? 'target' : 'source';
  const node = end === 'target' ? connection.target : connection.source;
  const handle = asFzHandle(end === 'target' ? connection.targetHandle : connection.sourceHandle);
  if (!handle) return null;
  return { kind: 'reconnect', edge: edge.id, end, node, handle };
}

/**
 * The inline edge-label editor's answer: a `setEdgeLabel` that adds or changes the label, or
 * removes it (`label: null`) when the input is left empty (blank counts as empty). Null when the
 * edge already says exactly that.
 */
export function edgeLabelChange(
  edge: { id: string; label?: string },
  text: string,
): FzChange | null {
  const label = text.trim() === '' ? null : text;
  if (label === (edge.label ?? null)) return null;
  return { kind: 'setEdgeLabel', edge: edge.id, label };
}
