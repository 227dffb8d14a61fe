// Import end to end with values a spreadsheet writes in other conventions: a German figures file
// (decimal comma, "." between thousands), an old-Mac-Excel MacRoman file and a UTF-16 file
// without a byte order mark. Each is read right, and the report says what was guessed or could read two ways.
import type { Page } from '@playwright/test';
import arCommon from '../../src/lib/i18n/messages/ar/common';
import ar from '../../src/lib/i18n/messages/ar/import';
import { expect, SCREENSHOTS, test } from './fixtures';

// Each test loads the app and runs two worker steps; on a machine shared by several builds the first load alone can take 20 s.

async function importFile(page: Page, kind: 'Offices' | 'Office figures', name: string, bytes: Buffer): Promise<void> {
  // The import needs no map: wait for the Import button, as a user would.
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Check the rows' }).click();
}

const report = (page: Page) => page.locator('section[aria-labelledby="report-title"]');

test('a German figures file: 1.715.320,50 and 250.000 read as thousands, the figure that reads two ways named with its other reading', async ({ guarded: page }) => {
  const figures = ['office_id;year;tc_delivery_usd;budget_usd', 'AFR-KEN;2024;1.715.320,50;250.000', ''].join('\r\n');
  await importFile(page, 'Office figures', 'zahlen.csv', Buffer.from(figures, 'utf8'));
  await expect(page.getByText(/1 valid row · 0 rows with errors \(would be skipped\) · 0 errors · 1 warning/)).toBeVisible();
  await expect(report(page).getByText('Warning: Number that reads two ways (1)')).toBeVisible();
  await expect(report(page)).toContainText('"250.000" was read as 250000, with "." separating thousands. If "." is the decimal mark here, the value is 250: choose "." as the decimal mark and check the rows again.');
  await page.screenshot({ path: `${SCREENSHOTS}/import-german-figures.png`, fullPage: true });
});

test('a MacRoman file from old Mac Excel reads "Büro Genève", and the report says the encoding is a guess', async ({ guarded: page }) => {
  // MacRoman: ü = 0x9F, è = 0x8F. Windows-1252 would show "BŸro GenÀve".
  const head = Buffer.from('id,name,city,country_iso3,region,tier,lat,lon\r\nEUR-CHE,B', 'latin1');
  const bytes = Buffer.concat([head, Buffer.from([0x9f]), Buffer.from('ro Gen', 'latin1'), Buffer.from([0x8f]), Buffer.from('ve,Geneva,CHE,Europe and Central Asia,Country Office,46.2,6.14\r\n', 'latin1')]);
  await importFile(page, 'Offices', 'mac-export.csv', bytes);
  await expect(page.getByLabel('Encoding')).toHaveValue('macintosh');
  // The guess is said next to the encoding chooser, which names the code page as spreadsheets do.
  await expect(page.getByRole('note').filter({ hasText: 'it was read as MacRoman, a guess from its accented letters' })).toBeVisible();
  await expect(page.getByLabel('Encoding').getByRole('option', { name: 'MacRoman' })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'Büro Genève', exact: true })).toBeVisible();
  await expect(report(page).getByText('Warning: Encoding guessed (1)')).toBeVisible();
  await expect(report(page)).toContainText('The file is not UTF-8, so it was read as MacRoman, a guess from its accented letters.');
  await expect(report(page)).not.toContainText('BŸro Gen');
});

test('a UTF-16 file without a byte order mark is read as text, not as NULs, with a warning', async ({ guarded: page }) => {
  const text = 'id,name,city,country_iso3,region,tier,lat,lon\r\nAFR-XYZ,Nairobi annex,Nairobi,KE,Africa,Country Office,-1.29,36.82\r\n';
  await importFile(page, 'Offices', 'utf16.csv', Buffer.from(text, 'utf16le'));
  await expect(page.getByLabel('Encoding')).toHaveValue('utf-16le');
  await expect(page.getByRole('cell', { name: 'Nairobi annex', exact: true })).toBeVisible();
  await expect(page.getByText(/1 valid row · 0 rows with errors/)).toBeVisible();
  await expect(report(page)).toContainText('The file has no byte order mark, but every other byte is zero: it was read as UTF-16 LE.');
  // The alpha-2 code is converted, and said.
  await expect(report(page)).toContainText('"KE" is the ISO alpha-2 code of Kenya: read as KEN. Write KEN to remove this warning.');
  await page.screenshot({ path: `${SCREENSHOTS}/import-utf16-no-bom.png`, fullPage: true });
});

// Steps wait on a worker and a re-check: generous per step on a machine shared by several builds.
const STEP = { timeout: 60_000 };
const GERMAN = ['office_id;year;tc_delivery_usd;budget_usd', 'AFR-KEN;2024;1.715.320,50;250.000', 'AFR-ETH;2024;980.000,25;75.500', ''].join('\r\n');

