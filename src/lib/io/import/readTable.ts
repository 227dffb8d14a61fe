// RFC 4180 reading for any one-character delimiter, by a small state machine so that CRLF, LF
// and CR each end a record even when mixed in one file. Every value stays the string written;
// problems (unclosed quotes, uneven rows, blank or duplicate headers) come back as issues.
import { headerLooksLikeData } from './columnMapping';
import { worded, type IssueText, type ImportKey } from './issueText';

export interface TableRecord {
  /** 1-based line on which the record starts (a record may span lines inside quotes). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type TableIssueKind = 'empty-file' | 'unclosed-quote' | 'text-after-quote' | 'row-width' | 'blank-header' | 'duplicate-header' | 'header-looks-like-data';

export interface TableIssue {
  readonly kind: TableIssueKind;
  readonly line: number;
  /** The header name, for header problems. */
  readonly column?: string;
  /** The column in words for the interface, when it has no name of its own ("column 3"). */
  readonly columnText?: IssueText;
  /** 0-based column index, for header problems. */
  readonly index?: number;
  /** In English. */
  readonly message: string;
  /** The same for the interface. */
  readonly text: IssueText;
}

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

/** Number of line ends in text[from, to): CRLF, LF and lone CR count once each. */
function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** Reads a quoted cell whose opening quote is at `start`; returns the value and the index after it. */
function readQuoted(text: string, start: number): { value: string; next: number; closed: boolean } {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { value: value + text.slice(from), next: text.length, closed: false };
    if (text[quote + 1] !== '"') return { value: value + text.slice(from, quote), next: quote + 1, closed: true };
    value += text.slice(from, quote + 1); // a doubled quote stands for one
    from = quote + 2;
  }
}

/** Index of the first delimiter, CR or LF at or after `from` (or the end). */
function endOfPlain(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Reads one cell at `at.i`, moving the cursor past it (not past the delimiter or line end). */
function readCell(text: string, at: { i: number; line: number }, delimiter: string, issues: TableIssue[]): string {
  if (text[at.i] !== '"') {
    const plainEnd = endOfPlain(text, at.i, delimiter);
    const value = text.slice(at.i, plainEnd);
    at.i = plainEnd;
    return value;
  }
  const quoted = readQuoted(text, at.i);
  if (!quoted.closed) issues.push({ kind: 'unclosed-quote', line: at.line, ...worded('import.issue.unclosedQuote') });
  at.line += countLineEnds(text, at.i, quoted.next);
  at.i = quoted.next;
  const plainEnd = endOfPlain(text, at.i, delimiter);
  if (plainEnd === at.i) return quoted.value;
  // Lenient like spreadsheets: keep the stray text, but say so.
  const extra = text.slice(at.i, plainEnd);
  issues.push({ kind: 'text-after-quote', line: at.line, ...worded('import.issue.textAfterQuote', { quoted: quoted.value, extra }) });
  at.i = plainEnd;
  return quoted.value + extra;
}

/** Moves the cursor past one line end (CRLF, LF or CR), if there is one. */
function skipLineEnd(text: string, at: { i: number; line: number }): void {
  if (at.i >= text.length) return;
  at.i += text[at.i] === '\r' && text[at.i + 1] === '\n' ? 2 : 1;
  at.line++;
}

/**
 * Splits text into records with their starting lines; blank lines are skipped, never merged.
 * @example readRecords('a;b\r\n"x\ny";2\r3;4', ';')
 * // → { records: [{ line: 1, cells: ['a','b'] }, { line: 2, cells: ['x\ny','2'] }, { line: 4, cells: ['3','4'] }], issues: [] }
 */
export function readRecords(text: string, delimiter: string, maxRecords = Infinity): { records: TableRecord[]; issues: TableIssue[] } {
  const records: TableRecord[] = [];
  const issues: TableIssue[] = [];
  const at = { i: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1 };
  while (at.i < text.length && records.length < maxRecords) {
    if (text[at.i] === '\n' || text[at.i] === '\r') {
      skipLineEnd(text, at);
      continue;
    }
    const line = at.line;
    const cells = [readCell(text, at, delimiter, issues)];
    while (text[at.i] === delimiter) {
      at.i++;
      cells.push(readCell(text, at, delimiter, issues));
    }
    skipLineEnd(text, at);
    records.push({ line, cells });
  }
  return { records, issues };
}

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
  const [headerRecord, ...rest] = options.skipFirstLine && records[0]?.line === 1 ? records.slice(1) : records;
  if (!headerRecord) {
    return { header: [], headerLine: 0, rows: [], issues: [...issues, { kind: 'empty-file', line: 1, ...worded('import.issue.noHeader') }] };
  }
  const header = headerRecord.cells.map((name) => name.trim());
  const rows = rest.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const delimiterName = DELIMITER_NAMES[options.delimiter];
  // A delimiter without a name is shown as itself, in quotes.
  const delimiter = delimiterName ? { terms: { delimiter: delimiterName } } : {};
  for (const row of rows.filter((r) => r.cells.length !== header.length)) {
    const key = row.cells.length > header.length ? 'import.issue.rowTooWide' : 'import.issue.rowTooNarrow';
    issues.push({ kind: 'row-width', line: row.line, ...worded(key, { cells: row.cells.length, header: header.length, delimiter: `"${options.delimiter}"` }, delimiter) });
  }
  if (rows.length === 0) issues.push({ kind: 'empty-file', line: headerRecord.line, ...worded('import.issue.noRows') });
  const dataLike = headerLooksLikeData(header);
  // Said once, before the missing columns it causes: the first data row was taken for the header.
  if (dataLike.length > 0) issues.push({ kind: 'header-looks-like-data', line: headerRecord.line, ...worded('import.issue.headerLooksLikeData', { cells: dataLike.slice(0, 4).map((c) => `"${c}"`).join(', ') }) });
  return { header, headerLine: headerRecord.line, rows, issues: [...issues, ...headerIssues(header, headerRecord.line)] };
}
