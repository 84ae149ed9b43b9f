// Issue 3's speed figures on a generated 1,000-node, 10-lane diagram: first render, keystroke →
// markers and → canvas, canvas gesture → text, and frame times while panning. Prints one table.
//
// Run (own build and port, beside a running e2e suite):
//   npx vite build --mode e2e --outDir dist-e2e-h9
//   FZ_BENCH_OUTDIR=dist-e2e-h9 FZ_BENCH_PORT=4680 FZ_E2E_OUTPUT=test-results-h9 \
//     npx playwright test -c playwright.bench.config.ts editing
// Targets (issue 3): p95 keystroke → canvas ≤ 100 ms, gesture → text ≤ 50 ms, panning at 60 fps
// with only visible elements rendered. A benchmark prints; it asserts only that it measured.
import { expect, test, type Page } from '@playwright/test';
import { MIN_READABLE_ZOOM } from '../../src/canvas/initialViewport';
import { generateFzText } from '../../src/core/testing/generateFz';
import { CanvasPage } from '../pages/CanvasPage';
import { TID } from '../pages/StudioPage';
import { readSavedWorkspace } from '../support/workspaceDb';
import { formatTable, latencyRow, ms, valueRow, type BenchRow } from './benchStats';
import {
  firstDrawTime,
  installBenchClock,
  startFrameRecording,
  stopFrameRecording,
  timeUntil,
  watchNextFirstDraw,
} from './pageTiming';

const NODES = 1000;
const LANES = 10;
/** The generated document's last lane (`generateFz`'s tenth lane name): only it has this lane. */
const LAST_LANE = 'Storage';
const SAMPLES = 24;
const PAN_MS = 2000;
/** A frame longer than this missed its 60 Hz slot (16.7 ms plus scheduling slack). */
const DROPPED_FRAME_MS = 20;
/**
 * Zoom for editing and the second pan: the studio's own "readable" zoom (labels legible, only
 * part of the diagram in view, so only part of it rendered).
 */
const READING_ZOOM = MIN_READABLE_ZOOM;

function drawnIn(laneId: string): number | false {
  return window.__bench!.done(window.__bench!.diagramDrawn(laneId));
}

function hasError(): number | false {
  return window.__bench!.done(document.querySelector('.view-overlays .squiggly-error') !== null);
}

function noError(): number | false {
  return window.__bench!.done(document.querySelector('.view-overlays .squiggly-error') === null);
}

function labelLonger([id, length]: [string, number]): number | false {
  const element = document.querySelector(`[data-testid="fz-node-${id}"]`);
  return window.__bench!.done((element?.textContent ?? '').length > length);
}

function textHas(fragment: string): number | false {
  return window.__bench!.done(window.__fzStudio!.getText().includes(fragment));
}

function textLacks(fragment: string): number | false {
  return window.__bench!.done(!window.__fzStudio!.getText().includes(fragment));
}

/** 1-based line of the node declaration `id:` in `text`. */
function lineOf(text: string, id: string): number {
  return text.split('\n').findIndex((line) => line.trim().startsWith(`${id}:`)) + 1;
}

/** Milliseconds from `setText(text)` until the canvas has drawn the diagram with `laneId`. */
async function firstRenderFromSetText(page: Page, text: string, laneId: string): Promise<number> {
  await page.evaluate((t) => {
    window.__bench!.t0 = performance.now();
    window.__fzStudio!.setText(t);
  }, text);
  const elapsed = await page.waitForFunction(drawnIn, laneId, {
    polling: 'raf',
    timeout: 120_000,
  });
  return (await elapsed.jsonValue()) as number;
}

/**
 * Drags the canvas background for `PAN_MS` with many small mouse moves (a triangle wave ±600 px
 * around the grab point, 12 px a move, with a slight vertical sway) while the page records its
 * animation frames; returns the figures' rows.
 */
async function panRows(canvas: CanvasPage, label: string): Promise<BenchRow[]> {
  const page = canvas.page;
  const start = await canvas.backgroundPoint();
  const before = await canvas.viewportTransform();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startFrameRecording(page);
  const began = Date.now();
  let moves = 0;
  while (Date.now() - began < PAN_MS) {
    const phase = (moves * 12) % 2400;
    const dx = phase < 1200 ? -phase / 2 : -(2400 - phase) / 2;
    await page.mouse.move(start.x + dx, start.y + Math.sin(moves / 20) * 30);
    moves++;
  }
  const recording = await stopFrameRecording(page);
  await page.mouse.up();
  expect(await canvas.viewportTransform(), 'the drag panned the view').not.toBe(before);
  const dropped = recording.deltas.filter((d) => d > DROPPED_FRAME_MS).length;
  const missed = recording.deltas.reduce((n, d) => n + Math.max(0, Math.round(d / 16.67) - 1), 0);
  const fps = (recording.deltas.length / recording.spanMs) * 1000;
  const inDom = recording.domNodes;
  return [
    latencyRow(`pan ${label}: frame time`, recording.deltas, `${moves} mouse moves`),
    valueRow(
      `pan ${label}: fps, frames > 20 ms`,
      `${fps.toFixed(1)} fps`,
      `${dropped} of ${recording.deltas.length} frames > ${DROPPED_FRAME_MS} ms; ${missed} missed 60 Hz slots`,
    ),
    valueRow(
      `pan ${label}: nodes in DOM`,
      `${Math.max(...inDom)} max`,
      `of ${NODES}; min ${Math.min(...inDom)} over ${inDom.length} samples`,
    ),
  ];
}

