// Import end to end: a messy spreadsheet export dropped on the app (Windows-1252, sep= line,
// semicolons, decimal commas, an unknown header, bad rows, a script-like name), and an .xlsx
// workbook written by LibreOffice.
import { readFileSync } from 'node:fs';
import arCommon from '../../src/lib/i18n/messages/ar/common';
import arImport from '../../src/lib/i18n/messages/ar/import';
import arWorkbook from '../../src/lib/i18n/messages/ar/importcsv';
import { expect, openMap, SCREENSHOTS, test } from './fixtures';
import { findOffice } from './findOffice';

const MESSY = [
  'sep=;',
  'Office code;Office name;Town;ISO3;Region;Office type;Latitude;Längengrad;Parent;Countries covered',
  'NEW-GHA;<img src=x onerror="window.__pwned=1">Kumasi office;Kumasi;GHA;Africa;Country Office;6,69;-1,62;AFR-NGA;TGO',
  'AFR-KEN;UNIDO Regional Office Kenya;Nairobi;KEN;Africa;Regional Office;-1,29;36,82;AFR-ETH;"KEN;ERI;SSD;SYC;COM;SOM"',
  'BAD-1;Bureau de Côte;Nowhere;XKZ;Africa;Country Office;;10,5;;',
].join('\r\n');

test('a messy CSV dropped on the app is read, mapped, reported and imported as a scenario', async ({ guarded: page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: imported text ran as code');
  });
  await openMap(page);
  const bytes = [...Buffer.from(MESSY, 'latin1')];
  const dataTransfer = await page.evaluateHandle((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'offices-export.csv', { type: 'text/csv' }));
    return transfer;
  }, bytes);
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  await expect(page.getByRole('heading', { name: '"offices-export.csv": 3 rows' })).toBeVisible();
  await expect(page.getByLabel('Encoding')).toHaveValue('windows-1252');
  await expect(page.getByLabel('Delimiter')).toHaveValue(';');
  await expect(page.getByText('Delimiter set by the "sep=" first line.')).toBeVisible();
  await expect(page.getByText('Required fields without a column: Longitude')).toBeVisible();
  await page.getByLabel('Column for Longitude').selectOption({ label: 'Längengrad' });
  await expect(page.getByText('Required fields without a column')).toBeHidden();
  await page.getByRole('button', { name: 'Check the rows' }).click();

  await expect(page.getByText(/2 valid rows · 1 row with errors/)).toBeVisible();
  // Each numeric column says how its numbers are read and why (it was one line for the whole file).
  const formats = page.getByRole('list', { name: 'How numbers are read' });
  await expect(formats).toContainText('Latitude: read with comma (,) as the decimal mark, as this column\'s values show ("6,69")');
  await expect(formats).toContainText('Longitude: read with comma (,) as the decimal mark, as this column\'s values show ("-1,62")');
  await expect(page.getByRole('table', { name: /^Preview/ }).getByRole('cell').filter({ hasText: '6,69' })).toHaveText('6,69read as 6.69');
  const report = page.getByRole('region', { name: 'Report' }).or(page.locator('section[aria-labelledby="report-title"]'));
  await expect(report).toContainText('XKZ');
  await expect(report).toContainText(/GHA|KAZ|XKX/); // the closest known code is suggested
  await expect(report).toContainText('Bureau de Côte');
  await page.screenshot({ path: `${SCREENSHOTS}/import-report.png`, fullPage: true });

  await page.getByRole('button', { name: 'Import the valid rows as a new scenario' }).click();
  await expect(page.getByText(/Created the scenario "Import: offices-export.csv"/)).toBeVisible();
  await page.getByRole('button', { name: 'Show the new scenario on the map' }).click();
  const marker = page.locator('.office-marker[title^="<img src=x onerror"]');
  await expect(marker).toHaveCount(1);
  await findOffice(page, '<img src=x onerror="window.__pwned=1">Kumasi office (Kumasi)');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">Kumasi office', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('templates download with the expected columns', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Import' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download coverage (country → office) template', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('template-coverage.csv');
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await download.path()) ?? '', 'utf8')).toBe('\ufeffcountry_iso3,office_id\r\nSSD,AFR-KEN\r\n');

  // The offices template imported back as it is: it matches the data set, so nothing is created.
  const [offices] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download offices template', exact: true }).click()]);
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles((await offices.path()) ?? '');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText(/1 valid row · 0 rows with errors/)).toBeVisible();
  await page.getByRole('button', { name: 'Import the valid rows as a new scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'nothing to change, so no scenario was created' })).toBeVisible();
});

