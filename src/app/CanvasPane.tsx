import { memo, useDeferredValue } from 'react';
import { DiagramCanvas } from '../canvas/DiagramCanvas';
import { useStudio } from '../store/useStudio';
import {
  selectBadges,
  selectCanvasDiagram,
  selectErrorCount,
  selectStale,
  selectTheme,
} from '../store/selectors';

// Memoised so that the urgent render of a keystroke (which still carries the old, deferred
// diagram) skips the canvas entirely.
const Canvas = memo(DiagramCanvas);

/** The canvas pane: the last good diagram, marked stale while the text has errors, with run badges. */
export function CanvasPane() {
  // Deferred: a keystroke re-renders the editor and its markers first; the canvas follows as soon
  // as React has time, and a newer keystroke interrupts a canvas render that is no longer current.
  const diagram = useDeferredValue(useStudio(selectCanvasDiagram));
  const stale = useStudio(selectStale);
  const errorCount = useStudio(selectErrorCount);
  const badges = useStudio(selectBadges);
  const theme = useStudio(selectTheme);
  return (
    <div className="canvas-pane" data-testid="canvas-pane">
      <Canvas
        diagram={diagram}
        stale={stale}
        errorCount={errorCount}
        badges={badges}
        colorMode={theme}
      />
    </div>
  );
}
