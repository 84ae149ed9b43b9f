import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface Props {
  /** Accessible name of the drag handle, e.g. "Resize code and canvas". */
  label: string;
  left: ReactNode;
  right: ReactNode;
  /** Initial share of the left pane, in [0, 1]. */
  initialFraction?: number;
  /** Smallest share either pane may get, in [0, 0.5). */
  minFraction?: number;
}

const KEY_STEP = 0.02;

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/**
 * Two panes side by side with a draggable, keyboard-accessible separator between them
 * (WAI-ARIA window splitter: arrows move it, Home/End go to the limits). Pointer capture keeps the
 * drag alive when the pointer crosses Monaco or the canvas.
 */
export function SplitPane({
  label,
  left,
  right,
  initialFraction = 0.4,
  minFraction = 0.15,
}: Props) {
  const [fraction, setFraction] = useState(initialFraction);
  const [dragging, setDragging] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const max = 1 - minFraction;

  const moveTo = (clientX: number) => {
    const rect = container.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return;
    setFraction(clamp((clientX - rect.left) / rect.width, minFraction, max));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging) moveTo(event.clientX);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    setDragging(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowLeft: fraction - KEY_STEP,
      ArrowRight: fraction + KEY_STEP,
      Home: minFraction,
      End: max,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setFraction(clamp(target, minFraction, max));
  };

  const percent = Math.round(fraction * 100);
  return (
    <div
      ref={container}
      className={dragging ? 'split split-dragging' : 'split'}
      style={{ gridTemplateColumns: `${fraction * 100}% 6px minmax(0, 1fr)` }}
    >
      <div className="split-pane">{left}</div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuemin={Math.round(minFraction * 100)}
        aria-valuemax={Math.round(max * 100)}
        aria-valuenow={percent}
        tabIndex={0}
        data-testid="split-handle"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{right}</div>
    </div>
  );
}
