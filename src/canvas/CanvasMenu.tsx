import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import type { FzDiagram, FzShape } from '../core/model/types';
import type { FzCanvasMenuState } from './canvasUi';
import { menuPosition } from './gestures/anchors';

const SHAPES: readonly FzShape[] = ['circle', 'rectangle', 'diamond', 'taskbox'];

/** What the menu's items do; the canvas turns each into an `FzChange` (or opens an editor). */
export interface FzCanvasMenuActions {
  rename: () => void;
  remove: () => void;
  setShape: (shape: FzShape) => void;
  moveToLane: (lane: string) => void;
  moveLane: (delta: -1 | 1) => void;
  close: () => void;
}

type Page = 'root' | 'shape' | 'move' | 'confirm';

/**
 * The canvas's context menu for a node (Rename, Shape ▸, Move to lane ▸, Delete), an edge (Edit
 * label, Delete) or a lane (Rename, Move up, Move down, Delete, with a confirmation when the lane
 * still holds nodes). Follows the WAI-ARIA menu pattern: focus starts on the first item, arrows
 * move, Escape closes, and a click outside closes. Submenus replace the item list (with a Back
 * item), so everything is reachable from the keyboard. Test ids: `canvas-menu`, `menu-<item>`.
 */
export function CanvasMenu({
  menu,
  diagram,
  paneWidth,
  paneHeight,
  actions,
}: {
  menu: FzCanvasMenuState;
  diagram: FzDiagram;
  /** Size of the React Flow pane in pixels: the menu stays inside it. */
  paneWidth: number;
  paneHeight: number;
  actions: FzCanvasMenuActions;
}) {
  const [page, setPage] = useState<Page>('root');
  const ref = useRef<HTMLDivElement>(null);
  const { target } = menu;

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const at = menuPosition(
      menu.at,
      { width: element.offsetWidth, height: element.offsetHeight },
      { width: paneWidth, height: paneHeight },
    );
    element.style.left = `${at.x}px`;
    element.style.top = `${at.y}px`;
    element.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [menu, paneWidth, paneHeight, page]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) actions.close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [actions]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'ArrowLeft' && page !== 'root') setPage('root');
    else if (event.key === 'Escape') actions.close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const item = (
    id: string,
    text: string,
    onSelect: () => void,
    extra: { checked?: boolean } = {},
  ) => (
    <button
      key={id}
      type="button"
      role={extra.checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={extra.checked}
      className="fz-canvas-menu__item"
      data-testid={`menu-${id}`}
      tabIndex={-1}
      onClick={onSelect}
    >
      {text}
    </button>
  );
  const back = () => item('back', '◂ Back', () => setPage('root'));

  let items: ReactNode[];
  const node = target.kind === 'node' ? diagram.nodes.find((n) => n.id === target.id) : undefined;
  const lane = target.kind === 'lane' ? diagram.lanes.find((l) => l.id === target.id) : undefined;
  if (page === 'shape') {
    items = [
      back(),
      ...SHAPES.map((shape) =>
        item(`shape-${shape}`, shape, () => actions.setShape(shape), {
          checked: node?.shape === shape,
        }),
      ),
    ];
  } else if (page === 'move') {
    const others = diagram.lanes.filter((l) => l.id !== node?.lane);
    items = [
      back(),
      ...others.map((l) => item(`move-${l.id}`, l.label || l.id, () => actions.moveToLane(l.id))),
    ];
  } else if (page === 'confirm') {
    const count = diagram.nodes.filter((n) => n.lane === target.id).length;
    items = [
      <div key="question" className="fz-canvas-menu__note" role="none">
        Delete lane “{lane?.label ?? target.id}” and its {count} {count === 1 ? 'node' : 'nodes'}?
      </div>,
      item('confirm-delete-lane', 'Delete lane and nodes', actions.remove),
      item('cancel', 'Cancel', actions.close),
    ];
  } else if (target.kind === 'node') {
    items = [
      item('rename', 'Rename…', actions.rename),
      item('shape', 'Shape ▸', () => setPage('shape')),
      item('move', 'Move to lane ▸', () => setPage('move')),
      item('delete', 'Delete', actions.remove),
    ];
  } else if (target.kind === 'edge') {
    items = [
      item('edit-label', 'Edit label…', actions.rename),
      item('delete', 'Delete edge', actions.remove),
    ];
  } else {
    const index = diagram.lanes.findIndex((l) => l.id === target.id);
    const holdsNodes = diagram.nodes.some((n) => n.lane === target.id);
    items = [
      item('lane-rename', 'Rename lane…', actions.rename),
      ...(index > 0 ? [item('lane-up', 'Move lane up', () => actions.moveLane(-1))] : []),
      ...(index >= 0 && index < diagram.lanes.length - 1
        ? [item('lane-down', 'Move lane down', () => actions.moveLane(1))]
        : []),
      item('lane-delete', 'Delete lane…', holdsNodes ? () => setPage('confirm') : actions.remove),
    ];
  }

  const title =
    target.kind === 'node'
      ? `Node ${target.id}`
      : target.kind === 'edge'
        ? `Edge ${target.id}`
        : `Lane ${lane?.label ?? target.id}`;
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={title}
      className="fz-canvas-menu nodrag nopan nowheel"
      data-testid="canvas-menu"
      style={{ left: menu.at.x, top: menu.at.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      <div className="fz-canvas-menu__title" role="none" dir="auto">
        {title}
      </div>
      {items}
    </div>
  );
}
