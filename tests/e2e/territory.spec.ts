// Territory design end to end: Suggest starts from the scenario in front of it (a closed office is
// never proposed, and the view says which network it starts from), with the knee and the proof of
// optimality shown; screenshots in English and Arabic.
import type { Page } from '@playwright/test';
import { SCREENSHOTS, expect, markerCentre, openMap, test, waitForMapsAtRest } from './fixtures';
import { findOffice } from './findOffice';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function startTwoTier(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
}

async function closeOffice(page: Page, label: string, name: string): Promise<void> {
  await findOffice(page, label);
  await panel(page).getByRole('button', { name: 'Close office' }).click();
  await page.getByRole('button', { name: /^Changes \(\d+\)$/ }).click();
  await expect(panel(page).locator('ol li .text').last()).toHaveText(`Closed ${name}`);
}

/** The sub-regional offices of each proposal in the table, by K, as listed under "why these". */
async function proposedOffices(page: Page, k: number): Promise<string[]> {
  await page.getByRole('button', { name: `Show the proposal with ${k} sub-regional offices` }).click();
  await expect(page.getByRole('heading', { name: `${k} sub-regional offices: why these` })).toBeVisible();
  return page.locator('section[aria-labelledby="chosen-title"] ol > li strong').allTextContents();
}

test('with an office closed in the scenario, Suggest starts from it, never proposes the closed office, and says so', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  const scenarioName = (await page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked').textContent())!.trim();
  await closeOffice(page, 'UNIDO Regional Office Kenya (Nairobi)', 'UNIDO Regional Office Kenya');

  await page.getByRole('button', { name: 'Suggest' }).click();
  const start = page.getByTestId('optimiser-start');
  await expect(start.getByLabel(`The open scenario, “${scenarioName}”`)).toBeChecked();
  await expect(start).toContainText(`Starts from the scenario “${scenarioName}”: 1 closed office is not a candidate`);
  // The locks list is the scenario's open offices: Nairobi is not among them.
  await expect(page.getByLabel('UNIDO Regional Office Kenya: may it be a sub-regional office?')).toHaveCount(0);

  await page.getByLabel('Explore a range').check();
  await page.getByLabel('Smallest number').fill('9');
  await page.getByLabel('Smallest number').blur();
  await page.getByLabel('Largest number').fill('14');
  await page.getByLabel('Largest number').blur();
  await page.getByRole('button', { name: 'Suggest a structure' }).click();
  await expect(page.getByRole('table', { name: /Objective by number of sub-regional offices/ }).locator('tbody tr')).toHaveCount(6, { timeout: 60_000 });
  await expect(page.getByTestId('optimiser-result-start')).toHaveText(`Computed from the scenario “${scenarioName}”.`);
  // The knee, not the largest K, is shown first.
  const knee = Number((await page.getByText(/^The knee of the curve is at \d+/).textContent())!.match(/at (\d+)/)![1]);
  expect(knee).toBeLessThan(14);
  await expect(page.getByRole('heading', { name: `${knee} sub-regional offices: why these` })).toBeVisible();
  for (const k of [9, 12, 14]) {
    const offices = await proposedOffices(page, k);
    expect(offices).toHaveLength(k);
    expect(offices).not.toContain('UNIDO Regional Office Kenya');
  }
  await expect(page.getByTestId('proposal-quality')).toHaveText(/best possible structure for these options/);
  await expect(page.getByRole('img', { name: /Knee: \d+/ })).toBeVisible();

  // From today's network instead, Nairobi is a candidate again (and the view says so).
  await page.getByTestId('optimiser-start').getByLabel('Today’s network (baseline)').check();
  await expect(start).toContainText('Starts from today’s network (baseline): no office is closed');
  await expect(page.getByLabel('UNIDO Regional Office Kenya: may it be a sub-regional office?')).toHaveCount(1);
  await page.getByTestId('optimiser-start').getByLabel(`The open scenario, “${scenarioName}”`).check();

  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.screenshot({ path: `${SCREENSHOTS}/territory-optimiser-en.png`, fullPage: true });
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: `${SCREENSHOTS}/territory-optimiser-ar.png`, fullPage: true });
});

/** The Countries cell of a sub-regional office's row in the workload table. */
const workloadCountries = (page: Page, city: string) => page.getByTestId('workload').getByRole('row').filter({ has: page.getByRole('button', { name: city, exact: true }) }).getByRole('cell').nth(1);

