// Every CSV, JSON and Excel export, downloaded as a user gets it and read: the header, the
// number of rows, a known value of the default data set, and that each .xlsx twin holds what its
// CSV holds — numbers as numbers, text as text. The page guards (fixtures) fail a test on any
// console error, foreign request or Content-Security-Policy refusal, which writing a workbook
// with a blob: worker would cause.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import { restoreNeutralised } from '../../src/lib/io/export/toCsv';
import { expect, openMap, SCREENSHOTS, test } from './fixtures';


type Sheet = { sheet: string; data: unknown[][] };
const OFFICE_HEADER = ['id', 'name', 'city', 'country_iso3', 'region', 'tier', 'lat', 'lon', 'reports_to', 'covered_countries_iso3', 'inferred_coverage_iso3', 'confidence', 'source', 'reports_to_basis'];
const SCORECARD_HEADER = ['scenario', 'perspective', 'metric_id', 'metric', 'value', 'display', 'unit', 'direction', 'target', 'status', 'score', 'weight'];

/** Clicks the button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
}

/** A CSV download: starts with a UTF-8 byte order mark (Excel then reads UTF-8), lines end CRLF; its rows. */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const jsonOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as { type: string; version: number; exportedAt: string; data: unknown };
const workbook = async (bytes: Buffer) => (await readExcelFile(bytes, { trim: false })) as Sheet[];

/** The .xlsx sheet holds the CSV's cells: the same text (without the CSV's formula apostrophes), numbers as numbers. */
function expectSameTable(sheet: Sheet | undefined, csv: string[][]): void {
  expect(sheet?.data).toHaveLength(csv.length);
  sheet?.data.forEach((row, r) => {
    const expected = (csv[r] ?? []).map((cell, c) => {
      const value = row[c];
      if (typeof value === 'number') return Number(cell) === value ? value : cell;
      return cell === '' ? null : restoreNeutralised(cell);
    });
    // A row read from a workbook stops at its last column; trailing empty cells are null there.
    expect([...row, ...Array(Math.max(0, expected.length - row.length)).fill(null)]).toEqual(expected);
  });
}

test('the offices and coverage tables: CSV, JSON and Excel hold the 48 offices and 156 covered countries', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tables' }).click();
  const exports = page.getByRole('group', { name: /export/i });

  const officesCsv = await download(page, exports.getByRole('button', { name: 'Export offices CSV' }));
  expect(officesCsv.name).toBe('offices.csv');
  const offices = csvRows(officesCsv.bytes);
  expect(offices[0]).toEqual(OFFICE_HEADER);
  expect(offices).toHaveLength(1 + 48);
  expect(offices.find((row) => row[0] === 'AFR-ETH')?.slice(1, 8)).toEqual(['UNIDO Regional Hub Ethiopia', 'Addis Ababa', 'ETH', 'Africa', 'Regional Hub', '9.03', '38.74']);

  const officesXlsx = await download(page, exports.getByRole('button', { name: 'Download offices as Excel (.xlsx)' }));
  expect(officesXlsx.name).toBe('offices.xlsx');
  const [officesSheet, ...others] = await workbook(officesXlsx.bytes);
  expect(others).toEqual([]);
  expect(officesSheet?.sheet).toBe('Offices');
  expect(officesSheet?.data.find((row) => row[0] === 'AFR-ETH')?.slice(6, 8)).toEqual([9.03, 38.74]);
  expectSameTable(officesSheet, offices);

  const coverageCsv = await download(page, exports.getByRole('button', { name: 'Export coverage CSV' }));
  const coverage = csvRows(coverageCsv.bytes);
  expect(coverage[0]).toEqual(['country_iso3', 'office_id']);
  expect(coverage).toHaveLength(1 + 156);
  expect(coverage).toContainEqual(['SSD', 'AFR-KEN']);
  const [coverageSheet] = await workbook((await download(page, exports.getByRole('button', { name: 'Download coverage as Excel (.xlsx)' }))).bytes);
  expectSameTable(coverageSheet, coverage);

  const officesJson = jsonOf((await download(page, exports.getByRole('button', { name: /offices JSON/i }))).bytes);
  expect(officesJson).toMatchObject({ type: 'field-network-planner/offices', version: 1 });
  const officeRecords = officesJson.data as { id: string; name: string; point: { lat: number } }[];
  expect(officeRecords).toHaveLength(48);
  expect(officeRecords.find((o) => o.id === 'AFR-ETH')).toMatchObject({ name: 'UNIDO Regional Hub Ethiopia', point: { lat: 9.03 } });
  const coverageJson = jsonOf((await download(page, exports.getByRole('button', { name: /coverage JSON/i }))).bytes);
  expect(coverageJson.type).toBe('field-network-planner/coverage');
  expect(coverageJson.data).toHaveLength(156);
  expect(coverageJson.data).toContainEqual({ country: 'SSD', office: 'AFR-KEN' });
});