/** Zooms in with the wheel over the rectangle nearest the centre, to {@link READING_ZOOM}. */
async function readingZoom(canvas: CanvasPage): Promise<number> {
  if ((await canvas.viewportScale()) >= READING_ZOOM) return canvas.viewportScale();
  const id = await canvas.nodeNearestCentre('rectangle');
  expect(id, 'a rectangle on the canvas').not.toBeNull();
  return canvas.zoomAtNode(id!, READING_ZOOM);
}

test('editing a 1,000-node, 10-lane diagram', async ({ page }) => {
  const rows: BenchRow[] = [];
  const text = generateFzText({ nodes: NODES, lanes: LANES });
  const canvas = new CanvasPage(page);
  const studio = canvas.studio;
  await installBenchClock(page);
  await studio.open();
  console.log(
    `document: ${NODES} nodes, ${LANES} lanes, ${text.split('\n').length} lines, ${text.length} chars`,
  );

  await test.step('first render after setText', async () => {
    const elapsed = await firstRenderFromSetText(page, text, LAST_LANE);
    rows.push(valueRow('first render (setText)', ms(elapsed), 'setText → layout drawn'));
    await studio.waitForLayoutIdle();
  });

  await test.step('panning the opening view', async () => {
    const zoom = await canvas.viewportScale();
    rows.push(...(await panRows(canvas, `at opening zoom ${zoom.toFixed(2)}`)));
  });

  const zoom = await readingZoom(canvas);
  // Typing on a rectangle that is drawn (only nodes in view are rendered) and clear of panels.
  const inView = await canvas.nodesWellInView(110, 'rectangle');
  expect(inView.length, 'rectangles in view at the reading zoom').toBeGreaterThan(0);
  const typed = inView[0]!;
  const typedLine = lineOf(text, typed);
  console.log(`zoom ${zoom.toFixed(2)}: ${inView.length} rectangles in view; typing in ${typed}`);

  await test.step('keystroke → markers', async () => {
    const samples: number[] = [];
    await studio.caretToEndOfLine(typedLine);
    for (let i = 0; i < SAMPLES / 2; i++) {
      // ' z' after the last attribute is an error; two Backspaces fix it again.
      samples.push(await timeUntil(page, () => page.keyboard.insertText(' z'), hasError, null));
      const fix = async () => {
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
      };
      samples.push(await timeUntil(page, fix, noError, null));
    }
    rows.push(latencyRow('keystroke → markers', samples, 'squiggle shown / gone'));
  });

  await test.step('keystroke → canvas', async () => {
    const samples: number[] = [];
    await studio.caretToEndOfLine(typedLine);
    await page.keyboard.press('ArrowLeft');
    const node = studio.node(typed);
    for (let i = 0; i < SAMPLES; i++) {
      const before = ((await node.textContent()) ?? '').length;
      const press = () => page.keyboard.press('q');
      samples.push(await timeUntil(page, press, labelLonger, [typed, before] as [string, number]));
    }
    rows.push(latencyRow('keystroke → canvas label', samples, `key q in ${typed}'s label`));
  });

  await test.step('gesture → text: rename in place', async () => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const id = inView[i % inView.length]!;
      const label = `Renamed ${i}`;
      await canvas.node(id).dblclick();
      await expect(canvas.editor).toBeFocused();
      await canvas.editor.fill(label);
      const enter = () => canvas.editor.press('Enter');
      samples.push(await timeUntil(page, enter, textHas, `${id}: rectangle label:"${label}"`));
      await expect(canvas.editor).toHaveCount(0);
    }
    rows.push(latencyRow('gesture → text (rename, Enter)', samples, 'Enter → store text'));
  });

  await test.step('panning at the reading zoom', async () => {
    await readingZoom(canvas);
    rows.push(...(await panRows(canvas, `at zoom ${(await canvas.viewportScale()).toFixed(2)}`)));
  });

  await test.step('gesture → text: Delete', async () => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await readingZoom(canvas);
      const [id] = await canvas.nodesWellInView(110, 'rectangle');
      const before = await studio.getText();
      await canvas.selectNode(id!);
      samples.push(await timeUntil(page, () => canvas.pressDelete(), textLacks, `\n  ${id}: `));
      await studio.waitForLayoutIdle();
      await canvas.undo();
      await expect.poll(() => studio.getText()).toBe(before);
      await studio.waitForLayoutIdle();
    }
    rows.push(
      latencyRow('gesture → text (Delete)', samples, 'Delete → store text; Ctrl+Z untimed'),
    );
  });

  await test.step('first render after reload (saved workspace)', async () => {
    const current = await studio.getText();
    await expect
      .poll(async () => (await readSavedWorkspace(page))?.text === current, { timeout: 30_000 })
      .toBe(true);
    await watchNextFirstDraw(page, LAST_LANE);
    await page.reload();
    const elapsed = await firstDrawTime(page);
    rows.push(valueRow('first render (page load)', ms(elapsed), 'navigation start → layout drawn'));
    await expect(page.getByTestId(TID.problemCount)).toBeVisible();
  });

  console.log(`\n${formatTable(rows)}\n`);
});
