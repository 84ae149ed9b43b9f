import { useCallback, useMemo, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { FzChange, FzEditResult } from '../core/edit/types';
import type { FzDiagram } from '../core/model/types';
import type { FzCanvasMenuState, FzLabelEditTarget, FzMenuTarget } from './canvasUi';
import type { FzCanvasMenuActions } from './CanvasMenu';
import type { FzPoint } from './gestures/anchors';
import { edgeLabelChange } from './gestures/edgeGestures';
import { addLaneChange, laneLabelChange, moveLaneChange } from './gestures/laneGestures';
import { nodeLabelChange, nodeShapeChange } from './gestures/nodeGestures';

/** What {@link useCanvasPopups} needs from the canvas. */
export interface FzCanvasPopupDeps {
  /** The diagram the canvas shows (labels to start from, lanes to offer). */
  diagram: FzDiagram;
  /** The canvas's one door to the document (`useCanvasEdits().apply`). */
  apply: (change: FzChange | null) => FzEditResult | null;
  /** Deletes nodes/edges with the renumber offer (`useCanvasEdits().remove`). */
  remove: (nodes: readonly string[], edges: readonly string[]) => void;
  /** Gives the keyboard back to the canvas once a menu or editor closes. */
  focusCanvas: () => void;
  setActiveLane: Dispatch<SetStateAction<string | null>>;
}

/**
 * The canvas's context menu and inline label editor: which one is open (never both), what each
 * menu item does (as an `FzChange` through `apply`), and what a committed label means (node,
 * edge or lane label, or a new lane's name). Closing either gives the focus back to the canvas.
 */
export function useCanvasPopups({
  diagram,
  apply,
  remove,
  focusCanvas,
  setActiveLane,
}: FzCanvasPopupDeps) {
  const [menu, setMenu] = useState<FzCanvasMenuState | null>(null);
  const [editing, setEditing] = useState<FzLabelEditTarget | null>(null);

  const openMenu = useCallback((target: FzMenuTarget, at: FzPoint) => {
    setEditing(null);
    setMenu({ target, at });
  }, []);

  const closeMenu = useCallback(() => {
    setMenu(null);
    focusCanvas();
  }, [focusCanvas]);

  /** Opens the inline editor on `target` (closing any menu). */
  const edit = useCallback((target: FzLabelEditTarget) => {
    setMenu(null);
    setEditing(target);
  }, []);

  const menuActions = useMemo((): FzCanvasMenuActions | null => {
    if (!menu) return null;
    const { target } = menu;
    const done = () => closeMenu();
    return {
      close: done,
      rename: () => edit(target),
      remove: () => {
        done();
        if (target.kind === 'node') remove([target.id], []);
        else if (target.kind === 'edge') remove([], [target.id]);
        else apply({ kind: 'deleteLane', lane: target.id });
      },
      setShape: (shape) => {
        done();
        const node = diagram.nodes.find((n) => n.id === target.id);
        apply(
          node ? nodeShapeChange(node, shape) : { kind: 'setNodeShape', node: target.id, shape },
        );
      },
      moveToLane: (lane) => {
        done();
        apply({ kind: 'moveNodeToLane', node: target.id, lane });
      },
      moveLane: (delta) => {
        done();
        apply(moveLaneChange(diagram.lanes, target.id, delta));
      },
    };
  }, [menu, closeMenu, edit, remove, apply, diagram]);

  const openLaneMenu = useCallback(
    (lane: string, at: FzPoint) => {
      setActiveLane(lane);
      openMenu({ kind: 'lane', id: lane }, at);
    },
    [openMenu, setActiveLane],
  );

  const startAddLane = useCallback(() => edit({ kind: 'newLane' }), [edit]);

  const commitEdit = useCallback(
    (text: string) => {
      const target = editing;
      setEditing(null);
      focusCanvas();
      if (!target) return;
      if (target.kind === 'newLane') {
        apply(addLaneChange(text, diagram.lanes));
      } else if (target.kind === 'node') {
        const node = diagram.nodes.find((n) => n.id === target.id);
        apply(
          node
            ? nodeLabelChange(node, text)
            : { kind: 'setNodeLabel', node: target.id, label: text },
        );
      } else if (target.kind === 'edge') {
        const edge = diagram.edges.find((e) => e.id === target.id);
        apply(edgeLabelChange(edge ?? { id: target.id }, text));
      } else {
        const lane = diagram.lanes.find((l) => l.id === target.id);
        apply(laneLabelChange(lane ?? { id: target.id, label: '' }, text));
      }
    },
    [editing, apply, diagram, focusCanvas],
  );

  const cancelEdit = useCallback(() => {
    setEditing(null);
    focusCanvas();
  }, [focusCanvas]);

  return {
    menu,
    editing,
    openMenu,
    edit,
    menuActions,
    openLaneMenu,
    startAddLane,
    commitEdit,
    cancelEdit,
  };
}
