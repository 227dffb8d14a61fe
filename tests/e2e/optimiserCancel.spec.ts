// Cancelling the optimiser in the browser: the worker is stopped, nothing is proposed or
// applied (no scenario, the map still shows today's network), the form is idle again, and a
// new run afterwards shows its own result only.
import { SCREENSHOTS, expect, test } from './fixtures';
import { openMapPatiently as openMap, patient } from './patience';

test('cancelling a long run leaves nothing behind and the form ready for another run', async ({ guarded: page }) => {
  await openMap(page);
  const scenarioOptions = page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option');
  const scenariosBefore = await scenarioOptions.allTextContents();

  await page.getByRole('button', { name: 'Suggest' }).click();
  await page.getByLabel('Explore a range').check(); // 5 to 20 sub-regional offices
  // How hard to search sits under the Advanced fold.
  await page.getByText('Advanced: how hard to search').click();
  await page.getByLabel('Attempts').fill('64');
  await page.getByLabel('Attempts').blur();
  const run = page.getByRole('button', { name: 'Suggest a structure' });
  await run.click();

  const progress = page.getByRole('status').filter({ hasText: 'Searching…' });
  await expect(progress).toBeVisible();
  await expect(run).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel' }).click();

  await expect(progress).toHaveCount(0);
  await expect(run).toBeEnabled();
  await expect(page.getByRole('table', { name: /Objective by number of sub-regional offices/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open as a new scenario' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/optimiser-cancelled.png` });

  // A short run afterwards shows its own two proposals, not the sixteen of the cancelled one.
  await page.getByLabel('Smallest number').fill('6');
  await page.getByLabel('Smallest number').blur();
  await page.getByLabel('Largest number').fill('7');
  await page.getByLabel('Largest number').blur();
  await page.getByLabel('Attempts').fill('1');
  await page.getByLabel('Attempts').blur();
  await run.click();
  const proposals = page.getByRole('table', { name: /Objective by number of sub-regional offices/ });
  await patient(proposals.locator('tbody tr')).toHaveCount(2);
  await expect(proposals.locator('tbody tr').first()).toContainText('6');

  // Nothing was applied: no new scenario, and the map still shows today's network.
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(scenarioOptions).toHaveText(scenariosBefore);
  await expect(page.getByTestId('summary-line')).toHaveText('48 field offices · 156 countries covered · 5 regions');
});
