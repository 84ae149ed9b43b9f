/**
 * Reads the text's edit index ahead of the next canvas gesture, when the browser is idle: a
 * gesture's `computeEdits` then finds it ready (`prepareEditDoc` in `core/edit`) instead of
 * re-reading the whole text in the key or pointer handler, which on a 1,000-node document is
 * about 6 ms of the time from the gesture to the changed text on screen.
 */

/** Runs a callback when the browser is idle; returns a cancel function. */
export type IdleScheduler = (callback: () => void) => () => void;

/** Hands the newest offered text to `prepare` in idle time; see {@link createEditPrefetch}. */
export interface EditPrefetch {
  /** The text changed: read it ahead once the browser is idle (only the newest text is read). */
  offer(text: string): void;
  /** Cancels what is waiting; nothing is read any more. */
  destroy(): void;
}

/**
 * Calls `prepare(text)` with the newest offered text when `idle` runs, at most once per offer
 * burst: typing schedules one read for when typing pauses, never one per keystroke.
 */
export function createEditPrefetch(
  idle: IdleScheduler,
  prepare: (text: string) => void,
): EditPrefetch {
  let cancel: (() => void) | null = null;
  let waiting: string | null = null;
  return {
    offer(text) {
      waiting = text;
      cancel?.();
      cancel = idle(() => {
        cancel = null;
        const next = waiting;
        waiting = null;
        if (next !== null) prepare(next);
      });
    },
    destroy() {
      cancel?.();
      cancel = null;
      waiting = null;
    },
  };
}

/**
 * Idle time (ms) a read ahead waits for. A 1,000-node document takes about 6 ms to read warm, many
 * more the first time; Chrome offers up to 50 ms only when no frame is due, so this waits for a page
 * at rest, never the gaps between the frames of a pan or an animation.
 */
const IDLE_MS_NEEDED = 40;

/**
 * The browser's idle scheduler: `requestIdleCallback`, waiting for an idle period of
 * {@link IDLE_MS_NEEDED} (a read in the short gap between two frames of a pan would make the next
 * frame late), else a 200 ms timer (Safari). With no such period (steady panning or typing) nothing runs, and the
 * gesture reads the text itself, as it would without the read ahead.
 */
export const browserIdleScheduler: IdleScheduler = (callback) => {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(callback, 200);
    return () => clearTimeout(id);
  }
  let id = 0;
  const wait = () => {
    id = requestIdleCallback((deadline) => {
      if (deadline.timeRemaining() >= IDLE_MS_NEEDED) callback();
      else wait();
    });
  };
  wait();
  return () => cancelIdleCallback(id);
};
