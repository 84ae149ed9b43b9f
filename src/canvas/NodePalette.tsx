import { Panel } from '@xyflow/react';
import type { FzShape } from '../core/model/types';

/** The MIME type a palette shape travels under during a drag onto the canvas. */
export const FZ_SHAPE_MIME = 'application/x-fz-shape';

const ITEMS: readonly { shape: FzShape; icon: string; name: string }[] = [
  { shape: 'circle', icon: '○', name: 'Circle' },
  { shape: 'rectangle', icon: '▭', name: 'Rectangle' },
  { shape: 'diamond', icon: '◇', name: 'Diamond' },
  { shape: 'taskbox', icon: '▤', name: 'Taskbox' },
];

/**
 * The node palette: one button per FlowZap shape (`palette-<shape>`). A click adds a node of that
 * shape to `targetLabel`'s lane (the selected node's lane, else the lane last clicked, else the
 * first); dragging a button onto a lane adds it there (the drop is read by the canvas through
 * {@link FZ_SHAPE_MIME}). Disabled when the diagram has no lane to add to.
 */
export function NodePalette({
  targetLabel,
  onAdd,
}: {
  targetLabel: string | null;
  onAdd: (shape: FzShape) => void;
}) {
  return (
    <Panel position="bottom-center" className="fz-palette" data-testid="node-palette">
      <div role="toolbar" aria-label="Add a node" className="fz-palette__tools">
        {ITEMS.map(({ shape, icon, name }) => (
          <button
            key={shape}
            type="button"
            className="fz-palette__item"
            data-testid={`palette-${shape}`}
            title={
              targetLabel === null
                ? 'Add a lane first'
                : `Add a ${shape} to “${targetLabel}”, or drag it onto a lane`
            }
            aria-label={`Add ${shape}`}
            disabled={targetLabel === null}
            draggable={targetLabel !== null}
            onClick={() => onAdd(shape)}
            onDragStart={(event) => {
              event.dataTransfer.setData(FZ_SHAPE_MIME, shape);
              event.dataTransfer.effectAllowed = 'copy';
            }}
          >
            <span aria-hidden="true">{icon}</span> {name}
          </button>
        ))}
      </div>
      <span className="fz-palette__target" data-testid="palette-target" dir="auto">
        {targetLabel === null ? 'no lane' : `→ ${targetLabel}`}
      </span>
    </Panel>
  );
}
