import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { GESTURE_DOC, GESTURE_DOC_IDS } from './support/gestureText';

// The view is fitted when a document is opened, not when it is edited: a Delete, its undo and an
// added node leave the pan and zoom where the person put them.

let canvas: CanvasPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  await canvas.load(GESTURE_DOC, GESTURE_DOC_IDS);
});

test('deleting a node, undoing it and adding one keep the view where it was', async () => {
  // One step out of the fitted view: every node stays in view, and a re-fit would show.
  await canvas.zoomOutBelow(await canvas.viewportScale());
  const view = await canvas.viewportTransform();
  for (const id of GESTURE_DOC_IDS) await expect(canvas.node(id)).toBeInViewport({ ratio: 0.95 });

  await canvas.selectNode('n6');
  await canvas.pressDelete();
  await expect(canvas.node('n6')).toHaveCount(0);
  expect(await canvas.viewportTransform()).toBe(view);

  await canvas.undo();
  await canvas.expectText(GESTURE_DOC);
  await expect(canvas.node('n6')).toHaveCount(1);
  expect(await canvas.viewportTransform()).toBe(view);

  await canvas.paletteAdd('circle');
  await expect(canvas.node('n8')).toHaveCount(1);
  expect(await canvas.viewportTransform()).toBe(view);
});

test('opening another document fits the view to it', async () => {
  await canvas.zoomInTo(1.6);
  const view = await canvas.viewportTransform();
  await canvas.studio.setText('Solo { # Solo\n  n1: circle label:"Only"\n}\n');
  await expect(canvas.node('n1')).toHaveCount(1);
  await expect.poll(() => canvas.viewportTransform()).not.toBe(view);
});
