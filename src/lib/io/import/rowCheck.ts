// The import's vocabulary (issues, context, results) and the reader of one row's mapped
// cells: each cell read as text, code, number, country, office or word, with every problem
// recorded against the row's line and column and, for unknown codes, the nearest match.
import { asCountryCode, asOfficeId, type Country, type CountryCode, type Office, type OfficeId } from '../../model/types';
import { restoreNeutralised } from '../export/toCsv';
import { IMPORT_FIELDS, normalizeHeader, type ColumnMapping, type ImportKind } from './columnMapping';
import { characterCount, findInvisible, shortened, showInvisible, textLimitOf } from './cellText';
import { findCountryByAlias, type CountryEntry } from './countryNames';
import type { DecodeIssue, DecodeIssueKind } from './decodeText';
import { worded, type IssueText, type Worded } from './issueText';
import { unknownWithHint } from './nearestEntries';
import { ambiguityOf, columnNumberFormat, type ColumnNumberFormat } from './numberFormat';
import { parseNumber, type DecimalMark, type NumberFormat } from './parseNumber';
import type { Table, TableIssueKind, TableRecord } from './readTable';

export type Severity = 'error' | 'warning';
export type ImportIssueKind =
  | TableIssueKind | DecodeIssueKind | 'missing-column' | 'empty-value' | 'not-a-number' | 'out-of-range' | 'unknown-country' | 'unknown-office' | 'unknown-word' | 'duplicate-id' | 'covered-twice'
  // Values read differently from how they are written: imported, with a warning.
  | 'ambiguous-number' | 'country-converted' | 'code-normalised' | 'word-normalised' | 'apostrophe-removed' | 'invisible-characters' | 'too-long';

export interface ImportIssue {
  /** 1-based line in the file (the header line for problems with a column as a whole). */
  readonly line: number;
  /** The column's header name as written in the file (or the field's English label when no column is mapped). */
  readonly column: string;
  /** The column in words for the interface, when it is not a name from the file (a field's label, "column 3"). */
  readonly columnText?: IssueText;
  /** The cell as written (invisible characters written out as ⟨U+202E⟩, a very long cell shortened). */
  readonly value: string;
  /** The value as the import read it, when that differs from the text ("250000" for "250.000"). */
  readonly read?: string;
  readonly severity: Severity;
  readonly kind: ImportIssueKind;
  /** What is wrong and how to fix it, in English (the downloadable report). */
  readonly message: string;
  /** The same for the interface, which puts it into the reader's language. */
  readonly text: IssueText;
}

export interface ImportContext {
  /** The known countries: codes must be among them (their alpha-2 codes and names are converted, with a warning). */
  readonly countries: readonly (Pick<Country, 'code' | 'name'> & Partial<Pick<Country, 'iso2'>>)[];
  /** Offices already known: coverage and figures must name one; an office's reports-to may. */
  readonly offices: readonly Pick<Office, 'id' | 'name'>[];
  /** Decimal mark of the numbers, as the user chose it; detected per column when left out. */
  readonly decimal?: DecimalMark;
  /** The user's choice of decimal mark and thousands separator (wins over `decimal`). */
  readonly numberFormat?: NumberFormat;
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


export { nearestEntries, unknownWithHint } from './nearestEntries';

export interface Job {
  readonly table: Table;
  readonly mapping: ColumnMapping;
  readonly kind: ImportKind;
  /** The file's decimal mark, for columns whose values do not tell. */
  readonly decimal: DecimalMark;
  /** The user's choice (see chosenNumberFormat); undefined to decide per column. */
  readonly numberFormat?: NumberFormat;
  readonly countries: readonly CountryEntry[];
  readonly offices: readonly { code: string; name: string }[];
  /** The codes of `countries` and `offices`, for quick lookups. */
  readonly known: { readonly countries: ReadonlySet<string>; readonly offices: ReadonlySet<string> };
  /** "Did you mean" among `countries` and `offices`, each distinct value looked up once (nearestIndex.ts). */
  readonly nearest: { readonly countries: (value: string) => readonly string[]; readonly offices: (value: string) => readonly string[] };
  readonly issues: ImportIssue[];
}

/** Each job's column conventions, decided once per column on first use. */
const FORMATS = new WeakMap<Job, Map<number, ColumnNumberFormat>>();

function formatOf(job: Job, column: number): ColumnNumberFormat {
  const formats = FORMATS.get(job) ?? FORMATS.set(job, new Map()).get(job)!;
  return formats.get(column) ?? formats.set(column, columnNumberFormat(job.table.rows, column, job.decimal, job.numberFormat)).get(column)!;
}

/** Country suggestions for an unknown value: never from a two-letter value (an alpha-2 code is matched exactly or not at all). */
/** A two-letter value it does not know is never "near" a country: KR is Korea, not Kiribati (KIR). */
const nearestCountries = (value: string, nearest: (value: string) => readonly string[]) => (value.trim().length <= 2 ? [] : nearest(value));

/** A number as plain digits for a message ("250000", never "250,000", which would be ambiguous again). */
const plain = (value: number) => String(value);

/** Reads the mapped cells of one row, recording its problems. */
export class RowCheck {
  failed = false;
  constructor(private readonly job: Job, readonly row: TableRecord) {}

