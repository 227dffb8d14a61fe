// The import's vocabulary (issues, context, results) and the reader of one row's mapped
// cells: each cell read as text, code, number, country, office or word, with every problem
// recorded against the row's line and column and, for unknown codes, the nearest match.
import { asCountryCode, asOfficeId, type Country, type CountryCode, type Office, type OfficeId } from '../../model/types';
import { restoreNeutralised } from '../export/toCsv';
import { IMPORT_FIELDS, normalizeHeader, type ColumnMapping, type ImportKind } from './columnMapping';
import type { DecodeIssue } from './decodeText';
import { worded, type ImportKey, type IssueText, type Worded } from './issueText';
import { parseNumber, type DecimalMark } from './parseNumber';
import type { Table, TableIssueKind, TableRecord } from './readTable';

export type Severity = 'error' | 'warning';
export type ImportIssueKind = TableIssueKind | 'undecodable' | 'missing-column' | 'empty-value' | 'not-a-number' | 'out-of-range' | 'unknown-country' | 'unknown-office' | 'unknown-word' | 'duplicate-id' | 'covered-twice';

export interface ImportIssue {
  /** 1-based line in the file (the header line for problems with a column as a whole). */
  readonly line: number;
  /** The column's header name as written in the file (or the field's English label when no column is mapped). */
  readonly column: string;
  /** The column in words for the interface, when it is not a name from the file (a field's label, "column 3"). */
  readonly columnText?: IssueText;
  /** The cell as written. */
  readonly value: string;
  readonly severity: Severity;
  readonly kind: ImportIssueKind;
  /** What is wrong and how to fix it, in English (the downloadable report). */
  readonly message: string;
  /** The same for the interface, which puts it into the reader's language. */
  readonly text: IssueText;
}

export interface ImportContext {
  /** The known countries: codes must be among them. */
  readonly countries: readonly Pick<Country, 'code' | 'name'>[];
  /** Offices already known: coverage and figures must name one; an office's reports-to may. */
  readonly offices: readonly Pick<Office, 'id' | 'name'>[];
  /** Decimal mark of the numbers; detected from the numeric columns when left out. */
  readonly decimal?: DecimalMark;
  /** Lines decodeBytes could not fully decode: each is an error on its row. */
  readonly decodeIssues?: readonly DecodeIssue[];
}

export interface CoveragePair {
  readonly country: CountryCode;
  readonly office: OfficeId;
}

export interface ImportResult<T> {
  /** The rows without errors, in file order. */
  readonly records: readonly { readonly line: number; readonly value: T }[];
  /** Lines of rows with errors: left out when importing the valid rows only. */
  readonly skippedLines: readonly number[];
  /** Sorted by line. */
  readonly issues: readonly ImportIssue[];
  readonly decimal: DecimalMark;
  /** True when an error with the file as a whole (missing, blank or duplicate column) stops the import. */
  readonly blocked: boolean;
}


/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (each 1). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The (at most three) entries nearest to the value by code or name, as "KEN (Kenya)"; [] when none is near. */
export function nearestEntries(value: string, entries: readonly { code: string; name: string }[]): string[] {
  const wanted = normalizeHeader(value);
  const near = (key: string) => {
    const distance = editDistance(wanted, key);
    return distance <= Math.max(1, Math.floor(key.length / 3)) ? distance : Infinity;
  };
  let best = { distance: Infinity, names: [] as string[] };
  for (const { code, name } of entries) {
    const distance = Math.min(near(normalizeHeader(code)), near(normalizeHeader(name)));
    if (distance < best.distance) best = { distance, names: [] };
    if (distance === best.distance && distance < Infinity) best.names.push(`${code} (${name})`);
  }
  return best.names.slice(0, 3);
}

/**
 * An "unknown code" message, with "Did you mean …?" naming the nearest entries when there are any.
 * @example unknownWithHint('import.issue.unknownCountry', 'import.issue.unknownCountryHint', { value: 'KNE' }, ['KEN (Kenya)'])
 * // → { text: { key: 'import.issue.unknownCountryHint', …, alternatives: { options: ['KEN (Kenya)'] } }, message: '"KNE" is not a known country code. … Did you mean KEN (Kenya)?' }
 */
export function unknownWithHint(plain: ImportKey, hinted: ImportKey, values: Record<string, string>, options: readonly string[]): Worded {
  return options.length === 0 ? worded(plain, values) : worded(hinted, values, { alternatives: { options } });
}