test('the workload table follows each edit within a frame, a row selects its office, and painting a country already covered records nothing', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  const workload = page.getByTestId('workload');
  const scenarioName = (await page.getByRole('combobox', { name: 'Scenario', exact: true }).locator('option:checked').textContent())!.trim();
  await expect(workload.getByRole('table')).toContainText(`In the scenario “${scenarioName}”`);
  // The header says which network its figures are of.
  await expect(page.getByTestId('shown-network')).toHaveText(`Shown: Scenario “${scenarioName}”`);
  await page.getByRole('button', { name: 'Baseline', exact: true }).click();
  await expect(page.getByTestId('shown-network')).toHaveText('Shown: Baseline (today’s network)');
  await page.getByRole('button', { name: 'Scenario', exact: true }).click();
  const before = Number(await workloadCountries(page, 'Addis Ababa').textContent());
  const nairobiBefore = Number(await workloadCountries(page, 'Nairobi').textContent());

  // South Sudan (covered from Nairobi) goes to Addis Ababa: the table shows it by the next frame after the change is made.
  await page.getByLabel('Find country').selectOption({ label: 'South Sudan' });
  const shownAfterOneFrame = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('#country-covered-by')!;
    select.value = 'AFR-ETH';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const row = [...document.querySelectorAll('[data-testid="workload"] tbody tr')].find((r) => r.querySelector('th')?.textContent?.trim() === 'Addis Ababa');
    return Number(row?.querySelectorAll('td')[1]?.textContent);
  });
  expect(shownAfterOneFrame).toBe(before + 1);
  await expect(workloadCountries(page, 'Nairobi')).toHaveText(String(nairobiBefore - 1));

  // A row selects its office.
  await workload.getByRole('button', { name: 'Nairobi', exact: true }).click();
  await expect(panel(page).getByRole('heading', { name: /UNIDO Regional Office Kenya/ }).first()).toBeVisible();
  await expect(workload.getByRole('button', { name: 'Nairobi', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Painting Kenya from Nairobi, which already covers it, adds no change and no undo step.
  const changes = page.getByRole('button', { name: /^Changes \(\d+\)$/ });
  const count = await changes.textContent();
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Africa' });
  await panel(page).getByRole('button', { name: 'Assign countries on the map' }).click();
  // Northern Kenya (2.5° N, 38.5° E), placed from the Nairobi (−1.29°, 36.82°) and Addis Ababa (9.03°, 38.74°) markers.
  const nairobi = await markerCentre(page, 'UNIDO Regional Office Kenya');
  const addis = await markerCentre(page, 'UNIDO Regional Hub Ethiopia');
  const pxPerDegree = (nairobi.y - addis.y) / (9.03 + 1.29);
  await page.mouse.click(nairobi.x + (38.5 - 36.82) * pxPerDegree, nairobi.y - (2.5 + 1.29) * pxPerDegree);
  await expect(page.locator('.leaflet-tooltip')).toContainText('Kenya');
  await expect(page.getByText('Kenya is already covered from Nairobi: nothing changed.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(changes).toHaveText(count!);

  await page.setViewportSize({ width: 1440, height: 1300 });
  // The editor has the panel's width: no select cuts its value.
  const tier = panel(page).getByLabel('Tier');
  expect(await tier.evaluate((el: HTMLSelectElement) => el.scrollWidth <= el.clientWidth + 1 && el.clientWidth > 250)).toBe(true);
  for (const language of ['en', 'ar']) {
    if (language === 'ar') {
      await page.getByLabel('Language').selectOption('ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    const side = page.locator('aside.panel');
    await side.evaluate((el) => (el.scrollTop = 0));
    await side.screenshot({ path: `${SCREENSHOTS}/territory-editing-panel-${language}.png` });
    await workload.scrollIntoViewIfNeeded();
    await side.screenshot({ path: `${SCREENSHOTS}/territory-workload-${language}.png` });
  }
});

test('close then reopen an office from its panel: both are changes, Find office keeps it (marked closed), undo takes the reopening back', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await closeOffice(page, 'UNIDO Regional Office Kenya (Nairobi)', 'UNIDO Regional Office Kenya');
  const find = page.getByRole('combobox', { name: 'Find office' });
  await find.fill('nairobi');
  await expect(page.getByRole('option', { name: 'UNIDO Regional Office Kenya (Nairobi) — closed' })).toHaveCount(1);
  await findOffice(page, 'UNIDO Regional Office Kenya (Nairobi) — closed');
  await expect(panel(page)).toContainText('This office is closed in this scenario.');
  await panel(page).getByRole('button', { name: 'Reopen office' }).click();
  await expect(panel(page).getByRole('button', { name: 'Close office' })).toBeVisible();
  await expect(find).toHaveValue('UNIDO Regional Office Kenya (Nairobi)');
  await page.getByRole('button', { name: /^Changes \(\d+\)$/ }).click();
  await expect(panel(page).locator('ol li .text').last()).toHaveText('Reopened UNIDO Regional Office Kenya');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).locator('ol li .text').last()).toHaveText('Closed UNIDO Regional Office Kenya');
});

/** Where a point (latitude, longitude) of East Africa is on screen, placed from the Nairobi and Addis Ababa markers (Mercator is near linear this close to the equator). */
async function eastAfricaProjection(page: Page): Promise<(lat: number, lon: number) => { x: number; y: number }> {
  const nairobi = await markerCentre(page, 'UNIDO Regional Office Kenya');
  const addis = await markerCentre(page, 'UNIDO Regional Hub Ethiopia');
  const pxPerDegree = (nairobi.y - addis.y) / (9.03 + 1.29);
  return (lat, lon) => ({ x: nairobi.x + (lon - 36.82) * pxPerDegree, y: nairobi.y - (lat + 1.29) * pxPerDegree });
}

/** The office covering a country in the open scenario, read from its editor. */
async function coveringOfficeOf(page: Page, country: string): Promise<string> {
  await page.getByLabel('Find country').selectOption({ label: country });
  return panel(page).locator('#country-covered-by').inputValue();
}

test('a lasso picks five countries, one "Assign 5 countries" is one change, and one undo gives each its office back', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  const changes = page.getByRole('button', { name: /^Changes \(\d+\)$/ });
  const countBefore = Number((await changes.textContent())!.match(/\d+/)![0]);
  const countries = { 'South Sudan': [7.31, 30.25], Uganda: [1.27, 32.37], Kenya: [0.6, 37.8], Rwanda: [-1.99, 29.92], Burundi: [-3.36, 29.88] } as const;
  const before: Record<string, string> = {};
  for (const name of Object.keys(countries)) before[name] = await coveringOfficeOf(page, name);
  expect(before).toEqual({ 'South Sudan': 'AFR-KEN', Uganda: 'AFR-UGA', Kenya: 'AFR-KEN', Rwanda: 'AFR-RWA', Burundi: 'AFR-RWA' });
  await panel(page).getByRole('button', { name: 'Clear selection' }).click();

  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Africa' });
  await waitForMapsAtRest(page);
  const at = await eastAfricaProjection(page);
  // The lasso: each centre pushed 1.2° out from the group's middle, in order round it.
  const middle = [1, 32] as const;
  const ring = Object.values(countries)
    .map(([lat, lon]) => ({ lat, lon, angle: Math.atan2(lat - middle[0], lon - middle[1]) }))
    .sort((a, b) => a.angle - b.angle)
    .map(({ lat, lon, angle }) => at(lat + 1.2 * Math.sin(angle), lon + 1.2 * Math.cos(angle)));
  const tools = page.getByRole('group', { name: 'Select several countries' });
  await tools.getByRole('button', { name: 'Lasso' }).click();
  await expect(tools.getByRole('button', { name: 'Lasso' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Drag on the map: the countries whose centre lies inside are selected.', { exact: false })).toBeVisible();
  await page.mouse.move(ring[0]!.x, ring[0]!.y);
  await page.mouse.down();
  for (const point of [...ring.slice(1), ring[0]!]) await page.mouse.move(point.x, point.y, { steps: 6 });
  await page.mouse.up();

  const pick = panel(page).getByRole('region', { name: '5 countries selected' });
  await expect(pick).toBeVisible();
  await expect(pick.getByRole('listitem')).toHaveText(['Burundi', 'Kenya', 'Rwanda', 'South Sudan', 'Uganda'].map((n) => new RegExp(`^${n}`)));
  // Shift-click adds a country (Tanzania) and takes it out again.
  await tools.getByRole('button', { name: 'Lasso' }).press('Escape');
  await expect(tools.getByRole('button', { name: 'Lasso' })).toHaveAttribute('aria-pressed', 'false');
  const tanzania = at(-6.27, 34.79);
  await page.keyboard.down('Shift');
  await page.mouse.click(tanzania.x, tanzania.y);
  await expect(panel(page).getByRole('region', { name: '6 countries selected' })).toBeVisible();
  await page.mouse.click(tanzania.x, tanzania.y);
  await page.keyboard.up('Shift');
  await expect(pick).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.locator('aside.panel').screenshot({ path: `${SCREENSHOTS}/territory-lasso-pick-en.png` });

  await pick.getByLabel('Cover them from').selectOption({ label: 'UNIDO Regional Hub Ethiopia (Addis Ababa)' });
  await pick.getByRole('button', { name: 'Assign 5 countries to UNIDO Regional Hub Ethiopia' }).click();
  await expect(changes).toHaveText(`Changes (${countBefore + 1})`);
  await page.screenshot({ path: `${SCREENSHOTS}/territory-lasso-assigned-en.png` });
  await changes.click();
  await expect(panel(page).locator('ol li .text').last()).toHaveText('5 countries covered from Addis Ababa: Burundi, Kenya, Rwanda, South Sudan and Uganda');
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await pick.getByRole('button', { name: 'Clear the selection' }).click();
  for (const name of Object.keys(countries)) expect(await coveringOfficeOf(page, name)).toBe('AFR-ETH');

  // One undo step takes all five back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(changes).toHaveText(`Changes (${countBefore})`);
  for (const name of Object.keys(countries)) expect(await coveringOfficeOf(page, name), name).toBe(before[name]);
});

test('the countries table picks countries with checkboxes and assigns them in one change', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await page.getByRole('button', { name: 'Tables' }).click();
  await page.getByRole('button', { name: 'Countries', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select South Sudan' }).check();
  await page.getByRole('checkbox', { name: 'Select Eritrea' }).check();
  const pick = page.getByRole('region', { name: '2 countries selected' });
  await pick.getByLabel('Cover them from').selectOption({ label: 'UNIDO Regional Hub Ethiopia (Addis Ababa)' });
  await pick.getByRole('button', { name: 'Assign 2 countries to UNIDO Regional Hub Ethiopia' }).click();
  await expect(page.getByRole('row', { name: /South Sudan/ })).toContainText('UNIDO Regional Hub Ethiopia');
  await expect(page.getByRole('row', { name: /Eritrea/ })).toContainText('UNIDO Regional Hub Ethiopia');
  // Again: both are there already, so nothing is recorded, and the panel says so.
  await pick.getByRole('button', { name: 'Assign 2 countries to UNIDO Regional Hub Ethiopia' }).click();
  await expect(pick).toContainText('Every selected country is already covered from UNIDO Regional Hub Ethiopia: nothing to record.');
});

test('a new office placed by a click on the map gets the clicked coordinates and host country, is drawn as planned, and is flagged while it covers nothing', async ({ guarded: page }) => {
  await openMap(page);
  await startTwoTier(page);
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Africa' });
  await waitForMapsAtRest(page);
  const at = await eastAfricaProjection(page);
  await panel(page).getByRole('button', { name: 'Open a new office' }).click();
  const form = panel(page).locator('form');
  await form.getByLabel('Name').fill('UNIDO Office Dodoma');
  await form.getByLabel('City').fill('Dodoma');
  await form.getByRole('button', { name: 'Place on map' }).click();
  await expect(page.getByText('Click the map where the new office is', { exact: false }).first()).toBeVisible();
  const dodoma = at(-6.17, 35.74);
  await page.mouse.click(dodoma.x, dodoma.y);
  await expect(form.getByTestId('placed-note')).toContainText('in United Republic of Tanzania');
  expect(Number(await form.getByLabel('Latitude').inputValue())).toBeCloseTo(-6.17, 0);
  expect(Number(await form.getByLabel('Longitude').inputValue())).toBeCloseTo(35.74, 0);
  await expect(form.getByLabel('Host country')).toHaveValue('TZA');
  await form.getByRole('button', { name: 'Open office' }).click();

  // Drawn as planned: a solid outline, not the dashed one of an inferred office.
  const marker = page.locator('.office-marker[title^="UNIDO Office Dodoma,"]');
  await expect(marker).toBeVisible();
  await expect(marker.locator('[stroke-dasharray]')).toHaveCount(0);
  await marker.hover();
  await expect(page.locator('.leaflet-tooltip')).toContainText('Planned: opened in this scenario');
  await page.getByRole('button', { name: /^Checks \(\d+\)$/ }).click();
  await expect(panel(page)).toContainText('UNIDO Office Dodoma covers no country, not even its host country United Republic of Tanzania: assign countries to it, or close it.');
});