  report(field: string, value: string, severity: Severity, kind: ImportIssueKind, words: Worded, read?: string): void {
    const index = this.job.mapping[field] ?? null;
    const spec = IMPORT_FIELDS[this.job.kind].find((f) => f.field === field);
    const column = index === null ? (spec?.label ?? field) : (this.job.table.header[index] ?? '');
    const columnText = index === null && spec ? { columnText: { key: spec.labelKey } } : {};
    this.job.issues.push({ line: this.row.line, column, ...columnText, value, ...(read === undefined ? {} : { read }), severity, kind, ...words });
    if (severity === 'error') this.failed = true;
  }
  raw(field: string): string {
    const index = this.job.mapping[field] ?? null;
    return index === null ? '' : (this.row.cells[index] ?? '');
  }
  /** Free text exactly as written ('' when empty); an export's neutralising apostrophe is removed, invisible characters and length are checked, each with a word in the report. */
  text(field: string, required = false): string {
    const raw = this.raw(field);
    const value = restoreNeutralised(raw);
    if (required && value.trim() === '') this.report(field, raw, 'error', 'empty-value', worded('import.issue.emptyRequired'));
    if (value.trim() === '') return '';
    if (value !== raw) this.report(field, raw, 'warning', 'apostrophe-removed', worded('import.issue.apostropheRemoved', { value: shortened(raw) }), shortened(value));
    const invisible = findInvisible(value);
    if (invisible.length > 0) this.report(field, shortened(showInvisible(raw)), 'warning', 'invisible-characters', worded('import.issue.invisible', { shown: shortened(showInvisible(value), 120), codes: [...new Set(invisible)].join(', ') }));
    const length = characterCount(value);
    const max = textLimitOf(field);
    if (length > max) this.report(field, shortened(showInvisible(raw)), 'error', 'too-long', worded('import.issue.tooLong', { length, max }));
    return value;
  }
  /** An id or code: text without surrounding spaces, never read as a number (leading zeros stay); trimmed spaces are reported. */
  code(field: string, required = false): string {
    const text = this.text(field, required);
    const code = text.trim();
    if (code !== text) this.report(field, this.raw(field), 'warning', 'code-normalised', worded('import.issue.spacesTrimmed', { value: text, read: code }), code);
    return code;
  }
  number(field: string, range: { min: number; max: number; integer?: boolean; required?: boolean }): number | undefined {
    const raw = this.raw(field);
    if (raw.trim() === '') {
      if (range.required) this.report(field, raw, 'error', 'empty-value', worded('import.issue.emptyNumber'));
      return undefined;
    }
    const format = formatOf(this.job, this.job.mapping[field] ?? -1);
    const parsed = parseNumber(raw, format.decimalMark, format.thousandsSeparator);
    if (!parsed.ok) return void this.report(field, raw, 'error', 'not-a-number', parsed);
    const fits = (value: number) => value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
    const ambiguity = ambiguityOf(raw, format);
    if (ambiguity && fits(ambiguity.otherReading)) {
      const key = ambiguity.readAs === 'decimal' ? 'import.issue.ambiguousDecimal' : 'import.issue.ambiguousThousands';
      this.report(field, raw, 'warning', 'ambiguous-number', worded(key, { value: raw.trim(), read: plain(ambiguity.asRead), other: plain(ambiguity.otherReading), mark: ambiguity.mark }), plain(ambiguity.asRead));
    }
    if (!fits(parsed.value)) {
      return void this.report(field, raw, 'error', 'out-of-range', worded(range.integer ? 'import.issue.outOfRangeWhole' : 'import.issue.outOfRange', { value: raw.trim(), min: range.min, max: range.max }), plain(parsed.value));
    }
    return parsed.value;
  }
  /** A known ISO3 code; an alpha-2 code, a code in other case or an exact country name is converted, with a warning. */
  country(field: string, raw = this.code(field, true)): CountryCode | null {
    if (raw === '') return null;
    if (this.job.known.countries.has(raw)) return asCountryCode(raw);
    const upper = raw.toUpperCase();
    if (this.job.known.countries.has(upper)) {
      this.report(field, raw, 'warning', 'code-normalised', worded('import.issue.caseChanged', { value: raw, read: upper }), upper);
      return asCountryCode(upper);
    }
    const alias = findCountryByAlias(raw, this.job.countries);
    if (alias) {
      const key = alias.via === 'alpha-2' ? 'import.issue.countryFromAlpha2' : 'import.issue.countryFromName';
      this.report(field, raw, 'warning', 'country-converted', worded(key, { value: raw, code: alias.code, name: alias.name }), alias.code);
      return asCountryCode(alias.code);
    }
    this.report(field, raw, 'error', 'unknown-country', unknownWithHint('import.issue.unknownCountry', 'import.issue.unknownCountryHint', { value: raw }, nearestCountries(raw, this.job.nearest.countries)));
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
  /** One of a few words; a form other than one of `choices` as written ("africa", "+Africa", "AFR") is read with a warning. */
  word<T>(field: string, words: ReadonlyMap<string, T>, choices: readonly string[], required: boolean): T | null {
    const raw = this.code(field, required);
    const value = raw === '' ? undefined : words.get(normalizeHeader(raw));
    if (raw !== '' && value === undefined) this.report(field, raw, 'error', 'unknown-word', worded('import.issue.unknownWord', { value: raw, choices: choices.join(', ') }));
    if (value !== undefined && !choices.includes(raw) && raw !== String(value)) {
      const read = choices.find((choice) => words.get(normalizeHeader(choice)) === value) ?? String(value);
      this.report(field, raw, 'warning', 'word-normalised', worded('import.issue.wordRead', { value: raw, read }), read);
    }
    return value ?? null;
  }
}
