// Small readers for one CSV cell each. They return the value or push a specific issue:
// which file, line and column, what is wrong, and what to write instead.
import type { DataIssue } from '../model/dataIssue';
import { characterCount, findInvisible, showInvisible, textLimitOf } from './import/cellText';
import type { CsvReadResult, CsvRecord } from './readCsvRecords';

/** A plain decimal number: no hexadecimal ("0x1A"), no "Infinity", no grouping, no comma. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Collects the issues of one record while its cells are read. */
export class RecordReader {
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
    private readonly issues: DataIssue[],
  ) {}

  private report(column: string, message: string): void {
    this.issues.push({ file: this.file, line: this.record.line, column, message });
  }

  /** The trimmed text of a cell; an empty required cell, invisible characters and over-long text are issues. */
  text(column: string, required = true): string {
    const value = (this.record.values[column] ?? '').trim();
    if (required && value === '') this.report(column, `The cell is empty. Fill in the ${column}.`);
    const invisible = findInvisible(value);
    if (invisible.length > 0) this.report(column, `"${showInvisible(value)}" holds invisible characters (${invisible.join(', ')}) that can reorder or hide text. Remove them.`);
    const max = textLimitOf(column);
    if (characterCount(value) > max) this.report(column, `The cell holds ${characterCount(value)} characters; at most ${max} are allowed. Shorten it.`);
    return value;
  }

  /** A number within [min, max]; a decimal point, not a comma. */
  number(column: string, min: number, max: number): number {
    const raw = this.text(column);
    if (raw === '') return Number.NaN;
    const value = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value)) {
      this.report(column, `"${raw}" is not a number. Write it with a decimal point, e.g. 9.03.`);
    } else if (value < min || value > max) {
      this.report(column, `${raw} is out of range. It must be between ${min} and ${max}.`);
    }
    return value;
  }

  /** One of a fixed set of words; matching ignores case. */
  oneOf<T extends string>(column: string, allowed: Readonly<Record<string, T>>, required = true): T | null {
    const raw = this.text(column, required);
    if (raw === '') return null;
    const value = allowed[raw.toLowerCase()];
    if (value === undefined) {
      const choices = [...new Set(Object.keys(allowed))].map((w) => `"${w}"`).join(', ');
      this.report(column, `"${raw}" is not a valid ${column}. Use one of: ${choices}.`);
      return null;
    }
    return value;
  }

  /** "yes" or "no". */
  flag(column: string): boolean {
    return this.oneOf(column, { yes: 'yes', no: 'no' } as const) === 'yes';
  }

  /** One required code, e.g. an ISO 3166-1 alpha-3 country code. */
  code(column: string, pattern: RegExp, example: string): string {
    const raw = this.text(column).toUpperCase();
    if (raw !== '' && !pattern.test(raw)) this.report(column, `"${raw}" is not a valid code. Write it like ${example}.`);
    return raw;
  }

  /** A list of codes separated by semicolons; each must match the pattern. */
  codeList(column: string, pattern: RegExp, example: string): string[] {
    const raw = this.text(column, false);
    if (raw === '') return [];
    const codes = raw.split(';').map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
    for (const code of codes.filter((c) => !pattern.test(c))) {
      this.report(column, `"${code}" is not a valid code. Separate codes with semicolons, e.g. ${example}.`);
    }
    return codes.filter((c) => pattern.test(c));
  }
}

/**
 * Issues for columns the header lacks, naming what is expected.
 * @example findMissingColumns(read, ['id', 'name'], 'offices.csv') // → [{ file, line: 1, column: 'name', message: … }]
 */
export function findMissingColumns(read: CsvReadResult, expected: readonly string[], file: string): DataIssue[] {
  if (read.header.length === 0) return [];
  return expected
    .filter((column) => !read.header.includes(column))
    .map((column) => ({ file, line: 1, column, message: `The header has no "${column}" column. Expected columns: ${expected.join(', ')}.` }));
}
