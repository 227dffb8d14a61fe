// An Excel workbook (.xlsx) as the same table a CSV file gives, read by read-excel-file in the
// import worker (its web-worker build spawns no worker of its own, which the CSP would refuse).
// Cells keep the type Excel stored: a number is written out in full with a point, a date as
// ISO 8601, text as it is (not trimmed), so no decimal mark or date order is ever guessed.
import readXlsxFile from 'read-excel-file/web-worker';
import { tableFromRecords, type Table } from './readTable';
import type { TableRecord } from './tableTypes';

export { isOpenDocument, isZipFile } from './workbookBytes';

export interface WorkbookRead {
  /** Every sheet's name, in the workbook's order. */
  readonly sheets: readonly string[];
  /** The sheet read. */
  readonly sheet: string;
  readonly table: Table;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A cell as the text the import checks: numbers in full with a point, dates as ISO 8601 (the
 * time only when there is one), booleans as TRUE/FALSE, an empty cell as "".
 * @example cellAsText(1234.5) // → '1234.5'
 * @example cellAsText(new Date(Date.UTC(2019, 2, 1))) // → '2019-03-01'
 */
export function cellAsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return time === 0 ? day : `${day}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  return String(value);
}

/** A number in plain decimal notation (never 1e+21 or 1e-7, which the number reader refuses). */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Reads one sheet of a workbook (by name; the first when none is given or the name is gone) as
 * a table whose line numbers are the sheet's row numbers.
 * @example await readWorkbook(bytes) // → { sheets: ['Notes', 'Offices'], sheet: 'Notes', table: { header: [...], rows: [{ line: 2, cells: [...] }] } }
 */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<WorkbookRead> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer, { trim: false });
  const chosen = sheets.find((s) => s.sheet === sheet) ?? sheets[0];
  if (!chosen) return { sheets: [], sheet: '', table: tableFromRecords([], [], ',') };
  const records: TableRecord[] = [];
  chosen.data.forEach((row, index) => {
    const cells = row.map(cellAsText);
    // Trailing empty cells are the sheet's width, not the row's.
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) records.push({ line: index + 1, cells });
  });
  return { sheets: sheets.map((s) => s.sheet), sheet: chosen.sheet, table: tableFromRecords(squared(records), [], null) };
}

/**
 * Every record as wide as the widest: a sheet's row only lacks empty cells at its end, and a
 * column with data but no name in the header row gets a blank header, reported like a CSV's.
 */
function squared(records: readonly TableRecord[]): TableRecord[] {
  const width = Math.max(0, ...records.map((r) => r.cells.length));
  return records.map((row) => (row.cells.length === width ? row : { line: row.line, cells: [...row.cells, ...Array<string>(width - row.cells.length).fill('')] }));
}
