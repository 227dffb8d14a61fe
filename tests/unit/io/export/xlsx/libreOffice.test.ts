// A second, independent reader: LibreOffice opens the exported workbook and writes each sheet
// back as CSV. Formula-looking text must come back as that text (a formula would come back as its
// result), numbers as the same numbers, and the number formats as Excel users see them.
// Skipped, with the reason printed, where LibreOffice is not installed (apt-get install libreoffice-calc-nogui).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOfficesCsv, restoreNeutralised } from '../../../../../src/lib/io/export/toCsv';
import { officesSheet } from '../../../../../src/lib/io/export/xlsx/exportSheets';
import { writeWorkbook } from '../../../../../src/lib/io/export/xlsx/writeWorkbook';
import { parseOfficesCsv } from '../../../../../src/lib/io/parseOfficesCsv';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
// `soffice` alone is not enough: the SVG rendering check installs LibreOffice Impress, which
// brings `soffice` without Calc, and a conversion without Calc exits 0 having written nothing.
const CALC_LIBRARY = '/usr/lib/libreoffice/program/libsclo.so';
const available = soffice.status === 0 && existsSync(CALC_LIBRARY);
if (!available) console.log('LibreOffice round trip skipped: LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui to run it).');

const offices = parseOfficesCsv(readFileSync(new URL('../../../../../data/offices.csv', import.meta.url), 'utf8')).offices;
const HOSTILE = ['=1+1', '@SUM(A1:A2)', '-2+3', '+HYPERLINK("http://evil.example")', 'two\nlines'];
const work = mkdtempSync(join(tmpdir(), 'fnp-xlsx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every sheet of the workbook as LibreOffice writes it to CSV (UTF-8); `asShown` applies the number formats. */
async function throughLibreOffice(blob: Blob, asShown: boolean): Promise<Record<string, string[][]>> {
  const out = mkdtempSync(join(work, asShown ? 'shown-' : 'raw-'));
  const file = join(out, 'book.xlsx');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  // Filter options: comma, double quote, UTF-8, …, token 9 "save cell contents as shown", token 12 "-1" = every sheet.
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`;
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(out).filter((n) => n.endsWith('.csv'))) {
    sheets[name.replace(/^book-|\.csv$/g, '')] = Papa.parse<string[]>(readFileSync(join(out, name), 'utf8'), { skipEmptyLines: true }).data;
  }
  return sheets;
}

describe.skipIf(!available)('the exported workbook in LibreOffice', () => {
  it('reads the offices sheet cell for cell as the CSV export, and formula-looking text as text', { timeout: 180_000 }, async () => {
    const hostile = { name: 'Hostile', columns: [{ header: 'text', kind: 'text' as const }, { header: 'n', kind: 'integer' as const }], rows: HOSTILE.map((text, i) => [text, i]) };
    const sheets = await throughLibreOffice(await writeWorkbook([officesSheet(offices), hostile]), false);
    expect(Object.keys(sheets).sort()).toEqual(['Hostile', 'Offices']);
    const csv = Papa.parse<string[]>(exportOfficesCsv(offices, { bom: false }), { skipEmptyLines: true }).data.map((row) => row.map(restoreNeutralised));
    expect(sheets['Offices']).toEqual(csv);
    // A formula would have been computed ("2", "1", …): LibreOffice shows the text as written.
    expect(sheets['Hostile']?.slice(1).map((row) => row[0])).toEqual(HOSTILE);
  });

  it('shows the numbers with their formats: coordinates to 4 decimals, dollars with thousands separators', { timeout: 180_000 }, async () => {
    const spec = { name: 'Formats', columns: [{ header: 'lat', kind: 'coordinate' as const }, { header: 'usd', kind: 'usd' as const }, { header: 'year', kind: 'year' as const }], rows: [[9.03, 1_715_320.5, 2024]] };
    const sheets = await throughLibreOffice(await writeWorkbook([spec]), true);
    expect(sheets['book'] ?? sheets['Formats']).toEqual([['lat', 'usd', 'year'], ['9.0300', '1,715,321', '2024']]);
  });
});
