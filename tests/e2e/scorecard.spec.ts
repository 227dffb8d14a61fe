// The balanced scorecard end to end: the baseline's scorecard, a two-tier scenario compared
// with it, weights that change the composite and the ranking, robustness, drill-down to the map.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, openMap, test, waitForMapsAtRest } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);

test('the baseline scorecard shows scores, RAG status, definitions and charts', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Scorecard' }).click();
  await expect(page.getByText(/overall score \/ 100/)).toBeVisible();
  for (const perspective of ['Member States and partners', 'Internal process', 'Resources', 'People and learning']) {
    await expect(page.getByRole('heading', { name: new RegExp(perspective) })).toBeVisible();
  }
  await expect(page.getByText('How is this computed?').first()).toBeVisible();
  // Office figures are not embedded: the figure-based metrics say so instead of inventing a number.
  await expect(page.getByRole('cell', { name: 'no data' }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /by region:/ })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 2600 });
  await page.screenshot({ path: `${SCREENSHOTS}/scorecard-baseline.png` });
  expect(await axeViolations(page)).toEqual([]);
});

test('a two-tier scenario compared with the baseline; weights change the composite; robustness runs', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'Two-tier scenario 1' }).check();
  const table = page.getByRole('table', { name: /Scorecards side by side/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Metric', "Baseline (today's network)", 'Two-tier scenario 1']);
  await expect(table.getByText('★ best').first()).toBeVisible();
  await expect(page.getByText(/regional hub → sub-regional office/).first()).toBeVisible();

  const overall = table.getByRole('row', { name: /Overall score/ });
  const before = await overall.innerText();
  await page.getByLabel('Internal process').fill('100');
  await page.getByLabel('Member States and partners').fill('0');
  await expect(overall).not.toHaveText(before);
  await expect(page.getByRole('group', { name: 'Perspective weights' })).toContainText('0 %');

  await page.getByRole('button', { name: 'Run robustness check' }).click();
  const robustness = page.getByRole('table', { name: /Share of the 500 weightings/ });
  await expect(robustness.locator('tbody tr')).toHaveCount(2);
  await page.setViewportSize({ width: 1440, height: 3000 });
  await page.screenshot({ path: `${SCREENSHOTS}/compare.png` });
  expect(await axeViolations(page)).toEqual([]);
});

test('a metric drills down to the countries behind it, outlined on the map', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Scorecard' }).click();
  const withDrillDown = page.locator('details:has(button:text("Show on map"))').first();
  await withDrillDown.locator('summary').click();
  await expect(withDrillDown.locator('ol li').first()).toBeVisible();
  await withDrillDown.getByRole('button', { name: 'Show on map' }).click();
  await expect(page.getByTestId('network-map')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\s*Outlined:/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Outlined: behind the chosen metric');
  await waitForMapsAtRest(page);
  await page.screenshot({ path: `${SCREENSHOTS}/drill-down-on-map.png` });
});
