import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { edited, GESTURE_DOC, GESTURE_DOC_IDS } from './support/gestureText';

// Lane gestures from the lane rail ("⋯" menus, "+ Lane") and the lane header, each checked
// against the exact text and undone with one Ctrl+Z.
const DOC = GESTURE_DOC;
const lines = DOC.split('\n');
/** The Shop block (header to closing brace) and the Billing block, as lines. */
const SHOP = lines.slice(0, 8);
const BILLING = lines.slice(8, 17);

let canvas: CanvasPage;

async function expectOneUndoStep(before: string, expected: string): Promise<void> {
  await canvas.expectText(expected);
  await canvas.undo();
  await canvas.expectText(before);
}

test.beforeEach(async ({ page }) => {
  canvas = new CanvasPage(page);
  await canvas.load(DOC, GESTURE_DOC_IDS);
});

test('"+ Lane" adds a named lane block after the last lane', async () => {
  await canvas.addLane('Support team');
  // A blank line separates the new block from the one before it.
  await canvas.expectText(DOC + '\nSupportTeam { # Support team\n}\n');
  await expect(canvas.lane('SupportTeam')).toBeVisible();
  await canvas.undo();
  await canvas.expectText(DOC);
  await expect(canvas.lane('SupportTeam')).toHaveCount(0);
});

test('the lane menu renames a lane’s label, not its id', async () => {
  await canvas.openLaneMenu('Billing');
  await canvas.menuItem('lane-rename').click();
  await expect(canvas.editor).toBeFocused();
  await canvas.editor.fill('Payments');
  await canvas.editor.press('Enter');
  await expectOneUndoStep(DOC, edited(DOC, ['Billing { # Billing', 'Billing { # Payments']));
});

test('double-clicking a lane’s label column renames it too', async () => {
  const header = (await canvas.lane('Shop').boundingBox())!;
  await canvas.page.mouse.dblclick(header.x + 30, header.y + header.height / 2);
  await expect(canvas.editor).toBeFocused();
  await expect(canvas.editor).toHaveValue('Web Shop');
  await canvas.editor.fill('Storefront');
  await canvas.editor.press('Enter');
  await expectOneUndoStep(DOC, edited(DOC, ['Shop { # Web Shop', 'Shop { # Storefront']));
});

test('"Move lane up" puts the lane block before the previous one', async () => {
  await canvas.openLaneMenu('Billing');
  await expect(canvas.menuItem('lane-down')).toHaveCount(0);
  await canvas.chooseMenu('lane-up');
  await expectOneUndoStep(DOC, [...BILLING, ...SHOP, ''].join('\n'));
});

test('"Move lane down" puts the lane block after the next one', async () => {
  await canvas.openLaneMenu('Shop');
  await expect(canvas.menuItem('lane-up')).toHaveCount(0);
  await canvas.chooseMenu('lane-down');
  await expectOneUndoStep(DOC, [...BILLING, ...SHOP, ''].join('\n'));
});

test('an empty lane is deleted without asking', async ({ page }) => {
  const withOps = DOC + 'Ops { # Operations\n}\n';
  canvas = new CanvasPage(page);
  await canvas.studio.setText(withOps);
  await expect(canvas.lane('Ops')).toBeVisible();
  await canvas.openLaneMenu('Ops');
  await canvas.chooseMenu('lane-delete');
  await expectOneUndoStep(withOps, DOC);
});

test('deleting a lane with nodes asks first; Cancel keeps it, confirming removes it and its edges', async () => {
  await canvas.openLaneMenu('Billing');
  await canvas.menuItem('lane-delete').click();
  await expect(canvas.menu).toContainText('4 nodes');
  await canvas.chooseMenu('cancel');
  expect(await canvas.text()).toBe(DOC);

  await canvas.openLaneMenu('Billing');
  await canvas.menuItem('lane-delete').click();
  await canvas.chooseMenu('confirm-delete-lane');
  await expectOneUndoStep(
    DOC,
    [
      ...edited(SHOP.join('\n'), ['  n3.handle(bottom) -> Billing.n7.handle(top)']).split('\n'),
      '',
    ].join('\n'),
  );
});
