import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { edited, GESTURE_DOC, GESTURE_DOC_IDS } from './support/gestureText';

// Gestures while the text has errors (the canvas shows the last good diagram), and no change
// without a gesture (known pitfall BR-07).
const DOC = GESTURE_DOC;

let canvas: CanvasPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  await canvas.load(DOC, GESTURE_DOC_IDS);
});

test('a gesture on a text with errors edits only the line it touches', async () => {
  const broken = edited(DOC, ['  n6: circle label:"Done"', '  n6: hexagon label:"Done"']);
  await canvas.studio.setText(broken);
  await expect(canvas.studio.staleBanner).toBeVisible();
  await canvas.renameNode('n2', 'Catalogue');
  await canvas.expectText(
    edited(broken, ['  n2: rectangle label:"Browse"', '  n2: rectangle label:"Catalogue"']),
  );
  await canvas.undo();
  await canvas.expectText(broken);
});

test('a gesture on a node the text no longer has shows why in a toast and changes nothing', async () => {
  // Without its line, n2's edges dangle: the text has errors and the canvas still shows n2.
  const gone = edited(DOC, ['  n2: rectangle label:"Browse"']);
  await canvas.studio.setText(gone);
  await expect(canvas.studio.staleBanner).toBeVisible();
  await canvas.renameNode('n2', 'Catalogue');
  await expect(canvas.toast).toBeVisible();
  await expect(canvas.toast).toContainText('n2');
  expect(await canvas.text()).toBe(gone);
  await canvas.page.getByTestId('canvas-notice-dismiss').click();
  await expect(canvas.toast).toHaveCount(0);
});

test('BR-07: zooming, panning and resizing change no text and record no undo step', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  const pane = (await canvas.canvas.boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 80, pane.y + 40);
  await page.mouse.wheel(0, 300);
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.getByRole('button', { name: 'Fit view' }).click();
  await canvas.waitForStillLayout();
  // Selecting is not editing either.
  await canvas.node('n1').click();
  expect(await canvas.text()).toBe(DOC);
  expect(await page.evaluate(() => window.__fzStudio!.canUndo())).toBe(false);
});
