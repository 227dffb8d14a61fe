import { SCREENSHOTS, expect, openMap, test } from './fixtures';

test('the offices table lists all 48 offices and sorts and filters them', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tables' }).click();
  const table = page.getByRole('table', { name: /Field offices/ });
  await expect(table.locator('tbody tr')).toHaveCount(48);
  await expect(table).toHaveAccessibleName(/48 rows/);

  await table.getByRole('button', { name: /Countries covered/ }).click();
  await table.getByRole('button', { name: /Countries covered/ }).click();
  await expect(table.locator('tbody tr').first()).toContainText('UNIDO Regional Hub Mexico');
  await expect(table.locator('tbody tr').first()).toContainText('22');
  await page.screenshot({ path: `${SCREENSHOTS}/tables-offices.png` });

  await page.getByLabel('Filter rows').fill('nairobi');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText('UNIDO Regional Office Kenya');
});

test('the countries table shows all 156 covered countries and opens one on the map', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tables' }).click();
  await page.getByRole('button', { name: 'Countries', exact: true }).click();
  const table = page.getByRole('table', { name: /Countries/ });
  await expect(table.locator('tbody tr')).toHaveCount(156);
  await page.getByLabel('Filter rows').fill('somalia');
  await expect(table.locator('tbody tr')).toContainText('UNIDO Regional Hub Ethiopia');
  await table.getByRole('button', { name: 'Show Somalia on map' }).click();
  await expect(page.getByTestId('network-map')).toBeVisible();
  const heading = page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Somalia' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  await page.getByRole('button', { name: 'Tables' }).click();
  await expect(page.getByLabel('Filter rows')).toHaveValue('somalia');
  await expect(page.getByRole('table', { name: /Countries/ })).toBeVisible();
});
