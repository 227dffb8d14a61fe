// RFC 4180 reading for any one-character delimiter, by a small state machine so that CRLF, LF
// and CR each end a record even when mixed in one file. Every value stays the string written;
// problems (unclosed quotes, uneven rows, blank or duplicate headers) come back as issues.

export interface TableRecord {
  /** 1-based line on which the record starts (a record may span lines inside quotes). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type TableIssueKind = 'empty-file' | 'unclosed-quote' | 'text-after-quote' | 'row-width' | 'blank-header' | 'duplicate-header';

export interface TableIssue {
  readonly kind: TableIssueKind;
  readonly line: number;
  /** The header name, for header problems. */
  readonly column?: string;
  /** 0-based column index, for header problems. */
  readonly index?: number;
  readonly message: string;
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

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

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
  if (!quoted.closed) issues.push({ kind: 'unclosed-quote', line: at.line, message: 'A quoted cell starts on this line and is never closed, so the rest of the file was read into it. Add the missing closing double quote (").' });
  at.line += countLineEnds(text, at.i, quoted.next);
  at.i = quoted.next;
  const plainEnd = endOfPlain(text, at.i, delimiter);
  if (plainEnd === at.i) return quoted.value;
  // Lenient like spreadsheets: keep the stray text, but say so.
  const extra = text.slice(at.i, plainEnd);
  issues.push({ kind: 'text-after-quote', line: at.line, message: `There is text after a closing quote: "${quoted.value}"${extra}. Put the whole cell in quotes and double any quote inside it ("").` });
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
      issues.push({ kind: 'blank-header', line, column: `column ${index + 1}`, index, message: `Column ${index + 1} has no name in the header. Give it a name, or delete the column if it is not needed.` });
      return;
    }
    const first = firstAt.get(name.toLowerCase());
    if (first === undefined) firstAt.set(name.toLowerCase(), index);
    else issues.push({ kind: 'duplicate-header', line, column: name, index, message: `The column name "${name}" is used twice (columns ${first + 1} and ${index + 1}). Rename or delete one of them; nothing is renamed automatically.` });
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
    return { header: [], headerLine: 0, rows: [], issues: [...issues, { kind: 'empty-file', line: 1, message: 'The file has no header row. It needs a header row and at least one data row.' }] };
  }
  const header = headerRecord.cells.map((name) => name.trim());
  const rows = rest.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const delimiterName = DELIMITER_NAMES[options.delimiter] ?? `"${options.delimiter}"`;
  for (const row of rows.filter((r) => r.cells.length !== header.length)) {
    const fix = row.cells.length > header.length ? `A cell that contains a ${delimiterName} must be in double quotes; otherwise remove the extra ${delimiterName}.` : `Check for a missing ${delimiterName}.`;
    issues.push({ kind: 'row-width', line: row.line, message: `This row has ${row.cells.length} cells, but the header has ${header.length}. ${fix}` });
  }
  if (rows.length === 0) issues.push({ kind: 'empty-file', line: headerRecord.line, message: 'The file has a header row but no data rows.' });
  return { header, headerLine: headerRecord.line, rows, issues: [...issues, ...headerIssues(header, headerRecord.line)] };
}
