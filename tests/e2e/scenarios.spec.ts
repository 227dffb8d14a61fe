// Scenarios end to end: building a two-tier scenario, durability across reloads and tabs,
// undo/redo, paint mode, backup and restore into a fresh profile, share links, side by side.
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, markerCentre, openMap, savedScenarios, test, waitForMapsAtRest } from './fixtures';
import { findOffice } from './findOffice';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function startTwoTier(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
}

// Somalia is covered from Addis Ababa in the data (data/sources/decisions-2026-12.md); the edit moves it back to Nairobi.
async function coverSomaliaFromNairobi(page: Page): Promise<void> {
  await page.getByLabel('Find country').selectOption({ label: 'Somalia' });
  await panel(page).getByLabel('Covered by').selectOption({ label: 'UNIDO Regional Office Kenya (Nairobi)' });
  await expect(panel(page).getByRole('button', { name: 'UNIDO Regional Office Kenya' })).toBeVisible();
}


const scenarioCards = (page: Page) => savedScenarios(page).getByRole('listitem');

async function changeLog(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /^Changes \(\d+\)$/ }).click();
  return panel(page).locator('ol li .text').allTextContents();
}

test('a two-tier scenario built in the UI survives a reload, with undo and redo', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await expect(page.getByText(/Saved · \d+ problems/)).toBeVisible();
  // Senegal becomes a country office reporting to Abuja.
  await findOffice(page, 'UNIDO Regional Office Senegal (Dakar)');
  await panel(page).getByLabel('Tier').selectOption('Country office');
  await panel(page).getByLabel('Reports to').selectOption({ label: 'UNIDO Regional Hub Nigeria — Sub-regional office' });
  await coverSomaliaFromNairobi(page);
  const before = await changeLog(page);
  expect(before.slice(-3)).toEqual([
    'UNIDO Regional Office Senegal → country office',
    'UNIDO Regional Office Senegal now reports to UNIDO Regional Hub Nigeria',
    'Somalia: covered from Addis Ababa → Nairobi',
  ]);

  await page.reload();
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  expect(await changeLog(page)).toEqual(before);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: `Changes (${before.length - 1})` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: `Changes (${before.length - 1})` })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(await changeLog(page)).toEqual(before);

  // Keyboard: Ctrl+Z / Ctrl+Shift+Z with the focus outside a form field.
  await page.getByRole('button', { name: 'Redo' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: `Changes (${before.length - 1})` })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('button', { name: `Changes (${before.length})` })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/scenario-change-log.png` });
});

test('one change can be reverted from the change log, and the checks link to what to fix', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await coverSomaliaFromNairobi(page);
  await page.getByRole('button', { name: /^Changes/ }).click();
  await panel(page).getByRole('button', { name: 'Revert: Somalia: covered from Addis Ababa → Nairobi' }).click();
  await expect(panel(page)).not.toContainText('Somalia: covered from');

  // The problem count in the scenario bar opens the checks.
  await page.getByRole('group', { name: 'Scenario bar' }).getByRole('button', { name: /^\d+ problems?$/ }).click();
  await expect(panel(page)).toContainText('problems to decide');
  await panel(page).getByRole('button', { name: 'Show' }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
});

test('paint mode assigns clicked countries to the selected office', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await findOffice(page, 'UNIDO Regional Office Kenya (Nairobi)');
  await panel(page).getByRole('button', { name: 'Assign countries on the map' }).click();
  await expect(page.getByText('Assigning countries to UNIDO Regional Office Kenya')).toBeVisible();
  const beijing = await markerCentre(page, 'UNIDO Regional Hub China');
  await page.mouse.click(beijing.x - 70, beijing.y + 10);
  // The tooltip under the pointer follows the edit at once.
  await expect(page.locator('.leaflet-tooltip')).toContainText('Covered by UNIDO Regional Office Kenya');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Assigning countries to')).toBeHidden();
  expect((await changeLog(page)).at(-1)).toBe('China: covered from Beijing → Nairobi');
});

test('a change made in one tab shows in another tab of the same browser', async ({ guarded: page, context }) => {
  await openMap(page);
  await startTwoTier(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('network-map')).toHaveAttribute('data-ready', 'true');
  const count = (await changeLog(other)).length;
  await coverSomaliaFromNairobi(page);
  await expect(other.getByRole('button', { name: `Changes (${count + 1})` })).toBeVisible();
  await other.close();
});

test('side by side shows the baseline and the scenario with changed countries outlined', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await coverSomaliaFromNairobi(page);
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page.getByTestId('network-map')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Covered from another office than today');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Sub-regional office');
  await waitForMapsAtRest(page);
  await page.screenshot({ path: `${SCREENSHOTS}/scenario-side-by-side.png` });
});

test('a workspace exported and imported into a fresh profile gives identical scenarios', async ({ guarded: page, browser }) => {
  await openMap(page);
  await startTwoTier(page);
  await coverSomaliaFromNairobi(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export workspace' }).click()]);
  const backup = await download.path();
  const original = await savedScenarios(page).innerText();

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await freshPage.goto('/');
  await freshPage.getByRole('button', { name: 'Scenarios' }).click();
  await expect(freshPage.getByText('No scenarios yet')).toBeVisible();
  await freshPage.getByLabel('Import workspace').setInputFiles(backup);
  const dialog = freshPage.getByRole('dialog', { name: 'Import workspace' });
  await expect(dialog).toContainText('holds 1 scenario');
  await dialog.getByRole('button', { name: 'Replace my workspace' }).click();
  await expect(savedScenarios(freshPage)).toHaveText(original);
  await fresh.close();
});

test('a damaged backup is refused with a clear message and changes nothing', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByLabel('Import workspace').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"field-network-planner/workspace","version":1,"data":{"scenarios":[{"id":"x"') });
  await expect(page.getByRole('alert')).toContainText('nothing was changed');
  await expect(page.getByRole('alert')).toContainText('broken.json: This is not a readable JSON file');
  await expect(scenarioCards(page)).toHaveCount(1);
});

test('a share link opens the scenario as a preview and saves it only when asked', async ({ guarded: page, browser }) => {
  await openMap(page);
  await startTwoTier(page);
  await coverSomaliaFromNairobi(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: /^Share link to / }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/#share=/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: 'Shared scenario' });
  await expect(banner).toContainText('It is not saved in this browser yet');
  await other.getByLabel('Find country').selectOption({ label: 'Somalia' });
  await expect(other.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'UNIDO Regional Office Kenya' })).toBeVisible();
  await banner.getByRole('button', { name: 'Save to my scenarios' }).click();
  await other.getByRole('button', { name: 'Scenarios' }).click();
  await expect(scenarioCards(other)).toHaveCount(1);
  await fresh.close();
});

test('a scenario can be deleted and restored from the trash', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: /^Delete / }).click();
  await expect(scenarioCards(page)).toHaveCount(0);
  await page.getByRole('button', { name: /^Restore / }).click();
  await expect(scenarioCards(page)).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-list.png` });
});

