import { SCREENSHOTS, expect, markerCentre, openMap, paintedShare, darkestPixelNear, test, waitForMapsAtRest } from './fixtures';
import { findOffice } from './findOffice';

test('shows the summary line, the legend and a drawn map of the network', async ({ guarded: page }) => {
  await openMap(page);
  await expect(page.getByTestId('summary-line')).toHaveText('48 field offices · 156 countries covered · 5 regions');
  await expect(page.locator('.office-marker')).toHaveCount(48);
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const entry of ['Regional hub', 'Regional office', 'Country office', 'Reports to', 'Not covered']) await expect(legend).toContainText(entry);
  expect(await paintedShare(page)).toBeGreaterThan(0.05);
  await page.screenshot({ path: `${SCREENSHOTS}/map-default.png` });
});

test('clicking an office shows its details, coverage and source in the side panel', async ({ guarded: page }) => {
  await openMap(page);
  await page.locator('.office-marker[title^="UNIDO Regional Office Kenya,"]').click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: 'UNIDO Regional Office Kenya' })).toBeVisible();
  await expect(panel).toContainText('Regional office');
  await expect(panel).toContainText('Countries covered (5)');
  await expect(panel.getByRole('button', { name: 'Eritrea' })).toBeVisible();
  await expect(panel).toContainText('Partly confirmed');
  await expect(panel.getByRole('link', { name: /mfa\.go\.ke/ })).toBeVisible();
  await expect(page.getByText('Selected office: UNIDO Regional Office Kenya, Nairobi.')).toBeAttached();
  await page.screenshot({ path: `${SCREENSHOTS}/map-office-selected.png` });

  await panel.getByRole('button', { name: 'UNIDO Regional Hub Ethiopia' }).click();
  await expect(panel.getByRole('heading', { name: 'UNIDO Regional Hub Ethiopia' })).toBeVisible();
  await expect(panel).toContainText('Offices reporting to it');
});

test('offices and countries can be selected from the keyboard with the Find selects', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('combobox', { name: 'Find office' }).focus();
  await findOffice(page, 'UNIDO Regional Hub China (Beijing)');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: 'UNIDO Regional Hub China' })).toBeVisible();
  await page.getByLabel('Find country').selectOption({ label: 'Tuvalu' });
  await expect(panel.getByRole('heading', { name: 'Tuvalu' })).toBeVisible();
  await expect(panel).toContainText('UNIDO Country Office Indonesia');
  await panel.getByRole('button', { name: 'UNIDO Country Office Indonesia' }).press('Enter');
  await expect(panel.getByRole('heading', { name: 'UNIDO Country Office Indonesia' })).toBeVisible();
});

test('clicking a country says which office covers it', async ({ guarded: page }) => {
  await openMap(page);
  const beijing = await page.locator('.office-marker[title^="UNIDO Regional Hub China,"]').boundingBox();
  if (!beijing) throw new Error('Beijing marker not on screen');
  // 70 px west of Beijing is still China at world zoom.
  await page.mouse.move(beijing.x - 70, beijing.y + 10);
  await expect(page.locator('.leaflet-tooltip')).toContainText('China');
  await page.mouse.click(beijing.x - 70, beijing.y + 10);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { name: 'China' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'UNIDO Regional Hub China' })).toBeVisible();
  await expect(panel).toContainText('office in the country');
});

test('the region filter shows one region and the coverage lines appear on demand', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByLabel('Region', { exact: true }).selectOption('Latin America and the Caribbean');
  await expect(page.locator('.office-marker')).toHaveCount(7);
  await page.getByLabel('Coverage lines').check();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Covers country');
  await waitForMapsAtRest(page);
  await page.screenshot({ path: `${SCREENSHOTS}/map-lac-coverage-lines.png` });
  await page.getByLabel('Region', { exact: true }).selectOption('');
  await expect(page.locator('.office-marker')).toHaveCount(48);
});

test('reporting lines are drawn above the country shapes on first load', async ({ guarded: page }) => {
  await openMap(page);
  // Brasilia reports to Montevideo; halfway between them the line crosses southern Brazil,
  // with no marker near. Polled (not a fixed wait): on a busy machine the canvas may paint late.
  const hub = await markerCentre(page, 'UNIDO Regional Office Uruguay');
  const office = await markerCentre(page, 'UNIDO Country Office Brazil');
  await expect
    .poll(async () => Math.max(...(await darkestPixelNear(page, (hub.x + office.x) / 2, (hub.y + office.y) / 2))), { message: 'the pixel halfway should be the dark reporting line' })
    .toBeLessThan(100);
});

test('an office picked from another region clears the region filter and is shown', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByLabel('Region', { exact: true }).selectOption('Africa');
  await findOffice(page, 'UNIDO Regional Hub Mexico (Mexico City)');
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('');
  await expect(page.locator('.office-marker[title^="UNIDO Regional Hub Mexico,"]')).toBeInViewport();
});

test('inferred offices are marked on the map and in the legend', async ({ guarded: page }) => {
  await openMap(page);
  // 19 inferred offices under the confidence standard (data/sources/decisions-2026-12.md).
  await expect(page.locator('.office-marker path[stroke-dasharray]')).toHaveCount(19);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Dashed outline: office inferred');
  await page.locator('.office-marker[title^="UNIDO Country Office Uganda,"]').hover();
  await expect(page.locator('.leaflet-tooltip')).toContainText('not yet confirmed');
});

test('"About the data" opens a dialog that closes with Escape and gives focus back', async ({ guarded: page }) => {
  await openMap(page);
  const button = page.getByRole('button', { name: 'About the data' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  await expect(dialog).toContainText('illustrative');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
