// The optimiser end to end: a range explored in a worker, the trade-off chart, the reasons,
// and the proposal for 12 sub-regional offices opened as a valid two-tier scenario.
import AxeBuilder from '@axe-core/playwright';
import { SCREENSHOTS, expect, openMap, test } from './fixtures';
import { patient } from './patience';

test('suggests 12 sub-regional offices, explains them, and opens them as a scenario with its scorecard', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Suggest' }).click();
  await page.getByLabel('At least one sub-regional office per region').check();
  await page.getByLabel('Explore a range').check();
  await page.getByLabel('Smallest number').fill('8');
  await page.getByLabel('Smallest number').blur();
  await page.getByLabel('Largest number').fill('14');
  await page.getByLabel('Largest number').blur();
  await page.getByRole('button', { name: 'Suggest a structure' }).click();

  const proposals = page.getByRole('table', { name: /Objective by number of sub-regional offices/ });
  // Seven optimiser runs in a worker: seconds when the machine is quiet, far longer when it is not.
  await patient(proposals.locator('tbody tr')).toHaveCount(7);
  await expect(page.getByRole('img', { name: /Objective by number of sub-regional offices: 8:/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show the proposal with 12 sub-regional offices' }).click();
  const reasons = page.locator('section[aria-labelledby="chosen-title"] ol > li');
  await expect(page.getByRole('heading', { name: '12 sub-regional offices: why these' })).toBeVisible();
  await expect(reasons).toHaveCount(12);
  await page.setViewportSize({ width: 1440, height: 2200 });
  await page.screenshot({ path: `${SCREENSHOTS}/optimiser.png` });
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Open as a new scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked')).toHaveText('Suggested: 12 sub-regional offices');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Sub-regional office');
  await expect(page.getByRole('region', { name: 'Legend' })).not.toContainText('Regional hub');
  await page.getByRole('button', { name: /^Checks \(\d+\)$/ }).click();
  const checks = page.getByRole('complementary', { name: 'Details' });
  await expect(checks).not.toContainText('still a regional');
  await expect(checks).not.toContainText('reports to no office');
  await expect(checks).not.toContainText('circle');
  await page.screenshot({ path: `${SCREENSHOTS}/optimiser-scenario-map.png` });

  await page.getByRole('button', { name: 'Scorecard' }).click();
  await page.getByLabel('Scenario').selectOption({ label: 'Suggested: 12 sub-regional offices' });
  await expect(page.getByText(/overall score \/ 100/)).toBeVisible();
  const tiers = page.getByRole('row', { name: /Number of tiers/ });
  await expect(tiers).toContainText('2 tiers');
});