test('imported offices can replace the data set, which is kept alongside the embedded one', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Import' }).click();
  const offices = [
    'id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3',
    'S-NBO,Nairobi hub,Nairobi,KEN,Africa,Sub-regional office,-1.29,36.82,,KEN;SOM;ETH',
    'C-ADD,Addis office,Addis Ababa,ETH,Africa,Country office,9.03,38.74,S-NBO,',
  ].join('\n');
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'two-offices.csv', mimeType: 'text/csv', buffer: Buffer.from(offices) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Replace the data set with the valid rows' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Replace the data set?' })).toContainText('The current data set is kept');
  await page.getByRole('button', { name: 'Replace and reload' }).click();
  await expect(page.getByTestId('summary-line')).toHaveText('2 field offices · 3 countries covered · 1 region');
  await expect(page.getByText(/Data set: two-offices.csv/)).toBeVisible();

  await page.getByRole('button', { name: 'About the data' }).click();
  await page.getByRole('button', { name: 'Use the embedded default data set' }).click();
  await expect(page.getByTestId('summary-line')).toHaveText('48 field offices · 156 countries covered · 5 regions');
});

test('an old Excel workbook (.xls) gets a clear message saying how to save it', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'offices.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
  await expect(page.getByRole('alert')).toContainText('is an old Excel (.xls) or OpenDocument workbook, which this app does not read. Save it as an Excel workbook (.xlsx), or as "CSV UTF-8"');
});

// Written by LibreOffice (tests/fixtures/import/offices-workbook.fods → soffice --headless --convert-to xlsx).
const WORKBOOK = readFileSync(new URL('../fixtures/import/offices-workbook.xlsx', import.meta.url));

test('an .xlsx workbook named .csv is recognised: the sheet is chosen, its cells read as stored, its offices imported', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'offices-export.csv', mimeType: 'text/csv', buffer: WORKBOOK });
  // The first sheet holds a note, not a table: choose the sheet with the offices.
  await expect(page.getByRole('heading', { name: '"offices-export.csv": 0 rows' })).toBeVisible();
  await expect(page.getByLabel('Encoding')).toBeHidden();
  await expect(page.getByText('Excel workbook: numbers, dates and text are read as Excel stored them.')).toBeVisible();
  await page.getByLabel('Sheet').selectOption('Offices');
  await expect(page.getByRole('heading', { name: '"offices-export.csv": 3 rows' })).toBeVisible();
  const preview = page.getByRole('table', { name: /^Preview/ });
  await expect(preview.getByRole('columnheader', { name: 'Row in sheet "Offices"' })).toBeVisible();
  await expect(preview.getByRole('row').nth(1)).toContainText('Addis Ababa hub, "main" office');
  await expect(preview.getByRole('cell', { name: '-17.4677', exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: '2019-03-01', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText(/3 valid rows · 0 rows with errors/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/import-xlsx-report.png`, fullPage: true });
  await page.getByRole('button', { name: 'Import the valid rows as a new scenario' }).click();
  await expect(page.getByText(/Created the scenario "Import: offices-export.csv"/)).toBeVisible();
});

test('the workbook steps in Arabic', async ({ guarded: page }) => {
  await page.addInitScript(() => localStorage.setItem('fnp-language', 'ar'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: arCommon['common.nav.import'], exact: true }).click();
  await page.getByLabel(arImport['import.choose.button']).setInputFiles({ name: 'offices.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: WORKBOOK });
  await page.getByLabel(arWorkbook['import.workbook.sheet']).selectOption('Offices');
  await page.getByRole('button', { name: arImport['import.mapping.check'] }).click();
  await expect(page.getByRole('columnheader', { name: arWorkbook['import.workbook.row'].replace('{sheet}', 'Offices') }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/import-xlsx-report-ar.png`, fullPage: true });
});
