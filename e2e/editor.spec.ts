import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

/** The vertical centre of line `lineNumber`'s gutter number, to find what is drawn on that line. */
async function lineBand(page: Page, lineNumber: number): Promise<{ top: number; bottom: number }> {
  const gutter = page.locator('.margin-view-overlays .line-numbers', {
    hasText: new RegExp(`^${lineNumber}$`),
  });
  const box = (await gutter.boundingBox())!;
  return { top: box.y, bottom: box.y + box.height };
}

test('a bad line gets an error marker on its line; the canvas keeps the diagram, marked stale', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  // Line 5 is n4; the new line 6 has an unknown shape.
  await studio.insertLineAfter(5, 'n18: hexagon label:"Cache"');

  await expect
    .poll(async () => (await studio.markers()).filter((m) => m.severity === 'error'))
    .toEqual([expect.objectContaining({ line: 6, endLine: 6 })]);
  const [marker] = (await studio.markers()).filter((m) => m.severity === 'error');
  const lineText = (await studio.getText()).split('\n')[5]!;
  // The marker sits on the shape word, not on the whole line or another token.
  expect(lineText.slice(marker!.column - 1, marker!.endColumn - 1)).toBe('hexagon');

  const squiggle = page.locator('.view-overlays .squiggly-error').first();
  await expect(squiggle).toBeVisible();
  const band = await lineBand(page, 6);
  const box = (await squiggle.boundingBox())!;
  expect(box.y + box.height / 2).toBeGreaterThan(band.top);
  expect(box.y + box.height / 2).toBeLessThan(band.bottom);

  await expect(studio.staleBanner).toBeVisible();
  await expect(studio.staleBanner).toContainText('1 error');
  await expect(studio.nodes).toHaveCount(17);
  await expect(studio.node('n18')).toHaveCount(0);

  // Fixing the shape clears the marker and the stale mark, and n18 appears.
  await studio.deleteLine(6);
  await studio.insertLineAfter(5, 'n18: rectangle label:"Cache"');
  await expect(studio.staleBanner).toHaveCount(0);
  await expect(studio.node('n18')).toBeVisible();
  expect((await studio.markers()).filter((m) => m.severity === 'error')).toEqual([]);
});

test('a node typed into the code appears on the canvas', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.nodes).toHaveCount(17);
  // After n17 (line 35), in the Services lane, plus an edge so it is not an orphan.
  await studio.insertLineAfter(35, 'n18: rectangle label:"Payment Service"');
  await studio.insertLineAfter(36, 'n17.handle(bottom) -> n18.handle(top) [label="Pay"]');
  await expect(studio.node('n18')).toBeVisible();
  await expect(studio.node('n18')).toContainText('Payment Service');
  await expect(studio.nodes).toHaveCount(18);
  await expect(studio.staleBanner).toHaveCount(0);
});

test('markers follow edits and never pile up (BR-11)', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const errors = async () =>
    (await studio.markers()).filter((m) => m.severity === 'error').map((m) => m.line);

  // Line 8 is `n3 -> n4`; the new line 9 points at a node that does not exist.
  await studio.insertLineAfter(8, 'n3.handle(bottom) -> n99.handle(top)');
  await expect.poll(errors).toEqual([9]);

  await studio.insertBlankLinesAtStart(3);
  await expect.poll(errors).toEqual([12]);
  expect((await studio.getText()).split('\n')[11]).toContain('n99');

  await studio.deleteLine(12);
  await expect.poll(errors).toEqual([]);
  expect(await studio.getText()).not.toContain('n99');
  await expect(page.locator('.view-overlays .squiggly-error')).toHaveCount(0);
});
