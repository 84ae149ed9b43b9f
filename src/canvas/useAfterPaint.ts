import { startTransition, useEffect, useRef, useState } from 'react';
import { browserPaintScheduler, createAfterPaintGate, type FzAfterPaintGate } from './afterPaint';

/**
 * `value`, but a change reaches the caller only after the browser has painted a frame with
 * whatever else changed alongside it (see `createAfterPaintGate`), and then as a transition, so a
 * newer key press interrupts the re-render it starts. The first value is returned at once.
 *
 * The canvas draws the diagram through it: a gesture's or keystroke's text change (store and
 * Monaco) is on screen first, and React Flow's rebuild of a 1,000-node diagram follows a frame
 * later instead of holding that frame back.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const gate = useRef<FzAfterPaintGate<T> | null>(null);

  useEffect(() => {
    const created = createAfterPaintGate<T>(browserPaintScheduler(), (next) =>
      startTransition(() => setShown(() => next)),
    );
    gate.current = created;
    return () => {
      created.destroy();
      gate.current = null;
    };
  }, []);

  useEffect(() => {
    gate.current?.offer(value);
  }, [value]);

  return shown;
}
