// TEMPORARY screenshot helper (deleted before hand-off).
import { expect, test } from '@playwright/test';
import { StudioPage } from '../pages/StudioPage';

test('shot', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.canvas).toHaveAttribute('data-layout', 'ready');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: process.env.FZ_SHOT ?? '/tmp/shot.png' });
  console.log('nodes', await studio.nodes.count());
});
