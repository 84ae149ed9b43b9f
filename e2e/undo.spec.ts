import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { DEFAULT_DOCUMENT } from '../src/app/defaultDocument';
import { FZ_EXAMPLES } from '../src/app/examples';

const LB_LINE = '  n2: rectangle label:"Edge Load Balancer"';
const LB_LINE_NUMBER = DEFAULT_DOCUMENT.split('\n').indexOf(LB_LINE) + 1;
const RELABELLED = DEFAULT_DOCUMENT.replace('label:"Edge Load Balancer"', 'label:"LB"');
const TYPED = DEFAULT_DOCUMENT.replace('"Edge Load Balancer"', '"Edge Load Balancer v2"');
const RECONNECT = {
  kind: 'reconnect',
  edge: 'e1',
  end: 'target',
  node: 'n2',
  handle: 'top',
} as const;
const reconnected = (text: string) =>
  text.replace('n1.handle(right) -> n2.handle(left)', 'n1.handle(right) -> n2.handle(top)');

type Focus = 'editor' | 'canvas';

async function focus(studio: StudioPage, where: Focus): Promise<void> {
  if (where === 'editor') await studio.focusEditor();
  else await studio.focusCanvas('n4');
}

for (const where of ['editor', 'canvas'] as const) {
  test(`a canvas edit is one undo step, undone and redone with the focus in the ${where}`, async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    expect(await studio.canUndo()).toBe(false);
    const result = await studio.applyChange({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    expect(result.ok).toBe(true);
    expect(await studio.getText()).toBe(RELABELLED);
    await expect(studio.node('n2')).toContainText('LB');
    // The edit went into Monaco: the editor shows it and holds it on its own undo stack.
    await expect(studio.codePane.locator('.view-lines')).toContainText('label:"LB"');

    await focus(studio, where);
    await studio.pressUndo();
    await expect.poll(() => studio.getText()).toBe(DEFAULT_DOCUMENT);
    await expect(studio.node('n2')).toContainText('Edge Load Balancer');
    await studio.pressRedo();
    await expect.poll(() => studio.getText()).toBe(RELABELLED);
    await studio.pressUndo();
    await expect.poll(() => studio.getText()).toBe(DEFAULT_DOCUMENT);
    await studio.pressRedo({ withY: true });
    await expect.poll(() => studio.getText()).toBe(RELABELLED);
  });

  test(`BR-10: typing then a canvas edit are two undo steps, focus in the ${where}`, async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    // Type " v2" at the end of n2's label (before the closing quote), without pausing, then
    // reconnect an edge at once: Monaco would merge the two without an undo stop between them.
    await studio.caretToEndOfLine(LB_LINE_NUMBER);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.insertText(' v2');
    await expect.poll(() => studio.getText()).toBe(TYPED);
    expect((await studio.applyChange(RECONNECT)).ok).toBe(true);
    expect(await studio.getText()).toBe(reconnected(TYPED));

    await focus(studio, where);
    await studio.pressUndo();
    await expect.poll(() => studio.getText()).toBe(TYPED);
    await studio.pressUndo();
    await expect.poll(() => studio.getText()).toBe(DEFAULT_DOCUMENT);
    await studio.pressRedo();
    await expect.poll(() => studio.getText()).toBe(TYPED);
    await studio.pressRedo();
    await expect.poll(() => studio.getText()).toBe(reconnected(TYPED));
  });
}

test('BR-07: resizing the window and zooming the canvas never edit the text', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.canvas).toHaveAttribute('data-layout', 'ready');
  const before = await studio.getText();
  expect(before).toBe(DEFAULT_DOCUMENT);

  await page.setViewportSize({ width: 1000, height: 700 });
  await page.setViewportSize({ width: 1500, height: 950 });
  const zoomIn = page.locator('.react-flow__controls-zoomin');
  await zoomIn.click();
  await zoomIn.click();
  await page.locator('.react-flow__controls-fitview').click();
  const box = (await studio.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await page.mouse.wheel(0, -200);
  // Let React Flow measure and settle after the last zoom before judging.
  await expect(studio.nodes.first()).toBeVisible();

  expect(await studio.getText()).toBe(before);
  expect(await studio.canUndo()).toBe(false);
  // Nothing to undo from the canvas either: Ctrl+Z there leaves the text as it is.
  await studio.focusCanvas();
  await studio.pressUndo();
  expect(await studio.getText()).toBe(before);
});

test('BR-05: "Open example" replaces hand-typed text; one Ctrl+Z in either pane brings it back', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.setText(
    [
      'Web { # Web',
      '  n1: circle label:"Visit"',
      '  n1.handle(bottom) -> Api.n2.handle(top)',
      '}',
      'Api { # Api',
      '  n2: rectangle label:"Serve"',
      '  n2.handle(bottom) -> Db.n3.handle(top)',
      '}',
      'Db { # Database',
      '  n3: rectangle label:"Store"',
      '  n3.handle(top) -> Api.n2.handle(bottom)',
      '}',
      '',
    ].join('\n'),
  );
  // Unsaved work typed by hand in the editor.
  await studio.insertLineAfter(10, '  n4: circle label:"Typed by hand"');
  await expect.poll(() => studio.getText()).toContain('Typed by hand');
  const handTyped = await studio.getText();

  const checkout = FZ_EXAMPLES.find((e) => e.id === 'checkout')!;
  await studio.openExample('checkout');
  await expect.poll(() => studio.getText()).toBe(checkout.text);
  await expect(studio.node('n4')).toContainText('Charge Card');

  await studio.focusEditor();
  await studio.pressUndo();
  await expect.poll(() => studio.getText()).toBe(handTyped);
  await expect(studio.node('n4')).toContainText('Typed by hand');

  await studio.pressRedo();
  await expect.poll(() => studio.getText()).toBe(checkout.text);
  await studio.focusCanvas();
  await studio.pressUndo();
  await expect.poll(() => studio.getText()).toBe(handTyped);
});
