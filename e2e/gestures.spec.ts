import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { edited, GESTURE_DOC, GESTURE_DOC_IDS, inserted } from './support/gestureText';
import { readSavedWorkspace } from './support/workspaceDb';

const DOC = GESTURE_DOC;

/**
 * DOC after n2 moved to Billing (by drag or by the menu): its line goes after Billing's last
 * node, its outgoing edge goes with it (an edge lives in its source's lane), and the ends that
 * now sit in another lane name that lane.
 */
const MOVED_N2 = inserted(
  inserted(
    edited(
      DOC,
      ['  n2: rectangle label:"Browse"'],
      ['  n1.handle(right) -> n2.handle(left)', '  n1.handle(right) -> Billing.n2.handle(left)'],
      ['  n2.handle(right) -> n3.handle(left)'],
    ),
    '  n7: rectangle label:"Charge card"',
    '  n2: rectangle label:"Browse"',
  ),
  '  n5.handle(right) -> n6.handle(left) [label="Yes"]',
  '  n2.handle(right) -> Shop.n3.handle(left)',
);

/** DOC after n1 and n2 were copied and pasted into Billing: new ids n8, n9 and their edge. */
const PASTED = inserted(
  inserted(
    DOC,
    '  n7: rectangle label:"Charge card"',
    '  n8: circle label:"Start"',
    '  n9: rectangle label:"Browse"',
  ),
  '  n5.handle(right) -> n6.handle(left) [label="Yes"]',
  '  n8.handle(right) -> n9.handle(left)',
);

let canvas: CanvasPage;

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  await canvas.load(DOC, GESTURE_DOC_IDS);
});

/** The gesture left exactly `expected`; one Ctrl+Z brings `DOC` back byte for byte. */
async function expectOneUndoStep(expected: string): Promise<void> {
  await canvas.expectText(expected);
  await canvas.undo();
  await canvas.expectText(DOC);
}

// --- add ------------------------------------------------------------------------------------

test('palette click adds the next free id to the first lane, after its last node', async () => {
  await expect(canvas.page.getByTestId('palette-target')).toHaveText('→ Web Shop');
  await canvas.paletteAdd('diamond');
  await expectOneUndoStep(inserted(DOC, '  n3: rectangle label:"Checkout"', '  n8: diamond'));
});

test('palette click adds to the lane of the selected node', async () => {
  await canvas.selectNode('n5');
  await expect(canvas.page.getByTestId('palette-target')).toHaveText('→ Billing');
  await canvas.paletteAdd('circle');
  await expectOneUndoStep(inserted(DOC, '  n7: rectangle label:"Charge card"', '  n8: circle'));
});

test('dragging a palette shape onto a lane adds it to that lane', async () => {
  await canvas.paletteDrop('taskbox', 'Billing');
  await expectOneUndoStep(inserted(DOC, '  n7: rectangle label:"Charge card"', '  n8: taskbox'));
});

test('double-clicking empty lane space adds a rectangle there, kept where it was put', async () => {
  await canvas.doubleClickLane('Billing');
  await canvas.expectText(inserted(DOC, '  n7: rectangle label:"Charge card"', '  n8: rectangle'));
  // Its place is remembered beside the text (the workspace sidecar), in the lane it went to.
  await expect
    .poll(async () => (await readSavedWorkspace(canvas.page))?.pinned['n8']?.lane)
    .toBe('Billing');
  await canvas.undo();
  await canvas.expectText(DOC);
});

// --- delete ---------------------------------------------------------------------------------

test('Delete on a selected edge removes only its line', async () => {
  const middle = await canvas.edgeMiddle('e5');
  await canvas.page.mouse.click(middle.x, middle.y);
  await canvas.pressDelete();
  await expectOneUndoStep(edited(DOC, ['  n4.handle(right) -> n5.handle(left)']));
  await expect(canvas.renumberOffer).toHaveCount(0);
});

test('BR-06(a): deleting n3 takes its in-lane and cross-lane edges; one undo restores all three lines', async () => {
  await canvas.selectNode('n3');
  await canvas.pressDelete();
  const expected = edited(
    DOC,
    ['  n3: rectangle label:"Checkout"'],
    ['  n2.handle(right) -> n3.handle(left)'],
    ['  n3.handle(bottom) -> Billing.n7.handle(top)'],
  );
  await canvas.expectText(expected);
  expect(expected).not.toMatch(/\bn3\b/);
  await expect(canvas.node('n3')).toHaveCount(0);
  await expect(canvas.renumberOffer).toBeVisible();
  await canvas.undo();
  await canvas.expectText(DOC);
});

