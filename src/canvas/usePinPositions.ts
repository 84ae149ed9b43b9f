import { useCallback, useContext } from 'react';
import { WorkspaceStoreContext } from '../store/useWorkspace';
import type { FzFlowPoint } from './gestures/nodeGestures';

/**
 * Remembers where a person put nodes (the workspace sidecar; the text never changes): takes
 * `{ [nodeId]: topLeft }` in flow pixels and `{ [nodeId]: laneId }`, the lane each node is in
 * now (pins are kept relative to their lane's band). Without a workspace store above the canvas
 * (unit renders, an app shell that does not provide one) nothing is remembered.
 */
export function usePinPositions(): (
  pins: Readonly<Record<string, FzFlowPoint>>,
  laneOf: Readonly<Record<string, string>>,
) => void {
  const workspace = useContext(WorkspaceStoreContext);
  return useCallback(
    (pins, laneOf) => {
      if (Object.keys(pins).length > 0) workspace?.getState().pinPositions(pins, laneOf);
    },
    [workspace],
  );
}
