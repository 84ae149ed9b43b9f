import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { DEFAULT_DOCUMENT } from '../src/app/defaultDocument';

const LINES = DEFAULT_DOCUMENT.split('\n');
const lineOf = (text: string) => LINES.indexOf(text) + 1;
const N5_LINE = '  n5: rectangle label:"Verify JWT"';
const N9_LINE = '  n9: diamond label:"Within Quota?"';
// The sixth edge statement of the file: `e6`.
const E6_LINE = '  n6.handle(bottom) -> n8.handle(top) [label="No"]';

test('clicking a node selects its statement in the editor', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('n5').click();
  await expect(studio.node('n5')).toHaveClass(/fz-node--selected/);
  const line = lineOf(N5_LINE);
  await expect
    .poll(() => studio.editorSelections())
    .toEqual([{ line, column: 3, endLine: line, endColumn: N5_LINE.length + 1 }]);
  expect(await studio.selection()).toEqual({ nodes: ['n5'], edges: [] });
  // The editor shows the selection without taking the focus from the canvas.
  expect(await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(
    false,
  );
});

test('selecting two nodes on the canvas gives one editor selection each', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('n5').click();
  await studio.node('n9').click({ modifiers: ['Control'] });
  await expect(studio.node('n9')).toHaveClass(/fz-node--selected/);
  await expect
    .poll(async () => (await studio.editorSelections()).map((s) => s.line).sort((a, b) => a - b))
    .toEqual([lineOf(N5_LINE), lineOf(N9_LINE)]);
});

test('the cursor on an edge line selects that edge on the canvas, and nothing echoes back', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const line = lineOf(E6_LINE);
  await studio.caretToEndOfLine(line);
  await expect(studio.edge('e6')).toHaveClass(/selected/);
  expect(await studio.selection()).toEqual({ nodes: [], edges: ['e6'] });
  // The cursor stays a cursor: a selection that came from the code is not sent back to it.
  expect(await studio.editorSelections()).toEqual([
    { line, column: E6_LINE.length + 1, endLine: line, endColumn: E6_LINE.length + 1 },
  ]);

  // Moving on to a node line moves the highlight to that node.
  await page.keyboard.press('ArrowUp');
  await expect(studio.edge('e6')).not.toHaveClass(/selected/);
  await expect.poll(() => studio.selection()).toEqual({ nodes: [], edges: ['e5'] });
  await studio.caretToEndOfLine(lineOf(N5_LINE));
  await expect(studio.node('n5')).toHaveClass(/fz-node--selected/);
});

test('a diagnostic marks its node on the canvas until it is fixed', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.nodeProblem('n2')).toHaveCount(0);
  await studio.setText(DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexagon'));
  await expect(studio.staleBanner).toBeVisible();
  await expect(studio.nodeProblem('n2')).toBeVisible();
  await expect(studio.node('n2')).toHaveAttribute('data-problem', 'error');
  await expect(studio.nodeProblem('n3')).toHaveCount(0);

  await studio.setText(DEFAULT_DOCUMENT);
  await expect(studio.nodeProblem('n2')).toHaveCount(0);
  await expect(studio.node('n2')).not.toHaveAttribute('data-problem', /.+/);
});

test('a warning marks its node too, and the canvas is not stale then', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  // n4 loses its only edge: an orphan node is a warning on its own line.
  await studio.setText(DEFAULT_DOCUMENT.replace('  n3.handle(right) -> n4.handle(left)\n', ''));
  await expect(studio.nodeProblem('n4')).toBeVisible();
  await expect(studio.node('n4')).toHaveAttribute('data-problem', 'warning');
  await expect(studio.staleBanner).toHaveCount(0);
});
