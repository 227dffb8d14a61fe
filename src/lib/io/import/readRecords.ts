// Delimited text → records, each with the line it starts on, read by PapaParse. What PapaParse
// does not do is added here: CRLF, LF and CR mixed in one file each end a record (PapaParse
// picks one newline per file), a line break inside quotes stays as written, and a quoted cell
// with text after its closing quote costs that one record, never the rows after it.
import Papa from 'papaparse';
import { worded } from './issueText';
import type { TableIssue, TableRecord } from './tableTypes';

/** The text PapaParse reads, the one newline it is told, and what each line end was. */
interface Normalised {
  readonly text: string;
  readonly newline: '\n' | '\r\n' | '\r';
  /** The original line ends in order, when mixed ones were turned into LF (else null). */
  readonly ends: readonly string[] | null;
}

function countOf(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/** One kind of line end is told to PapaParse as it is; mixed ones all become LF. */
function normaliseLineEnds(text: string): Normalised {
  const cr = countOf(text, '\r');
  if (cr === 0) return { text, newline: '\n', ends: null };
  const lf = countOf(text, '\n');
  if (lf === 0) return { text, newline: '\r', ends: null };
  if (countOf(text, '\r\n') === cr && cr === lf) return { text, newline: '\r\n', ends: null };
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n', ends: text.match(/\r\n|\r|\n/g) ?? [] };
}

/** Puts back the line ends a cell had in the file; `first` is the index of its first line end. */
function restoreLineEnds(cell: string, ends: readonly string[], first: number): string {
  let k = first;
  return cell.replace(/\n/g, () => ends[k++] ?? '\n');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quoted part and the stray text after it, for the message about a malformed quoted cell. */
function strayText(line: string, delimiter: string): { quoted: string; extra: string } {
  const d = escapeRegExp(delimiter);
  const found = new RegExp(`(?:^|${d})"((?:[^"]|"")*)"([^${d}"]+)`).exec(line);
  return { quoted: (found?.[1] ?? '').replace(/""/g, '"'), extra: found?.[2] ?? '' };
}

/** Where each line starts in the normalised text, built only when a record must be re-read. */
function lineStarts(text: string, newline: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(newline); i !== -1; i = text.indexOf(newline, i + 1)) starts.push(i + newline.length);
  return starts;
}

/** After a malformed quoted cell, the rows are read in windows of this many lines, growing while clean. */
const RESYNC_BLOCK = 8;

/**
 * Splits text into records with their starting lines; blank lines are skipped, never merged.
 * @example readRecords('a;b\r\n"x\ny";2\r3;4', ';')
 * // → { records: [{ line: 1, cells: ['a','b'] }, { line: 2, cells: ['x\ny','2'] }, { line: 4, cells: ['3','4'] }], issues: [] }
 */
export function readRecords(input: string, delimiter: string, maxRecords = Infinity): { records: TableRecord[]; issues: TableIssue[] } {
  const { text, newline, ends } = normaliseLineEnds(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const records: TableRecord[] = [];
  const issues: TableIssue[] = [];
  let starts: number[] | null = null;
  let line = 1;
  // The whole text in one parse; after a malformed quoted cell, windows of `block` lines, since
  // PapaParse then looks for a closing quote up to the end of what it is given.
  let block = Infinity;
  while (records.length < maxRecords) {
    const offset = starts ? (starts[line - 1] ?? text.length) : 0;
    if (offset >= text.length) break;
    const end = Number.isFinite(block) && starts ? (starts[line - 1 + block] ?? text.length) : text.length;
    const cut = end < text.length;
    const parsed = Papa.parse<string[]>(offset === 0 && !cut ? text : text.slice(offset, end), { delimiter, newline, quoteChar: '"', ...(Number.isFinite(maxRecords) && !cut ? { preview: maxRecords - records.length + 1 } : {}) });
    const malformed = parsed.errors.find((e) => e.code === 'InvalidQuotes')?.row;
    const unclosed = parsed.errors.flatMap((e) => (e.code === 'MissingQuotes' && e.row !== undefined ? [e.row] : []));
    // A record still open at the end of a window may end in the next one: it is read again there.
    const upTo = malformed ?? (cut && unclosed.length > 0 ? Math.min(...unclosed) : parsed.data.length);
    if (upTo === 0 && malformed === undefined) {
      block *= 2;
      continue;
    }
    line = collectRows(parsed.data, upTo, line, newline, ends, new Set(unclosed), records, issues, maxRecords);
    if (malformed === undefined) {
      if (!cut && !parsed.meta.truncated) break;
      starts ??= lineStarts(text, newline); // read in preview: go on after the last row read
      if (!cut) continue;
      block = Math.min(block * 8, 1 << 20);
      continue;
    }
    starts ??= lineStarts(text, newline);
    if (records.length < maxRecords) records.push(readMalformedLine(text, starts, line, delimiter, newline, issues));
    line += 1;
    block = RESYNC_BLOCK;
  }
  return { records, issues };
}

/** Adds the first `upTo` parsed rows as records from `line` on; returns the line after them. */
function collectRows(rows: string[][], upTo: number, line: number, newline: string, ends: readonly string[] | null, unclosed: ReadonlySet<number>, records: TableRecord[], issues: TableIssue[], maxRecords: number): number {
  for (let r = 0; r < upTo && records.length < maxRecords; r++) {
    const cells = rows[r] as string[];
    const start = line;
    let inner = 0;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string;
      if (!cell.includes(newline)) continue;
      if (ends) cells[c] = restoreLineEnds(cell, ends, start - 1 + inner);
      inner += countOf(cell, newline);
    }
    line += inner + 1;
    if (cells.length === 1 && cells[0] === '') continue; // a blank line
    if (unclosed.has(r)) issues.push({ kind: 'unclosed-quote', line: start, ...worded('import.issue.unclosedQuote') });
    records.push({ line: start, cells });
  }
  return line;
}

/**
 * A record with text after a closing quote ends where its line ends: its cells as PapaParse
 * reads that line alone, and the issue that says what is wrong.
 */
function readMalformedLine(text: string, starts: readonly number[], line: number, delimiter: string, newline: Normalised['newline'], issues: TableIssue[]): TableRecord {
  const to = starts[line] ?? text.length;
  const raw = text.slice(starts[line - 1] ?? text.length, starts[line] === undefined ? to : to - newline.length);
  const cells = Papa.parse<string[]>(raw, { delimiter, newline, quoteChar: '"' }).data[0] ?? [];
  issues.push({ kind: 'text-after-quote', line, ...worded('import.issue.textAfterQuote', strayText(raw, delimiter)) });
  return { line, cells };
}
