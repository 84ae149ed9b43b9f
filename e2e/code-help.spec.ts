import { expect, test } from '@playwright/test';
import { formatFz } from '../src/core/fz';
import { CLEAN, withLine } from '../src/core/lang/testDocs';
import { StudioPage } from './pages/StudioPage';

/** 1-based column of the first `token` on line `line` (1-based) of `text`, plus `delta`. */
function columnOf(text: string, line: number, token: string, delta = 0): number {
  const at = text.split('\n')[line - 1]!.indexOf(token);
  if (at < 0) throw new Error(`${token} not on line ${line}`);
  return at + 1 + delta;
}

async function openWith(studio: StudioPage, text: string): Promise<void> {
  await studio.open();
  await studio.setText(text);
  await expect.poll(() => studio.getText()).toBe(text);
}

test('completion on a new line in a lane offers a node line with the next free id', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await openWith(studio, CLEAN);
  // Line 3 is n2 in lane Client; the highest id in the file is n4.
  await studio.insertLineAfter(3, 'n');
  await studio.triggerSuggest();
  await expect(studio.suggestWidget).toContainText('n5: …');
  expect((await studio.suggestionLabels())[0]).toBe('n5: …');

  await page.keyboard.press('Enter'); // accept; the snippet selects the shape choice
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => (await studio.getText()).split('\n')[3])
    .toBe('  n5: rectangle label:""');
});

test('a quick-fix turns `label=` into `label:` in one undoable step and the marker goes', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const broken = withLine(2, '  n1: circle label="Start"');
  await openWith(studio, broken);
  await expect.poll(async () => (await studio.markers()).map((m) => m.code)).toEqual(['FZ008']);

  await studio.caretTo(2, columnOf(broken, 2, 'label', 2));
  await studio.applyQuickFix("Write 'label:' with a colon");
  await expect.poll(() => studio.getText()).toBe(CLEAN);
  await expect.poll(async () => (await studio.markers()).map((m) => m.code)).toEqual([]);

  // The fix was one edit group: one undo brings the broken line back.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => studio.getText()).toBe(broken);
});

test('hover on a node reference shows its label, shape and lane', async ({ page }) => {
  const studio = new StudioPage(page);
  await openWith(studio, CLEAN);
  // Line 5: `n2.handle(bottom) -> Api.n3.handle(top)`; the caret goes inside `n3`.
  await studio.caretTo(5, columnOf(CLEAN, 5, 'Api.n3', 5));
  const hover = await studio.showHover();
  await expect(hover).toContainText('Check Order');
  await expect(hover).toContainText('rectangle');
  await expect(hover).toContainText('lane Api (Public API)');
});

test('F2 renames a node id in its declaration and every reference', async ({ page }) => {
  const studio = new StudioPage(page);
  await openWith(studio, CLEAN);
  await studio.caretTo(5, columnOf(CLEAN, 5, 'Api.n3', 5));
  await studio.renameSymbol('n7');
  await expect.poll(() => studio.getText()).toBe(CLEAN.replace(/\bn3\b/g, 'n7'));
  expect(CLEAN.match(/\bn3\b/g)).toHaveLength(3);

  // A taken id is refused with the reason, and nothing changes.
  const renamed = await studio.getText();
  await studio.caretTo(2, columnOf(renamed, 2, 'n1', 1));
  await studio.renameSymbol('n2');
  await expect(studio.editorMessage).toContainText('n2 is already the id of "Send Order"');
  expect(await studio.getText()).toBe(renamed);
});

test('Format Document prints the canonical text', async ({ page }) => {
  const studio = new StudioPage(page);
  const messy = CLEAN.replace('  n1: circle label:"Start"', 'n1:   circle   label:"Start"').replace(
    '  n3.handle(right) -> n4.handle(left)',
    '      n3.handle(right)->n4.handle(left)',
  );
  const canonical = formatFz(messy);
  if (!canonical.ok) throw new Error('the test text should be valid');
  await openWith(studio, messy);
  await studio.formatDocument();
  await expect.poll(() => studio.getText()).toBe(canonical.text);
});
