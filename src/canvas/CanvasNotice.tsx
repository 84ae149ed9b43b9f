import type { FzCanvasNotice } from './canvasUi';

/**
 * The strip at the bottom of the canvas: a toast with the reason an edit was refused
 * (`canvas-toast`), or after a deletion left gaps in the node ids the offer to renumber them
 * (`offer-renumber`, which applies `renumberNodes`). Both can be dismissed; messages are plain text.
 */
export function CanvasNotice({
  notice,
  onRenumber,
  onDismiss,
}: {
  notice: FzCanvasNotice;
  onRenumber: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="fz-canvas-notice nodrag nopan" role="status" aria-live="polite">
      {notice.kind === 'toast' ? (
        <span data-testid="canvas-toast" dir="auto">
          {notice.message}
        </span>
      ) : (
        <>
          <span>Node ids now have gaps.</span>
          <button type="button" data-testid="offer-renumber" onClick={onRenumber}>
            Renumber ids
          </button>
        </>
      )}
      <button
        type="button"
        className="fz-canvas-notice__close"
        aria-label="Dismiss"
        data-testid="canvas-notice-dismiss"
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