test('choosing the decimal point for a German figures file changes the value as read (250000 → 250), said per column', async ({ guarded: page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click(STEP);
  await page.getByRole('radio', { name: 'Office figures' }).check();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'zahlen.csv', mimeType: 'text/csv', buffer: Buffer.from(GERMAN, 'utf8') });
  // Already at the mapping step, the preview shows each number as it will be read.
  const mapped = page.getByRole('table', { name: /^Preview/ }).getByRole('cell').filter({ hasText: '250.000' });
  await expect(mapped).toHaveText('250.000read as 250000', STEP);
  await page.getByRole('button', { name: 'Check the rows' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-mapping-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const budget = report(page).getByRole('table', { name: /^Preview/ }).getByRole('cell').filter({ hasText: '250.000' });
  await expect(budget).toHaveText('250.000read as 250000', STEP);
  const formats = report(page).getByRole('list', { name: 'How numbers are read' });
  await expect(formats).toContainText('TC delivery (USD): read with comma (,) as the decimal mark, as this column\'s values show ("1.715.320,50")');
  await expect(formats).toContainText('Budget (USD): read with comma (,) as the decimal mark, like the file\'s other numbers');
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-detected-en.png`, fullPage: true });
  // The report's rows: the value as written and as read side by side.
  await expect(report(page).getByRole('row', { name: /budget_usd 250\.000 250000/ })).toBeVisible();
  await report(page).getByRole('button', { name: 'Download the report (CSV)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-report-en.png` });

  // The steward knows better: in this file the point is the decimal mark. The rows are checked again.
  await page.getByRole('combobox', { name: /^Decimal mark/ }).selectOption('.');
  await expect(budget).toHaveText('250.000read as 250', STEP);
  await expect(formats).toContainText('Budget (USD): read with point (.) as the decimal mark, as you chose', STEP);
  // "1.715.320,50" cannot be a number with a decimal point: an error on its row, not a silent misreading.
  await expect(report(page).getByText('Error: Not a number (2)')).toBeVisible(STEP);
  await expect(report(page).getByText(/Number that reads two ways/)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-chosen-en.png`, fullPage: true });

  // Back to detection: read as the file shows again.
  await page.getByRole('combobox', { name: /^Decimal mark/ }).selectOption('');
  await expect(budget).toHaveText('250.000read as 250000', STEP);
});

test('the same in Arabic: the chooser, the preview and the report read right to left', async ({ guarded: page }) => {
  await page.addInitScript(() => localStorage.setItem('fnp-language', 'ar'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl', STEP);
  await page.getByRole('button', { name: arCommon['common.nav.import'], exact: true }).click(STEP);
  await page.getByRole('radio', { name: ar['import.kind.figures'] }).check();
  await page.getByLabel(ar['import.choose.button']).setInputFiles({ name: 'zahlen.csv', mimeType: 'text/csv', buffer: Buffer.from(GERMAN, 'utf8') });
  await page.getByRole('button', { name: ar['import.mapping.check'] }).click(STEP);
  const budget = report(page).getByRole('table', { name: /^معاينة/ }).getByRole('cell').filter({ hasText: '250.000' });
  await expect(budget).toContainText('250000', STEP);
  await expect(report(page).getByRole('list', { name: ar['import.formats.heading'] })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-detected-ar.png`, fullPage: true });
  await report(page).getByRole('button', { name: ar['import.report.download'] }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-report-ar.png` });
  await page.getByRole('combobox', { name: new RegExp(`^${ar['import.numbers.decimalMark']}`) }).selectOption('.');
  await expect(budget).not.toContainText('250000', STEP);
  await expect(budget).toContainText('250', STEP);
  await page.screenshot({ path: `${SCREENSHOTS}/import-numbers-chosen-ar.png`, fullPage: true });
});

test('a file without a header row is said once, at the mapping step and in the report, not once per field', async ({ guarded: page }) => {
  const rows = ['AFR-KEN,Nairobi office,Nairobi,KEN,Africa,Country Office,-1.29,36.82', 'AFR-ETH,Addis office,Addis Ababa,ETH,Africa,Country Office,9.03,38.74', ''].join('\r\n');
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click(STEP);
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'no-header.csv', mimeType: 'text/csv', buffer: Buffer.from(rows, 'utf8') });
  const said = /^The first line is read as the header row, but it looks like data/;
  await expect(page.getByText(said)).toHaveCount(1, STEP);
  await expect(page.getByText(/Required fields without a column/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(report(page).getByRole('alert')).toHaveText(said, STEP);
  await expect(report(page).getByText(/No column is mapped|Error: First line looks like data/)).toHaveCount(0);
});
