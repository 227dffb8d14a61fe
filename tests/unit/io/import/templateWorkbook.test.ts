// The Excel twin of each import template reads, through the import's own path, exactly as its
// CSV does: the same header, the same example row, no problem reported.
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../src/lib/io/export/xlsx/writeWorkbook';
import { IMPORT_KINDS } from '../../../../src/lib/io/import/columnMapping';
import { readImportBytes } from '../../../../src/lib/io/import/importPipeline';
import { templateCsv, templateSheet } from '../../../../src/lib/io/import/templates';

describe('import templates as workbooks', () => {
  it.each(IMPORT_KINDS)('the %s template reads from .xlsx as from CSV', async (kind) => {
    const fromCsv = await readImportBytes(new TextEncoder().encode(templateCsv(kind)), kind, {});
    const fromXlsx = await readImportBytes(new Uint8Array(await (await writeWorkbook([templateSheet(kind)])).arrayBuffer()), kind, {});
    expect(fromXlsx.table.header).toEqual(fromCsv.table.header);
    expect(fromXlsx.table.rows.map((row) => row.cells)).toEqual(fromCsv.table.rows.map((row) => row.cells));
    expect(fromXlsx.table.issues).toEqual([]);
    expect(fromXlsx.suggestion.mapping).toEqual(fromCsv.suggestion.mapping);
  });

  it('types the example numbers as numbers (coordinates, money, years), the rest as text', () => {
    const kinds = (kind: (typeof IMPORT_KINDS)[number]) => Object.fromEntries(templateSheet(kind).columns.map((c) => [c.header, c.kind]));
    expect(kinds('offices')).toMatchObject({ id: 'text', lat: 'coordinate', lon: 'coordinate' });
    expect(Object.values(kinds('figures'))).toEqual(expect.arrayContaining(['year', 'usd', 'integer', 'text']));
  });
});
