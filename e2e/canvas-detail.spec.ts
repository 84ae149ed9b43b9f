import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { GESTURE_DOC, GESTURE_DOC_IDS } from './support/gestureText';

// Level of detail: zoomed out below half the readable zoom the canvas draws plain shapes (no
// labels, handles, sub-items or edge labels); zooming back in brings every detail back.
// (src/canvas/detailLevel.ts: DETAIL_MIN_ZOOM = MIN_READABLE_ZOOM / 2.)
const DETAIL_MIN_ZOOM = 0.31;
/** Edges of GESTURE_DOC (e1…e6 at least: the test reads e6). */
const GESTURE_DOC_EDGES = 6;

let canvas: CanvasPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  await canvas.load(GESTURE_DOC, GESTURE_DOC_IDS);
});

test('zooming out draws plain shapes; zooming back in brings labels and handles back', async () => {
  await expect.poll(() => canvas.detailLevel()).toBe('full');
  await expect(canvas.node('n2')).toHaveText('Browse');
  await expect(canvas.connectableHandles('n2')).toHaveCount(4);
  await expect(canvas.edgeLabel('e6')).toHaveText('Yes');
  const text = await canvas.studio.getText();

  expect(await canvas.zoomOutBelow(DETAIL_MIN_ZOOM)).toBeLessThan(DETAIL_MIN_ZOOM);
  await expect.poll(() => canvas.detailLevel()).toBe('shapes');
  // The shapes and the edges between them are still drawn, without their text.
  for (const id of GESTURE_DOC_IDS) await expect(canvas.node(id)).toBeAttached();
  await expect(canvas.node('n2')).toHaveText('');
  await expect(canvas.node('n5')).toHaveAttribute('data-shape', 'diamond');
  await expect(canvas.connectableHandles('n2')).toHaveCount(0);
  await expect(canvas.edgeLabel('e6')).toHaveCount(0);
  // One overview path stands in for React Flow's edge components (nothing to mount while panning).
  await expect(canvas.page.getByTestId('fz-edge-e6')).toHaveCount(0);
  expect(await canvas.overviewEdgeSegments()).toBeGreaterThanOrEqual(GESTURE_DOC_EDGES);

  await canvas.zoomInTo(0.62);
  await expect.poll(() => canvas.detailLevel()).toBe('full');
  await expect(canvas.node('n2')).toHaveText('Browse');
  await expect(canvas.connectableHandles('n2')).toHaveCount(4);
  await expect(canvas.edgeLabel('e6')).toHaveText('Yes');
  await expect(canvas.page.getByTestId('fz-edge-e6')).toBeAttached();
  await expect(canvas.page.getByTestId('overview-edges')).toHaveCount(0);
  // BR-07: switching React Flow's edges off and on again is not an edit.
  expect(await canvas.studio.getText()).toBe(text);
});

test('a node resized while zoomed out still has its edges on its handles after zooming in', async ({
  page,
}) => {
  await canvas.zoomOutBelow(DETAIL_MIN_ZOOM);
  await expect.poll(() => canvas.detailLevel()).toBe('shapes');
  // A longer label widens n2: React Flow measures it again, while only the stand-in handles exist.
  const longer = 'Browse the whole catalogue';
  await canvas.studio.setText(GESTURE_DOC.replace('label:"Browse"', `label:"${longer}"`));
  await expect(canvas.node('n2')).toHaveAttribute('title', longer);

  await canvas.zoomInTo(0.62);
  await expect.poll(() => canvas.detailLevel()).toBe('full');
  await expect(canvas.node('n2')).toHaveText(longer);
  await expect(page.getByTestId('fz-edge-e1')).toBeAttached();
  await expect(page.getByTestId('fz-edge-e2')).toBeAttached();
  const into = await canvas.edgeEnds('e1');
  const out = await canvas.edgeEnds('e2');
  const left = await canvas.handlePoint('n2', 'left');
  const right = await canvas.handlePoint('n2', 'right');
  expect(Math.hypot(into.end.x - left.x, into.end.y - left.y)).toBeLessThan(8);
  expect(Math.hypot(out.start.x - right.x, out.start.y - right.y)).toBeLessThan(8);
});
