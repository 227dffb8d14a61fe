// Writes sheets of typed cells as an .xlsx file with write-excel-file: every text cell is a
// string cell (a value, never a formula, whatever it starts with), every number a number cell
// with a number format, the header row bold, frozen and each column sized to its content.
// Loaded only when a user asks for a workbook (import() in xlsxDownload), so it never weighs on the first view.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import { columnWidths } from './columnWidths';
import { legalSheetNames } from './sheetNames';
import { NUMBER_FORMATS, type SheetCell, type SheetColumn, type SheetSpec } from './workbookTypes';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function typedCell(value: SheetCell, column: SheetColumn): Cell {
  if (value === null) return null;
  if (typeof value === 'number') {
    // NaN and Infinity have no cell form; an empty cell says "not known", as in the CSV.
    if (!Number.isFinite(value)) return null;
    return column.kind === 'text' ? { value, type: Number } : { value, type: Number, format: NUMBER_FORMATS[column.kind] };
  }
  // type: String is the whole defence against formula injection: the file holds the text as a
  // string value, so "=HYPERLINK(…)" is shown, not run — no apostrophe needed, unlike CSV.
  return { value, type: String };
}

/** The write-excel-file sheets of the specs (pure; exported for tests). */
export function toLibrarySheets(specs: readonly SheetSpec[]): Sheet<Blob>[] {
  const names = legalSheetNames(specs.map((s) => s.name));
  return specs.map((spec, index) => {
    const headers = spec.columns.map((c) => c.header);
    const header: Cell[] = headers.map((value) => ({ value, type: String, fontWeight: 'bold' }));
    const body: Cell[][] = spec.rows.map((row) => spec.columns.map((column, i) => typedCell(row[i] ?? null, column)));
    return {
      data: [header, ...body],
      sheet: names[index] as string,
      columns: columnWidths(spec.columns, spec.rows).map((width) => ({ width })),
      stickyRowsCount: 1,
    };
  });
}

/**
 * The .xlsx file of the sheets, one tab each in the given order.
 * @example await writeWorkbook([{ name: 'Offices', columns: [{ header: 'id', kind: 'text' }], rows: [['AFR-KEN']] }]) // → Blob (XLSX_MIME)
 */
export async function writeWorkbook(specs: readonly SheetSpec[]): Promise<Blob> {
  if (specs.length === 0) throw new Error('writeWorkbook needs at least one sheet');
  return writeXlsxFile(toLibrarySheets(specs), { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
}
