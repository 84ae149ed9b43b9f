/**
 * The browser hooks an {@link createAfterPaintGate | after-paint gate} needs: `frame` runs a
 * callback in the next animation frame (before that frame paints), `task` queues a task (which the
 * browser runs after the frame it was queued in has painted). Each returns a cancel function.
 */
export interface FzPaintScheduler {
  frame(callback: () => void): () => void;
  task(callback: () => void): () => void;
}

/** Hands values on once a frame has been painted; see {@link createAfterPaintGate}. */
export interface FzAfterPaintGate<T> {
  /** A newer value: it is handed on after the next painted frame (only the newest one). */
  offer(value: T): void;
  /** Forgets the waiting value; nothing is handed on any more. */
  destroy(): void;
}

/**
 * Passes the newest offered value to `show` only after the browser has painted a frame: the
 * animation frame after the offer queues a task, and that task runs once the frame is on screen.
 * Offers arriving meanwhile replace the waiting value (one `show` per painted frame at most, and
 * never a stale one); an offer never cancels the waiting schedule, so steady typing still moves the
 * canvas every frame or two. Like tldraw's and Excalidraw's split between the urgent update (the
 * text, here) and the expensive re-render that may follow a frame later.
 *
 * Used so that a canvas gesture's text change is painted before the canvas re-derives a 1,000-node
 * diagram (React Flow rebuilds its node and edge lookups in one uninterruptible block).
 */
export function createAfterPaintGate<T>(
  scheduler: FzPaintScheduler,
  show: (value: T) => void,
): FzAfterPaintGate<T> {
  let waiting: { value: T } | null = null;
  let cancel: (() => void) | null = null;
  let destroyed = false;

  const flush = () => {
    cancel = null;
    const next = waiting;
    waiting = null;
    if (next && !destroyed) show(next.value);
  };

  return {
    offer(value) {
      if (destroyed) return;
      waiting = { value };
      if (cancel) return;
      let cancelTask: (() => void) | null = null;
      const cancelFrame = scheduler.frame(() => {
        cancelTask = scheduler.task(flush);
      });
      cancel = () => {
        cancelFrame();
        cancelTask?.();
      };
    },
    destroy() {
      destroyed = true;
      waiting = null;
      cancel?.();
      cancel = null;
    },
  };
}

/**
 * The browser's scheduler: `requestAnimationFrame`, then a `MessageChannel` task (not
 * `setTimeout`, which browsers clamp to 4 ms once nested). Without `requestAnimationFrame` (a test
 * without a DOM) a plain task stands in for the frame. A hidden tab runs no frames: the newest
 * value arrives when it is shown again, which is when it can be seen.
 */
export function browserPaintScheduler(): FzPaintScheduler {
  const task = (callback: () => void) => {
    const channel = new MessageChannel();
    let live = true;
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (live) callback();
    };
    channel.port2.postMessage(null);
    return () => {
      live = false;
      channel.port1.close();
    };
  };
  return {
    frame(callback) {
      if (typeof requestAnimationFrame !== 'function') return task(callback);
      const id = requestAnimationFrame(callback);
      return () => cancelAnimationFrame(id);
    },
    task,
  };
}
