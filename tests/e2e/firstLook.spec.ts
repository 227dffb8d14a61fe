import { expect, test } from '@playwright/test';
test('look', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'tests/output/look-map.png' });
});
