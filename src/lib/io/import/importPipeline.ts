// The import steps that run off the main thread: bytes → text (encoding) → table (delimiter),
// or an .xlsx workbook's sheet → table, → suggested column mapping; then, once the user has checked the mapping, the rows →
// validated records and a report. Pure functions; the worker only moves data in and out.
import { suggestMapping, type ColumnMapping, type ImportKind, type MappingSuggestion } from './columnMapping';
import { decodeBytes, type DecodedText, type TextEncodingName } from './decodeText';
import { detectDelimiter, type Delimiter } from './detectDelimiter';
import type { DecimalMark, NumberFormat } from './parseNumber';
import { readTable, type Table } from './readTable';
import { readWorkbook } from './readWorkbook';
import { isZipFile } from './workbookBytes';
import { validateCoverage, validateFigures, validateOffices, type ImportContext, type ImportResult } from './validateImport';

export interface ReadOverrides {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: Delimiter;
  /** The sheet of a workbook to read (by name). */
  readonly sheet?: string;
}

/** What was read from a workbook: its sheets and the one read. */
export interface WorkbookSheets {
  readonly sheet: string;
  readonly sheets: readonly string[];
}

export interface ReadFileResult {
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
  readonly decodeIssues: DecodedText['issues'];
  readonly delimiter: Delimiter;
  readonly fromSepLine: boolean;
  readonly table: Table;
  readonly suggestion: MappingSuggestion;
  /** Set when the file was an .xlsx workbook (then encoding and delimiter do not apply). */
  readonly workbook: WorkbookSheets | null;
}

/** How a workbook's cells are written out (readWorkbook): a point, no thousands separator. */
export const WORKBOOK_NUMBER_FORMAT: NumberFormat = { decimalMark: '.', thousandsSeparator: '' };

/**
 * Reads a file's bytes into a table with a suggested mapping, honouring the user's overrides.
 * @example readImportFile(new TextEncoder().encode('sep=;\nid;name\nA;B\n'), 'offices', {})
 * // → { encoding: 'utf-8', delimiter: ';', fromSepLine: true, table: { header: ['id', 'name'], rows: [{ line: 3, … }] }, … }
 */
export function readImportFile(bytes: Uint8Array, kind: ImportKind, overrides: ReadOverrides): ReadFileResult {
  const decoded = decodeBytes(bytes, overrides.encoding);
  const guess = detectDelimiter(decoded.text);
  const delimiter = overrides.delimiter ?? guess.delimiter;
  const table = readTable(decoded.text, { delimiter, skipFirstLine: guess.skipFirstLine });
  return { encoding: decoded.encoding, bom: decoded.bom, decodeIssues: decoded.issues, delimiter, fromSepLine: guess.fromSepLine && !overrides.delimiter, table, suggestion: suggestMapping(table.header, kind), workbook: null };
}

/**
 * Reads a file's bytes as a workbook when they are a ZIP container (an .xlsx, even one renamed
 * .csv), else as delimited text.
 * @example await readImportBytes(xlsxBytes, 'offices', { sheet: 'Offices' }) // → { workbook: { sheet: 'Offices', sheets: ['Notes', 'Offices'] }, table: …, … }
 */
export async function readImportBytes(bytes: Uint8Array, kind: ImportKind, overrides: ReadOverrides): Promise<ReadFileResult> {
  if (!isZipFile(bytes)) return readImportFile(bytes, kind, overrides);
  const { sheet, sheets, table } = await readWorkbook(bytes, overrides.sheet);
  return { encoding: 'utf-8', bom: false, decodeIssues: [], delimiter: ',', fromSepLine: false, table, suggestion: suggestMapping(table.header, kind), workbook: { sheet, sheets } };
}

export type ValidatedImport =
  | { readonly kind: 'offices'; readonly result: ImportResult<import('../../model/types').Office> }
  | { readonly kind: 'coverage'; readonly result: ImportResult<import('./validateImport').CoveragePair> }
  | { readonly kind: 'figures'; readonly result: ImportResult<import('../../scoring/types').OfficeFigures> };

/** Validates a read table with the checked mapping, telling `onProgress` every few thousand rows. */
export function validateTable(kind: ImportKind, table: Table, mapping: ColumnMapping, context: ImportContext & { decimal?: DecimalMark }, onProgress?: (rowsDone: number) => void): ValidatedImport {
  if (kind === 'offices') return { kind, result: validateOffices(table, mapping, context, onProgress) };
  if (kind === 'coverage') return { kind, result: validateCoverage(table, mapping, context, onProgress) };
  return { kind, result: validateFigures(table, mapping, context, onProgress) };
}