test('Backspace deletes the selection too; "Renumber ids" closes the gap as its own undo step', async () => {
  await canvas.selectNode('n3');
  await canvas.page.keyboard.press('Backspace');
  const deleted = edited(
    DOC,
    ['  n3: rectangle label:"Checkout"'],
    ['  n2.handle(right) -> n3.handle(left)'],
    ['  n3.handle(bottom) -> Billing.n7.handle(top)'],
  );
  await canvas.expectText(deleted);
  await canvas.renumberOffer.click();
  const renumbered = deleted
    .replaceAll('n4', 'n3')
    .replaceAll('n5', 'n4')
    .replaceAll('n6', 'n5')
    .replaceAll('n7', 'n6');
  await canvas.expectText(renumbered);
  await expect(canvas.renumberOffer).toHaveCount(0);
  await canvas.undo();
  await canvas.expectText(deleted);
});

test('deleting the highest id leaves no gap, so no renumber offer', async () => {
  await canvas.selectNode('n7');
  await canvas.pressDelete();
  await canvas.expectText(
    edited(
      DOC,
      ['  n7: rectangle label:"Charge card"'],
      ['  n3.handle(bottom) -> Billing.n7.handle(top)'],
      ['  n7.handle(right) -> n4.handle(left)'],
    ),
  );
  await expect(canvas.renumberOffer).toHaveCount(0);
});

// --- labels and shapes ------------------------------------------------------------------------

test('double-click renames a node in place; Enter commits', async () => {
  await canvas.renameNode('n2', 'Catalogue');
  await expectOneUndoStep(
    edited(DOC, ['  n2: rectangle label:"Browse"', '  n2: rectangle label:"Catalogue"']),
  );
  await expect(canvas.node('n2')).toContainText('Browse');
});

test('Escape in the rename field changes nothing', async () => {
  await canvas.renameNode('n2', 'Catalogue', 'Escape');
  await expect(canvas.node('n2')).toContainText('Browse');
  expect(await canvas.text()).toBe(DOC);
  expect(await canvas.page.evaluate(() => window.__fzStudio!.canUndo())).toBe(false);
});

test('BR-06(b): a label with quotes and a backslash is written escaped and reads back exactly', async () => {
  await canvas.renameNode('n5', 'Say "hi" \\ bye');
  await canvas.expectText(
    edited(DOC, ['  n5: diamond label:"Paid?"', '  n5: diamond label:"Say \\"hi\\" \\\\ bye"']),
  );
  await expect(canvas.node('n5')).toContainText('Say "hi" \\ bye');
  await canvas.undo();
  await canvas.expectText(DOC);
});

