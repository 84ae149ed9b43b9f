// Timing inside the page for the Playwright benchmarks: what the user sees, at animation-frame
// granularity, without the runner's round trips in the figures.
import type { Page } from '@playwright/test';

/** The benchmark's clock and frame recorder, on `window.__bench` (installed by an init script). */
export interface BenchClock {
  /** Start of the timed interval, in `performance.now()` milliseconds. */
  t0: number;
  /** While true, the next keydown moves `t0` to that event's own time stamp. */
  armed: boolean;
  /** `performance.now() - t0` when `ok`, else false (for `waitForFunction`). */
  done(ok: boolean): number | false;
  frames: number[];
  domNodes: number[];
  recording: boolean;
  /**
   * Whether the canvas has drawn the diagram whose lane rail lists `laneId`: an answered layout,
   * no layout running, the rail lists the lane (so the diagram is that document's) and diagram
   * nodes are in the DOM. (Not "node n1 is drawn": a 1,000-node diagram opens on an overview
   * clamped at the minimum zoom, which cuts off both ends.)
   */
  diagramDrawn(laneId: string): boolean;
  /** `performance.now()` when the watched first draw happened (see {@link watchNextFirstDraw}). */
  firstDraw?: number;
}

/** sessionStorage key: the lane whose diagram's first drawing the next document should time. */
const FIRST_DRAW_KEY = 'fz-bench-first-draw';

declare global {
  interface Window {
    __bench?: BenchClock;
  }
}

/**
 * Installs `window.__bench` in every document the page opens (call before the first `goto`). A
 * capture listener on `window` sees a key before any of the studio's handlers, so a timed key
 * starts the clock at the key event's own time stamp (when Chromium created the event), not when
 * the runner sent it.
 */
export async function installBenchClock(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const clock: BenchClock = {
      t0: 0,
      armed: false,
      done: (ok) => (ok ? Math.max(1e-3, performance.now() - clock.t0) : false),
      frames: [],
      domNodes: [],
      recording: false,
      diagramDrawn: (laneId) =>
        document.querySelector('[data-testid="canvas"]')?.getAttribute('data-layout') === 'ready' &&
        document
          .querySelector('[data-testid="canvas-controls"]')
          ?.getAttribute('data-layout-run') === 'idle' &&
        document.querySelector(`[data-testid="lane-menu-${laneId}"]`) !== null &&
        document.querySelector('[data-testid^="fz-node-n"]') !== null,
    };
    window.__bench = clock;
    window.addEventListener(
      'keydown',
      (event) => {
        if (!clock.armed) return;
        clock.armed = false;
        clock.t0 = Math.max(clock.t0, event.timeStamp);
      },
      true,
    );
    // A load to time (watchNextFirstDraw): poll from the document's very start, every frame.
    const laneId = sessionStorage.getItem('fz-bench-first-draw');
    if (laneId === null) return;
    sessionStorage.removeItem('fz-bench-first-draw');
    const check = () => {
      if (clock.diagramDrawn(laneId)) clock.firstDraw = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Makes the next document the page loads record when its canvas first has drawn the diagram with
 * lane `laneId` (`BenchClock.diagramDrawn`) in `window.__bench.firstDraw`, milliseconds from the
 * navigation's start. Needs {@link installBenchClock}.
 */
export async function watchNextFirstDraw(page: Page, laneId: string): Promise<void> {
  await page.evaluate(({ key, value }) => sessionStorage.setItem(key, value), {
    key: FIRST_DRAW_KEY,
    value: laneId,
  });
}

/** Waits for the first draw that {@link watchNextFirstDraw} watched; its time in milliseconds. */
export async function firstDrawTime(page: Page, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__bench?.firstDraw ?? false, null, {
    timeout: timeoutMs,
  });
  return (await handle.jsonValue()) as number;
}

/**
 * Milliseconds from `act` until `seen(arg)` holds in the page, checked every animation frame.
 * The clock starts just before `act` (or at its first key event, see {@link installBenchClock}).
 * `seen` runs in the page: it must be self-contained and return `window.__bench.done(condition)`.
 */
export async function timeUntil<A>(
  page: Page,
  act: () => Promise<void>,
  seen: (arg: A) => number | false,
  arg: A,
  timeoutMs = 60_000,
): Promise<number> {
  await page.evaluate(() => {
    window.__bench!.t0 = performance.now();
    window.__bench!.armed = true;
  });
  await act();
  // Playwright types the argument as its serialised form (`Unboxed<A>`), which is A for plain data.
  const predicate = seen as (value: unknown) => number | false;
  const elapsed = await page.waitForFunction(predicate, arg as unknown, {
    polling: 'raf',
    timeout: timeoutMs,
  });
  return (await elapsed.jsonValue()) as number;
}

/**
 * Starts recording animation frames in the page: the time stamp of every frame and, every tenth
 * frame, how many diagram nodes (`fz-node-n…`) are in the DOM.
 */
export async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clock = window.__bench!;
    clock.frames = [];
    clock.domNodes = [];
    clock.recording = true;
    const tick = (time: number) => {
      if (!clock.recording) return;
      clock.frames.push(time);
      if (clock.frames.length % 10 === 1) {
        clock.domNodes.push(document.querySelectorAll('[data-testid^="fz-node-n"]').length);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** What {@link stopFrameRecording} answers. */
export interface FrameRecording {
  /** Milliseconds between consecutive animation frames. */
  deltas: number[];
  /** Milliseconds from the first to the last recorded frame. */
  spanMs: number;
  /** Diagram nodes in the DOM, sampled every tenth frame. */
  domNodes: number[];
}

/** Stops the recording begun by {@link startFrameRecording} and returns it. */
export async function stopFrameRecording(page: Page): Promise<FrameRecording> {
  return page.evaluate(() => {
    const clock = window.__bench!;
    clock.recording = false;
    const frames = clock.frames;
    const deltas = frames.slice(1).map((t, i) => t - frames[i]!);
    return { deltas, spanMs: (frames.at(-1) ?? 0) - (frames[0] ?? 0), domNodes: clock.domNodes };
  });
}
