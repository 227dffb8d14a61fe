// Scale: a share link that would fill the memory is refused with a clear message, and a data
// set of 100,000 offices (imported through the Import view) gives a Tables view that still
// sorts, filters and scrolls to its last row.
import { readFileSync } from 'node:fs';
import { exportOfficesCsv } from '../../src/lib/io/export/toCsv';
import { encodeShareFragment } from '../../src/lib/io/shareLink';
import { parseCountriesCsv } from '../../src/lib/io/parseCountriesCsv';
import { syntheticOffices } from '../bench/syntheticNetwork';
import { expect, SCREENSHOTS, test } from './fixtures';

test.describe('share links past the caps', () => {
  test('a link inflating to 20 MB is refused as too long, and the app keeps working', async ({ guarded: page }) => {
    const fragment = await encodeShareFragment(' '.repeat(20 * 1024 * 1024));
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('alert')).toContainText(`This share link was not opened: it is ${fragment.length.toLocaleString('en')} characters long, and links made by the planner have at most 8,000 characters.`, { timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Shared scenario' })).toHaveCount(0);
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  });

  test('a short link that inflates past 1 MB is refused without being unpacked', async ({ guarded: page }) => {
    const fragment = await encodeShareFragment(`{"type":"field-network-planner/scenario","pad":"${' '.repeat(4 * 1024 * 1024)}"}`);
    expect(fragment.length).toBeLessThan(8000);
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('alert')).toContainText('This share link was not opened: it unpacks to more than 1 MB', { timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Shared scenario' })).toHaveCount(0);
  });
});

test.describe('a data set of 100,000 offices', () => {
  test.setTimeout(15 * 60_000);

  test('the offices table sorts, filters and scrolls to its last row', async ({ guarded: page }) => {
    const countries = parseCountriesCsv(readFileSync(new URL('../../data/countries.csv', import.meta.url), 'utf8')).countries;
    const offices = syntheticOffices(countries, 100_000);
    // The office covering most countries, the first of them in file order (the sort is stable).
    const most = Math.max(...offices.map((o) => o.coveredCountries.length));
    const widest = offices.find((o) => o.coveredCountries.length === most)!;

    await page.goto('/');
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'offices-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(exportOfficesCsv(offices, { bom: false })) });
    await page.getByRole('button', { name: 'Check the rows' }).click({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Replace the data set with the valid rows' }).click({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Replace and reload' }).click();
    await expect(page.getByTestId('summary-line')).toContainText('100,000 field offices', { timeout: 300_000 });

    await page.getByRole('button', { name: 'Tables' }).click();
    const table = page.getByRole('table', { name: /Field offices \(100,000 rows\)/ });
    await expect(table).toBeVisible({ timeout: 120_000 });
    await expect(table).toHaveAttribute('aria-rowcount', '100001');
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(200);

    await table.getByRole('button', { name: /Countries covered/ }).click();
    await table.getByRole('button', { name: /Countries covered/ }).click();
    await expect(table.getByRole('columnheader', { name: /Countries covered/ })).toHaveAttribute('aria-sort', 'descending', { timeout: 120_000 });
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText(widest.name);
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText(String(most));

    // Names are "Office 1" … "Office 100000", sorted in natural order: the last row is the last office.
    await table.getByRole('button', { name: /^Office/ }).click();
    await expect(table.getByRole('columnheader', { name: /^Office/ })).toHaveAttribute('aria-sort', 'ascending', { timeout: 120_000 });
    await expect(table.locator('tbody tr[aria-rowindex="2"]')).toContainText('Office 1', { timeout: 120_000 });
    // Dragging the scroll bar to its end, as a user would reach the last row (again if the
    // first drag lands short while the rows in view are drawn).
    const box = page.getByRole('region', { name: 'Field offices' });
    const lastRow = table.locator('tbody tr[aria-rowindex="100001"]');
    await expect(async () => {
      await box.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await expect(lastRow).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000 });
    await expect(lastRow).toContainText('Office 100000');
    await page.screenshot({ path: `${SCREENSHOTS}/tables-100k-last-row.png` });

    await page.getByLabel('Filter rows').fill('Office 99999');
    await expect(page.getByRole('table', { name: /Field offices \(1 row\)/ })).toBeVisible({ timeout: 120_000 });
  });
});