export interface Job {
  readonly table: Table;
  readonly mapping: ColumnMapping;
  readonly kind: ImportKind;
  readonly decimal: DecimalMark;
  readonly countries: readonly { code: string; name: string }[];
  readonly offices: readonly { code: string; name: string }[];
  /** The codes of `countries` and `offices`, for quick lookups. */
  readonly known: { readonly countries: ReadonlySet<string>; readonly offices: ReadonlySet<string> };
  /** "Did you mean" among `countries` and `offices`, each distinct value looked up once (nearestIndex.ts). */
  readonly nearest: { readonly countries: (value: string) => readonly string[]; readonly offices: (value: string) => readonly string[] };
  readonly issues: ImportIssue[];
}

/** Reads the mapped cells of one row, recording its problems. */
export class RowCheck {
  failed = false;
  constructor(private readonly job: Job, readonly row: TableRecord) {}

  report(field: string, value: string, severity: Severity, kind: ImportIssueKind, words: Worded): void {
    const index = this.job.mapping[field] ?? null;
    const spec = IMPORT_FIELDS[this.job.kind].find((f) => f.field === field);
    const column = index === null ? (spec?.label ?? field) : (this.job.table.header[index] ?? '');
    const columnText = index === null && spec ? { columnText: { key: spec.labelKey } } : {};
    this.job.issues.push({ line: this.row.line, column, ...columnText, value, severity, kind, ...words });
    if (severity === 'error') this.failed = true;
  }
  raw(field: string): string {
    const index = this.job.mapping[field] ?? null;
    return index === null ? '' : (this.row.cells[index] ?? '');
  }
  /** Free text exactly as written (an export's neutralising apostrophe removed); '' when empty. */
  text(field: string, required = false): string {
    const value = restoreNeutralised(this.raw(field));
    if (required && value.trim() === '') this.report(field, this.raw(field), 'error', 'empty-value', worded('import.issue.emptyRequired'));
    return value.trim() === '' ? '' : value;
  }
  /** An id or code: text without surrounding spaces, never read as a number (leading zeros stay). */
  code(field: string, required = false): string {
    return this.text(field, required).trim();
  }
  number(field: string, range: { min: number; max: number; integer?: boolean; required?: boolean }): number | undefined {
    const raw = this.raw(field);
    if (raw.trim() === '') {
      if (range.required) this.report(field, raw, 'error', 'empty-value', worded('import.issue.emptyNumber'));
      return undefined;
    }
    const parsed = parseNumber(raw, this.job.decimal);
    if (!parsed.ok) return void this.report(field, raw, 'error', 'not-a-number', parsed);
    if (parsed.value < range.min || parsed.value > range.max || (range.integer && !Number.isInteger(parsed.value))) {
      return void this.report(field, raw, 'error', 'out-of-range', worded(range.integer ? 'import.issue.outOfRangeWhole' : 'import.issue.outOfRange', { value: raw.trim(), min: range.min, max: range.max }));
    }
    return parsed.value;
  }
  country(field: string, raw = this.code(field, true)): CountryCode | null {
    const code = raw.toUpperCase();
    if (raw === '') return null;
    if (this.job.known.countries.has(code)) return asCountryCode(code);
    this.report(field, raw, 'error', 'unknown-country', unknownWithHint('import.issue.unknownCountry', 'import.issue.unknownCountryHint', { value: raw }, this.job.nearest.countries(raw)));
    return null;
  }
  office(field: string): OfficeId | null {
    const id = this.code(field, true);
    if (id === '' || this.job.known.offices.has(id)) return id === '' ? null : asOfficeId(id);
    this.report(field, this.raw(field), 'error', 'unknown-office', unknownWithHint('import.issue.unknownOffice', 'import.issue.unknownOfficeHint', { id }, this.job.nearest.offices(id)));
    return null;
  }
  /** Country codes separated by ";" (or ",", "|", spaces); a repeat is a warning and is dropped. */
  countryList(field: string): CountryCode[] {
    const codes: CountryCode[] = [];
    for (const part of this.code(field).split(/[;,|\s]+/).filter((p) => p !== '')) {
      const code = this.country(field, part);
      if (code && codes.includes(code)) this.report(field, part, 'warning', 'covered-twice', worded('import.issue.listedTwiceInCell', { code }));
      else if (code) codes.push(code);
    }
    return codes;
  }
  word<T>(field: string, words: ReadonlyMap<string, T>, choices: readonly string[], required: boolean): T | null {
    const raw = this.code(field, required);
    const value = raw === '' ? undefined : words.get(normalizeHeader(raw));
    if (raw !== '' && value === undefined) this.report(field, raw, 'error', 'unknown-word', worded('import.issue.unknownWord', { value: raw, choices: choices.join(', ') }));
    return value ?? null;
  }
}