test('the scorecard: CSV, JSON and Excel give the same overall score; the comparison workbook has a summary and a sheet per option', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Scorecard' }).click();
  await page.getByLabel('Scenario', { exact: true }).selectOption({ label: "Baseline (today's network)" });
  const shownOverall = Number((await page.locator('.overall .big').innerText()).replace(/[^\d.]/g, ''));

  const csv = csvRows((await download(page, page.getByRole('button', { name: 'Export scorecard CSV' }))).bytes);
  expect(csv[0]).toEqual(SCORECARD_HEADER);
  const overallRow = csv.find((row) => row[2] === 'overall-score');
  expect(overallRow?.[0]).toBe("Baseline (today's network)");
  expect(Number(overallRow?.[4])).toBeCloseTo(shownOverall, 0);
  const metricRows = csv.filter((row) => row[2] !== 'overall-score' && row[2] !== 'perspective-score').length - 1;
  expect(csv).toHaveLength(1 + metricRows + 4 + 1);

  const json = jsonOf((await download(page, page.getByRole('button', { name: 'Export scorecard JSON' }))).bytes);
  expect(json.type).toBe('field-network-planner/scorecard');
  expect((json.data as { scorecard: { overall: number } }).scorecard.overall).toBe(Number(overallRow?.[4]));

  const xlsx = await download(page, page.getByRole('button', { name: 'Download scorecard as Excel (.xlsx)' }));
  expect(xlsx.name).toBe('scorecard-baseline-today-s-network.xlsx');
  const [sheet] = await workbook(xlsx.bytes);
  expectSameTable(sheet, csv);
  expect(sheet?.data.find((row) => row[2] === 'overall-score')?.[4]).toBe(Number(overallRow?.[4]));

  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('checkbox', { name: 'Two-tier scenario 1' }).check();
  const comparison = await download(page, page.getByRole('button', { name: 'Download the comparison as Excel (.xlsx)' }));
  const sheets = await workbook(comparison.bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['Summary', "Baseline (today's network)", 'Two-tier scenario 1']);
  const [summary, baseline, scenario] = sheets;
  expect(summary?.data[0]).toEqual(['perspective', 'metric_id', 'metric', 'unit', 'direction', "Baseline (today's network)", 'Two-tier scenario 1']);
  expect(summary?.data).toHaveLength(csv.length);
  expect(summary?.data.find((row) => row[1] === 'overall-score')?.[5]).toBe(Number(overallRow?.[4]));
  expect(baseline?.data).toHaveLength(csv.length);
  // The scenario's own sheet agrees with the summary's column for it.
  const scenarioOverall = scenario?.data.find((row) => row[2] === 'overall-score')?.[4];
  expect(typeof scenarioOverall).toBe('number');
  expect(summary?.data.find((row) => row[1] === 'overall-score')?.[6]).toBe(scenarioOverall);
});

