import { expect, test } from '@playwright/test';
import { StudioPage, TID } from './pages/StudioPage';

test.describe('when the mock service worker cannot start', () => {
  test.use({ serviceWorkers: 'block' });

  test('the failure is shown, and simulations still run in their worker', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const status = page.getByTestId(TID.mswStatus);
    await expect(status).toHaveAttribute('data-status', 'failed', { timeout: 20_000 });
    await expect(status).toContainText('Mock services failed to start');
    await studio.run();
    await expect(page.locator('[data-testid^="sim-status-"]').first()).toBeVisible();
  });
});
