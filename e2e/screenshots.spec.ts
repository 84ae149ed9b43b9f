// The README's pictures of the studio, light and dark, remade by every run of the suite: the
// default document after its layout, with a burst simulation run below (the README's caption).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DOCUMENT } from '../src/app/defaultDocument';
import { CanvasPage } from './pages/CanvasPage';
import { TID } from './pages/StudioPage';
import { nodeIdsOf } from './support/expectedSim';
import { watchPage } from './support/watchers';

const LIGHT = fileURLToPath(new URL('./screenshots/studio.png', import.meta.url));
const DARK = fileURLToPath(new URL('./screenshots/studio-dark.png', import.meta.url));

async function save(page: Page, path: string): Promise<void> {
  // Away from every control, so that no button shows its hover state in the picture.
  await page.mouse.move(2, 2);
  const png = await page.screenshot();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
}

test('the studio in light and dark: the default document laid out, a burst run below', async ({
  page,
  context,
}) => {
  const watch = watchPage(context, page);
  const canvas = new CanvasPage(page);
  const studio = canvas.studio;
  await studio.open();
  await studio.waitForLayoutIdle();
  await expect(studio.nodes).toHaveCount(nodeIdsOf(DEFAULT_DOCUMENT).length);
  await expect(studio.staleBanner).toHaveCount(0);
  await expect(page.getByTestId('sim-preset-burst')).toBeChecked();
  await studio.run();
  await expect(page.getByTestId(TID.progress)).toHaveAttribute('data-status', 'done');
  await canvas.waitForStillLayout();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await save(page, LIGHT);

  await page.getByTestId(TID.themeToggle).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(studio.canvas).toHaveAttribute('data-color-mode', 'dark');
  await expect(studio.codePane.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  // Switching themes keeps the run and the layout: the same picture, in the other theme.
  await expect(studio.result).toBeVisible();
  await expect(studio.nodes).toHaveCount(nodeIdsOf(DEFAULT_DOCUMENT).length);
  await canvas.waitForStillLayout();
  await save(page, DARK);

  expect(watch.consoleErrors).toEqual([]);
});
