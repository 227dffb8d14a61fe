// What a spreadsheet export is before it becomes an .xlsx file: plain sheets of typed cells,
// built by pure functions (testable without a zip) and written by writeWorkbook.

/** How a column's cells are typed and shown. Text is always written as text, never as a formula. */
export type ColumnKind = 'text' | 'integer' | 'year' | 'decimal' | 'coordinate' | 'usd' | 'score';

export type SheetCell = string | number | null;

export interface SheetColumn {
  /** The header cell: the same name as the CSV twin's column, so a workbook reads like the CSV. */
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface SheetSpec {
  /** The tab's name as wished; writeWorkbook makes it legal and unique for Excel. */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
}

/** Number formats shown by Excel and LibreOffice; the cell keeps the exact number. */
export const NUMBER_FORMATS: Readonly<Record<Exclude<ColumnKind, 'text'>, string>> = {
  integer: '#,##0',
  year: '0',
  decimal: '#,##0.0##',
  coordinate: '0.0000',
  usd: '#,##0',
  score: '0.0',
};

/**
 * A sheet from records and column names, as toCsv takes them: a missing key is an empty cell.
 * @example sheetOf('Offices', [{ id: 'A', lat: 1.5 }], [{ header: 'id', kind: 'text' }, { header: 'lat', kind: 'coordinate' }])
 * // → { name: 'Offices', columns: […], rows: [['A', 1.5]] }
 */
export function sheetOf(name: string, records: readonly Readonly<Record<string, SheetCell | undefined>>[], columns: readonly SheetColumn[]): SheetSpec {
  const rows = records.map((record) => columns.map((c) => (Object.hasOwn(record, c.header) ? (record[c.header] ?? null) : null)));
  return { name, columns, rows };
}

/** Columns of one kind from their names, e.g. textColumns('id', 'name'). */
export const columnsOf = (kind: ColumnKind, ...headers: string[]): SheetColumn[] => headers.map((header) => ({ header, kind }));
