// .xlsx import: a workbook written by LibreOffice (tests/fixtures/import/offices-workbook.xlsx,
// made from offices-workbook.fods with `soffice --headless --convert-to xlsx`) reads exactly,
// with its cells as Excel stored them, through the same path as CSV (the worker's readImportBytes).
import { describe, expect, it } from 'vitest';
import { ImportJob, type JobReply } from '../../../../src/lib/io/import/importJob';
import { readImportBytes } from '../../../../src/lib/io/import/importPipeline';
import { cellAsText, isOpenDocument, isZipFile } from '../../../../src/lib/io/import/readWorkbook';
import { context, fixture } from './importHelpers';

const workbook = fixture('offices-workbook.xlsx');

describe('readImportBytes with an .xlsx workbook', () => {
  it('lists the sheets and reads the first by default', async () => {
    const read = await readImportBytes(workbook, 'offices', {});
    expect(read.workbook).toEqual({ sheet: 'Notes', sheets: ['Notes', 'Offices', 'Merged header'] });
    expect(read.table.header).toEqual(['Office list for the 2026 review']);
    expect(read.table.issues.map((i) => i.kind)).toContain('empty-file');
  });

  it('reads the chosen sheet cell for cell: text untouched, numbers in full, dates as ISO, empty cells empty', async () => {
    const read = await readImportBytes(workbook, 'offices', { sheet: 'Offices' });
    expect(read.table.header).toEqual(['id', 'name', 'city', 'country_iso3', 'region', 'tier', 'lat', 'lon', 'reports_to', 'covered_countries_iso3', 'opened']);
    expect(read.table.rows).toEqual([
      { line: 2, cells: ['AFR-ETH', 'Addis Ababa hub, "main" office', 'Addis Ababa', 'ETH', 'Africa', 'Regional Hub', '9.03', '38.74', '', 'ETH;DJI', '2019-03-01'] },
      { line: 3, cells: ['AFR-SEN', 'Dakar office', 'Dakar', 'SEN', 'Africa', 'Country Office', '14.7167', '-17.4677', 'AFR-ETH', 'SEN;GMB', '2021-11-15'] },
      { line: 4, cells: ['LAC-MEX', 'Mexico City office', 'Mexico City', 'MEX', 'Latin America and the Caribbean', 'Country Office', '19.4326', '-99.1332', '', 'MEX', ''] },
    ]);
    expect(read.table.issues).toEqual([]);
    expect(read.suggestion.mapping).toMatchObject({ id: 0, name: 1, lat: 6, lon: 7 });
  });

  it('reports a merged header cell as a column without a name, like a CSV blank header', async () => {
    const read = await readImportBytes(workbook, 'figures', { sheet: 'Merged header' });
    expect(read.table.header).toEqual(['office_id', 'year', 'staff', '']);
    expect(read.table.issues).toEqual([expect.objectContaining({ kind: 'blank-header', line: 1, index: 3, text: { key: 'import.issue.blankHeader', values: { n: 4 } } })]);
  });

  it('is recognised by its bytes, whatever the file is called; an OpenDocument file is not taken for one', () => {
    expect(isZipFile(workbook)).toBe(true);
    expect(isOpenDocument(workbook)).toBe(false);
    expect(isZipFile(fixture('encoding-utf8.csv'))).toBe(false);
    const ods = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array<number>(26).fill(0), ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    expect(isOpenDocument(ods)).toBe(true);
  });

  it.each([
    { value: 1234.5, text: '1234.5' },
    { value: 1e21, text: '1000000000000000000000' },
    { value: 1e-7, text: '0.0000001' },
    { value: -0.5, text: '-0.5' },
    { value: true, text: 'TRUE' },
    { value: null, text: '' },
    { value: ' padded ', text: ' padded ' },
    { value: new Date(Date.UTC(2019, 2, 1)), text: '2019-03-01' },
    { value: new Date(Date.UTC(2019, 2, 1, 13, 5, 9)), text: '2019-03-01T13:05:09' },
  ])('writes the cell $value as "$text"', ({ value, text }) => expect(cellAsText(value)).toBe(text));
});

describe('the import worker with a workbook', () => {
  it('checks the sheet with the numbers as stored (even a decimal comma chosen for CSV does not apply) and lands exactly the offices it holds', async () => {
    const replies: JobReply[] = [];
    const job = new ImportJob((reply) => replies.push(reply));
    // Named .csv: the bytes decide.
    await job.handle({ type: 'read', file: new Blob([workbook as BlobPart]), kind: 'offices', overrides: { sheet: 'Offices' } });
    const read = replies.find((r) => r.type === 'read');
    expect(read?.type === 'read' && read.result.workbook).toEqual({ sheet: 'Offices', sheets: ['Notes', 'Offices', 'Merged header'] });
    if (read?.type !== 'read') return;
    const ctx = context();
    await job.handle({ type: 'validate', kind: 'offices', mapping: read.result.suggestion.mapping, context: { countries: ctx.countries, offices: [], numberFormat: { decimalMark: ',' } } });
    const validated = replies.find((r) => r.type === 'validated');
    expect(validated?.type === 'validated' && [validated.summary.valid, validated.summary.skipped]).toEqual([3, 0]);
    await job.handle({ type: 'land', id: 1, what: 'records', baseline: { offices: [], countries: ctx.countries } as never });
    const landed = replies.filter((r) => r.type === 'land').flatMap((r) => (r.type === 'land' ? r.items : [])) as { id: string; point: { lat: number; lon: number }; reportsTo: string | null }[];
    expect(landed.map((o) => [o.id, o.point.lat, o.point.lon, o.reportsTo])).toEqual([['AFR-ETH', 9.03, 38.74, null], ['AFR-SEN', 14.7167, -17.4677, 'AFR-ETH'], ['LAC-MEX', 19.4326, -99.1332, null]]);
  });
});