test('a new office can be opened in a scenario and given countries', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await panel(page).getByRole('button', { name: 'Open a new office' }).click();
  await panel(page).getByLabel('Name').fill('UNIDO Country Office Ghana (new)');
  await panel(page).getByLabel('City').fill('Kumasi');
  await panel(page).getByLabel('Host country').selectOption({ label: 'Ghana' });
  await expect(panel(page).getByLabel('Latitude')).not.toHaveValue('');
  await panel(page).getByLabel('Reports to').selectOption({ label: 'UNIDO Regional Hub Nigeria' });
  await panel(page).getByRole('button', { name: 'Open office' }).click();
  await expect(panel(page).getByRole('heading', { name: 'UNIDO Country Office Ghana (new)', exact: true })).toBeVisible();
  await expect(page.locator('.office-marker[title^="UNIDO Country Office Ghana (new),"]')).toHaveCount(1);
  await page.getByLabel('Find country').selectOption({ label: 'Liberia' });
  await panel(page).getByLabel('Covered by').selectOption({ label: 'UNIDO Country Office Ghana (new) (Kumasi)' });
  const log = await changeLog(page);
  expect(log.slice(-2)).toEqual(['Opened UNIDO Country Office Ghana (new) (Kumasi, Ghana)', 'Liberia: covered from Accra → Kumasi']);
});

test('a scenario downloaded as a file can be imported in another browser profile', async ({ guarded: page, browser }) => {
  await openMap(page);
  await startTwoTier(page);
  await coverSomaliaFromNairobi(page);
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download / }).click()]);
  expect(download.suggestedFilename()).toBe('two-tier-scenario-1.scenario.json');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Scenarios' }).click();
  await other.getByLabel('Import scenario file').setInputFiles((await download.path()) ?? '');
  await expect(scenarioCards(other)).toHaveCount(1);
  await expect(savedScenarios(other)).toContainText('Two-tier scenario 1');
  await fresh.close();
});

test('the office editor offers the two-tier choices, and lists reporting offices by region', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await findOffice(page, 'UNIDO Country Office Uganda (Kampala)');
  const tier = panel(page).getByLabel('Tier');
  await expect(tier.locator('option')).toHaveText(['Sub-regional office', 'Country office']);
  const reportsTo = panel(page).getByLabel('Reports to');
  await expect(reportsTo.locator('optgroup').first()).toHaveAttribute('label', 'Africa');
  await expect(reportsTo.locator('option', { hasText: 'UNIDO Country Office Tanzania' })).toHaveCount(0);

  await page.getByRole('button', { name: 'New scenario' }).click();
  await findOffice(page, 'UNIDO Regional Office Kenya (Nairobi)');
  await expect(panel(page).getByLabel('Tier').locator('option')).toHaveText(['Regional office (old structure)', 'Sub-regional office', 'Country office']);
});