test('a label typed with markup stays inert text', async () => {
  await canvas.renameNode('n2', '<img src=x onerror="window.__pwned=1">');
  await expect(canvas.node('n2')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(canvas.canvas.locator('img')).toHaveCount(0);
  expect(
    await canvas.page.evaluate(() => (window as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('the context menu changes a node’s shape', async () => {
  await canvas.openNodeMenu('n4');
  await canvas.chooseMenu('shape', 'shape-diamond');
  await expectOneUndoStep(
    edited(DOC, ['  n4: rectangle label:"Invoice"', '  n4: diamond label:"Invoice"']),
  );
});

// --- lanes of nodes ----------------------------------------------------------------------------

test('dragging a node onto another lane moves its line there and fixes its edges', async () => {
  const target = await canvas.laneCentreAt('Billing', (await canvas.node('n2').boundingBox())!.x);
  await canvas.dragNodeTo('n2', target);
  await canvas.expectText(MOVED_N2);
  await expect
    .poll(async () => (await readSavedWorkspace(canvas.page))?.pinned['n2']?.lane)
    .toBe('Billing');
  await canvas.undo();
  await canvas.expectText(DOC);
});

test('"Move to lane ▸" in the context menu works from the keyboard alone', async () => {
  await canvas.selectNode('n2');
  await canvas.page.keyboard.press('Shift+F10');
  await expect(canvas.menu).toBeVisible();
  await expect(canvas.menuItem('rename')).toBeFocused();
  await canvas.page.keyboard.press('ArrowDown');
  await canvas.page.keyboard.press('ArrowDown');
  await expect(canvas.menuItem('move')).toBeFocused();
  await canvas.page.keyboard.press('Enter');
  await canvas.page.keyboard.press('ArrowDown');
  await expect(canvas.menuItem('move-Billing')).toBeFocused();
  await canvas.page.keyboard.press('Enter');
  await expect(canvas.menu).toHaveCount(0);
  await expectOneUndoStep(MOVED_N2);
});

test('dragging a node within its lane changes no text and adds no undo step', async () => {
  const box = (await canvas.node('n2').boundingBox())!;
  await canvas.dragNodeTo('n2', { x: box.x + box.width / 2 + 40, y: box.y + box.height / 2 + 6 });
  await expect
    .poll(async () => (await canvas.node('n2').boundingBox())!.x)
    .toBeGreaterThan(box.x + 20);
  expect(await canvas.text()).toBe(DOC);
  expect(await canvas.page.evaluate(() => window.__fzStudio!.canUndo())).toBe(false);
  // Only the sidecar remembers the new place.
  await expect
    .poll(async () => (await readSavedWorkspace(canvas.page))?.pinned['n2']?.lane)
    .toBe('Shop');
});

// --- edges ---------------------------------------------------------------------------------------

test('connecting two handles adds an edge line in the source lane with the lane prefix', async () => {
  await canvas.connect('n1', 'bottom', 'n4', 'top');
  await expectOneUndoStep(
    inserted(
      DOC,
      '  n3.handle(bottom) -> Billing.n7.handle(top)',
      '  n1.handle(bottom) -> Billing.n4.handle(top)',
    ),
  );
});

test('dragging an edge’s target end to another handle reconnects it', async () => {
  await canvas.reconnect('e1', 'target', 'left', 'n3', 'top');
  await expectOneUndoStep(
    edited(DOC, ['  n1.handle(right) -> n2.handle(left)', '  n1.handle(right) -> n3.handle(top)']),
  );
});

test('dragging an edge’s source end to another node reconnects that end', async () => {
  await canvas.reconnect('e3', 'source', 'bottom', 'n2', 'bottom');
  await expectOneUndoStep(
    edited(DOC, [
      '  n3.handle(bottom) -> Billing.n7.handle(top)',
      '  n2.handle(bottom) -> Billing.n7.handle(top)',
    ]),
  );
});

test('double-clicking an edge adds a label', async () => {
  await canvas.editEdgeLabel('e1', 'Go');
  await expectOneUndoStep(
    edited(DOC, [
      '  n1.handle(right) -> n2.handle(left)',
      '  n1.handle(right) -> n2.handle(left) [label="Go"]',
    ]),
  );
});

test('double-clicking an edge label edits it', async () => {
  await canvas.editEdgeLabel('e6', 'Paid');
  await expectOneUndoStep(
    edited(DOC, [
      '  n5.handle(right) -> n6.handle(left) [label="Yes"]',
      '  n5.handle(right) -> n6.handle(left) [label="Paid"]',
    ]),
  );
});

test('an emptied edge label is removed', async () => {
  await canvas.editEdgeLabel('e6', '');
  await canvas.expectText(
    edited(DOC, [
      '  n5.handle(right) -> n6.handle(left) [label="Yes"]',
      '  n5.handle(right) -> n6.handle(left)',
    ]),
  );
  await expect(canvas.edgeLabel('e6')).toHaveCount(0);
  await canvas.undo();
  await canvas.expectText(DOC);
});

// --- copy and paste ------------------------------------------------------------------------------

test('Ctrl+C, Ctrl+V pastes the selection with new ids into the selected node’s lane', async () => {
  await canvas.selectNode('n1');
  await canvas.selectNode('n2', { add: true });
  await canvas.page.keyboard.press('ControlOrMeta+c');
  await canvas.selectNode('n5');
  await canvas.page.keyboard.press('ControlOrMeta+v');
  await expectOneUndoStep(PASTED);
});

test('Ctrl+V after a click on empty lane space pastes into that lane', async () => {
  await canvas.selectNode('n1');
  await canvas.page.keyboard.press('ControlOrMeta+c');
  // A click on empty space in Billing clears the selection and makes Billing the target lane.
  const lane = (await canvas.lane('Billing').boundingBox())!;
  const pane = (await canvas.canvas.boundingBox())!;
  await canvas.page.mouse.click(
    Math.min(lane.x + lane.width, pane.x + pane.width) - 60,
    lane.y + 12,
  );
  await expect(canvas.page.getByTestId('palette-target')).toHaveText('→ Billing');
  await canvas.page.keyboard.press('ControlOrMeta+v');
  await expectOneUndoStep(
    inserted(DOC, '  n7: rectangle label:"Charge card"', '  n8: circle label:"Start"'),
  );
});
