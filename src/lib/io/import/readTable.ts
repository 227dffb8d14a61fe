// A delimited file as a table: the first record is the header, the rest are rows, read by
// PapaParse (readRecords). Every value stays the string written; problems (unclosed quotes,
// uneven rows, blank or duplicate headers) come back as issues.
import { headerLooksLikeData } from './columnMapping';
import { worded, type ImportKey } from './issueText';
import { readRecords } from './readRecords';
import type { TableIssue, TableRecord } from './tableTypes';

export type { TableIssue, TableIssueKind, TableRecord } from './tableTypes';
export { readRecords };

export interface Table {
  /** Header names, trimmed; blank and duplicate names are kept (and reported), never renamed. */
  readonly header: readonly string[];
  /** Line of the header row; 0 when the file is empty. */
  readonly headerLine: number;
  /** Data rows; rows whose cells are all empty are left out (they hold nothing to lose). */
  readonly rows: readonly TableRecord[];
  readonly issues: readonly TableIssue[];
}

export interface ReadTableOptions {
  readonly delimiter: string;
  /** True when line 1 is an Excel `sep=` line (see detectDelimiter). */
  readonly skipFirstLine?: boolean;
}

/** The catalogue names of the delimiters the import offers. */
export const DELIMITER_NAMES: Readonly<Record<string, ImportKey>> = { ',': 'import.delimiter.comma', ';': 'import.delimiter.semicolon', '\t': 'import.delimiter.tab', '|': 'import.delimiter.pipe' };

function headerIssues(header: readonly string[], line: number): TableIssue[] {
  const issues: TableIssue[] = [];
  const firstAt = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') {
      const n = index + 1;
      issues.push({ kind: 'blank-header', line, column: `column ${n}`, columnText: { key: 'import.column.numbered', values: { n } }, index, ...worded('import.issue.blankHeader', { n }) });
      return;
    }
    const first = firstAt.get(name.toLowerCase());
    if (first === undefined) firstAt.set(name.toLowerCase(), index);
    else issues.push({ kind: 'duplicate-header', line, column: name, index, ...worded('import.issue.duplicateHeader', { name, first: first + 1, second: index + 1 }) });
  });
  return issues;
}

/**
 * Reads a table: the first record (after an Excel `sep=` line, if told) is the header.
 * @example readTable('id,name\nA,"Addis, Ababa"\n', { delimiter: ',' })
 * // → { header: ['id','name'], headerLine: 1, rows: [{ line: 2, cells: ['A','Addis, Ababa'] }], issues: [] }
 */
export function readTable(text: string, options: ReadTableOptions): Table {
  const { records, issues } = readRecords(text, options.delimiter);
  return tableFromRecords(options.skipFirstLine && records[0]?.line === 1 ? records.slice(1) : records, issues, options.delimiter);
}

/**
 * Records as a table: the first is the header, and header and row problems join `issues`.
 * `delimiter` is null for a spreadsheet's sheet, whose rows have no width of their own.
 * @example tableFromRecords([{ line: 1, cells: ['id'] }, { line: 2, cells: ['A'] }], [], null)
 * // → { header: ['id'], headerLine: 1, rows: [{ line: 2, cells: ['A'] }], issues: [] }
 */
export function tableFromRecords(records: readonly TableRecord[], readIssues: readonly TableIssue[], delimiter: string | null): Table {
  const issues = [...readIssues];
  const [headerRecord, ...rest] = records;
  if (!headerRecord) {
    return { header: [], headerLine: 0, rows: [], issues: [...issues, { kind: 'empty-file', line: 1, ...worded('import.issue.noHeader') }] };
  }
  const header = headerRecord.cells.map((name) => name.trim());
  const rows = rest.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (delimiter !== null) issues.push(...widthIssues(rows, header.length, delimiter));
  if (rows.length === 0) issues.push({ kind: 'empty-file', line: headerRecord.line, ...worded('import.issue.noRows') });
  const dataLike = headerLooksLikeData(header);
  // Said once, before the missing columns it causes: the first data row was taken for the header.
  if (dataLike.length > 0) issues.push({ kind: 'header-looks-like-data', line: headerRecord.line, ...worded('import.issue.headerLooksLikeData', { cells: dataLike.slice(0, 4).map((c) => `"${c}"`).join(', ') }) });
  return { header, headerLine: headerRecord.line, rows, issues: [...issues, ...headerIssues(header, headerRecord.line)] };
}

/** Rows with more or fewer cells than the header: a delimiter inside an unquoted cell, or one missing. */
function widthIssues(rows: readonly TableRecord[], width: number, delimiter: string): TableIssue[] {
  const delimiterName = DELIMITER_NAMES[delimiter];
  // A delimiter without a name is shown as itself, in quotes.
  const terms = delimiterName ? { terms: { delimiter: delimiterName } } : {};
  return rows
    .filter((r) => r.cells.length !== width)
    .map((row) => {
      const key = row.cells.length > width ? 'import.issue.rowTooWide' : 'import.issue.rowTooNarrow';
      return { kind: 'row-width', line: row.line, ...worded(key, { cells: row.cells.length, header: width, delimiter: `"${delimiter}"` }, terms) };
    });
}
