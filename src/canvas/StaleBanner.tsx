/** The banner text for a stale canvas: "Showing the last valid diagram · 2 errors in the code". */
export function staleMessage(errorCount: number): string {
  const count = Number.isFinite(errorCount) && errorCount > 0 ? Math.floor(errorCount) : 0;
  if (count === 0) return 'Showing the last valid diagram';
  return `Showing the last valid diagram · ${count} ${count === 1 ? 'error' : 'errors'} in the code`;
}

/** Shown over the canvas while the text has errors and the canvas shows an older diagram. */
export function StaleBanner({ errorCount }: { errorCount: number }) {
  return (
    <div className="fz-canvas__stale" data-testid="canvas-stale" role="status">
      {staleMessage(errorCount)}
    </div>
  );
}