test('office figures imported from a file come back out as CSV, JSON and Excel with the same numbers', async ({ guarded: page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('radio', { name: 'Office figures' }).check();
  const file = ['office_id,year,tc_delivery_usd,staff,budget_usd', 'AFR-KEN,2024,1715320.5,12,250000', 'AFR-ETH,2024,,7,'].join('\r\n');
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await page.getByRole('button', { name: 'Import the valid rows' }).click();
  await page.getByRole('button', { name: 'Open the scorecard' }).click();

  const csv = csvRows((await download(page, page.getByRole('button', { name: 'Export office figures CSV' }))).bytes);
  expect(csv[0]).toEqual(['office_id', 'year', 'tc_delivery_usd', 'resources_mobilized_usd', 'staff', 'budget_usd', 'representative_vacant']);
  expect(csv.slice(1)).toEqual(expect.arrayContaining([['AFR-KEN', '2024', '1715320.5', '', '12', '250000', ''], ['AFR-ETH', '2024', '', '', '7', '', '']]));
  expect(csv).toHaveLength(3);
  const [sheet] = await workbook((await download(page, page.getByRole('button', { name: 'Download office figures as Excel (.xlsx)' }))).bytes);
  expect(sheet?.data).toContainEqual(['AFR-KEN', 2024, 1715320.5, null, 12, 250000, null]);
  expectSameTable(sheet, csv);
  const json = jsonOf((await download(page, page.getByRole('button', { name: 'Export office figures JSON' }))).bytes);
  expect(json.type).toBe('field-network-planner/figures');
  expect(json.data).toContainEqual({ office: 'AFR-KEN', year: 2024, tcDeliveryUsd: 1715320.5, staff: 12, budgetUsd: 250000 });
});

test('the tracker: CSV and Excel hold the 20 roadmap items and the 10 recommendations', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Tracker' }).click();
  const csv = csvRows((await download(page, page.getByRole('button', { name: 'Export tracker CSV' }))).bytes);
  expect(csv[0]?.slice(0, 3)).toEqual(['section', 'id', 'number']);
  expect(csv.filter((row) => row[0] === 'roadmap')).toHaveLength(20);
  const recommendations = csv.filter((row) => row[0] === 'recommendation');
  expect(recommendations.map((row) => row[2])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

  const xlsx = await download(page, page.getByRole('button', { name: 'Download tracker as Excel (.xlsx)' }));
  expect(xlsx.name).toBe('reform-tracker.xlsx');
  const [roadmap, recs] = await workbook(xlsx.bytes);
  expect([roadmap?.sheet, recs?.sheet]).toEqual(['Roadmap', 'Recommendations']);
  expect(roadmap?.data).toHaveLength(1 + 20);
  expect(recs?.data).toHaveLength(1 + 10);
  expect(recs?.data.slice(1).map((row) => row[1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  // The same titles and recommendation texts as the CSV, in the same order.
  const header = csv[0] ?? [];
  const column = (name: string) => header.indexOf(name);
  expect(roadmap?.data.slice(1).map((row) => row[roadmap.data[0]?.indexOf('title') ?? -1])).toEqual(csv.filter((r) => r[0] === 'roadmap').map((r) => r[column('title')]));
  expect(recs?.data.slice(1).map((row) => row[recs.data[0]?.indexOf('text_english') ?? -1])).toEqual(recommendations.map((r) => r[column('text_english')]));
});

test('the import report: 3,000 problems in the CSV and in the Excel file, made without a worker the page refuses', async ({ guarded: page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('radio', { name: 'Offices', exact: true }).check();
  // 3,000 rows with an unknown country each: a sheet far over fflate's 160 kB threshold for a worker.
  const lines = ['id,name,city,country_iso3,region,tier,lat,lon,reports_to,covered_countries_iso3'];
  for (let i = 0; i < 3_000; i++) lines.push(`BAD-${i},=HYPERLINK("x") ${i},City ${i},Z${i},Africa,Country Office,1.5,36.8,,`);
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({ name: 'bad offices.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const report = page.locator('section[aria-labelledby="report-title"]');

  const csvFile = await download(page, report.getByRole('button', { name: 'Download the report (CSV)' }));
  const csv = csvRows(csvFile.bytes);
  expect(csv[0]).toEqual(['line', 'column', 'value', 'read', 'severity', 'problem', 'message']);
  expect(csv.length - 1).toBeGreaterThanOrEqual(3_000);
  expect(csv.find((row) => row[0] === '2' && row[1] === 'country_iso3')?.slice(2, 5)).toEqual(['Z0', '', 'error']);

  const xlsxFile = await download(page, report.getByRole('button', { name: 'Download the report as Excel (.xlsx)' }));
  expect(xlsxFile.name).toBe('bad-offices-csv-report.xlsx');
  expect(xlsxFile.bytes.length).toBeGreaterThan(20_000);
  const [sheet] = await workbook(xlsxFile.bytes);
  expect(sheet?.sheet).toBe('Import report');
  expectSameTable(sheet, csv);
  expect(typeof sheet?.data[1]?.[0]).toBe('number');
  await page.screenshot({ path: `${SCREENSHOTS}/export-contents-import-report.png` });
});

test('the import templates and a scenario file hold what they say', async ({ guarded: page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Start two-tier scenario' }).click();
  await expect(page.getByRole('button', { name: /^Changes \(\d+\)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Scenarios' }).click();
  const scenarioFile = await download(page, page.getByRole('button', { name: /^Download / }).first());
  expect(scenarioFile.name).toBe('two-tier-scenario-1.scenario.json');
  const scenario = jsonOf(scenarioFile.bytes) as { type: string; data: { datasetName: string; scenario: { name: string; changes: unknown[] } } };
  expect(scenario.type).toBe('field-network-planner/scenario');
  expect(scenario.data.scenario.name).toBe('Two-tier scenario 1');
  // "Start two-tier scenario" turns each of today's regional hubs and regional offices into a candidate sub-regional office: one change each.
  expect(scenario.data.scenario.changes.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const templates = [
    { button: 'Download offices template', header: OFFICE_HEADER },
    { button: 'Download coverage (country → office) template', header: ['country_iso3', 'office_id'] },
    { button: 'Download office figures template', header: ['office_id', 'year'] },
  ];
  for (const { button, header } of templates) {
    const rows = csvRows((await download(page, page.getByRole('button', { name: button, exact: true }))).bytes);
    expect(rows[0]?.slice(0, header.length)).toEqual(header);
    expect(rows).toHaveLength(2);
    // Its Excel twin: the same header and example row, numbers typed as numbers.
    const [sheet] = await workbook((await download(page, page.getByRole('button', { name: `${button} as Excel (.xlsx)`, exact: true }))).bytes);
    expectSameTable(sheet, rows);
    expect(sheet?.data[1]?.some((cell) => typeof cell === 'number')).toBe(button !== 'Download coverage (country → office) template');
  }
});

test('the Excel buttons sit beside their CSV twins and are named in the reader’s language', async ({ guarded: page }) => {
  for (const [locale, tables, tracker, officesName, trackerName] of [
    ['en', 'Tables', 'Tracker', 'Download offices as Excel (.xlsx)', 'Download tracker as Excel (.xlsx)'],
    ['ar', 'الجداول', 'متابعة الإصلاح', 'تنزيل المكاتب بصيغة Excel (.xlsx)', 'تنزيل بيانات المتابعة بصيغة Excel (.xlsx)'],
  ] as const) {
    await page.addInitScript((value) => localStorage.setItem('fnp-language', value), locale);
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.getByRole('navigation').getByRole('button', { name: tables, exact: true }).click();
    const offices = page.getByRole('button', { name: officesName });
    await expect(offices).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/export-xlsx-tables-${locale}.png`, clip: { x: 0, y: 0, width: 1440, height: 260 } });
    // A download in Arabic is the same file: the workbook's columns are the data's, not the interface's.
    const [sheet] = await workbook((await download(page, offices)).bytes);
    expect(sheet?.data[0]).toEqual(OFFICE_HEADER);
    await page.getByRole('navigation').getByRole('button', { name: tracker, exact: true }).click();
    await expect(page.getByRole('button', { name: trackerName })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/export-xlsx-tracker-${locale}.png`, clip: { x: 0, y: 0, width: 1440, height: 260 } });
  }
});
