// Turns mapped table rows into offices, coverage pairs or office figures plus a report: each
// problem tied to its line, column and value, as an error (the row is skipped by "import valid
// rows only") or a warning (the row is imported). Text stays exactly as written.
import { ALL_TIERS, CONFIDENCE_LEVELS, REGIONS, asCountryCode, asOfficeId, type Country, type CountryCode, type Office, type OfficeId } from '../../model/types';
import type { OfficeFigures } from '../../scoring/types';
import { restoreNeutralised, toCsv } from '../export/toCsv';
import { IMPORT_FIELDS, describeMapping, normalizeHeader, type ColumnMapping, type ImportKind } from './columnMapping';
import type { DecodeIssue } from './decodeText';
import { detectDecimalMark, parseNumber, type DecimalMark } from './parseNumber';
import type { Table, TableIssueKind, TableRecord } from './readTable';

export type Severity = 'error' | 'warning';
export type ImportIssueKind = TableIssueKind | 'undecodable' | 'missing-column' | 'empty-value' | 'not-a-number' | 'out-of-range' | 'unknown-country' | 'unknown-office' | 'unknown-word' | 'duplicate-id' | 'covered-twice';

export interface ImportIssue {
  /** 1-based line in the file (the header line for problems with a column as a whole). */
  readonly line: number;
  /** The column's header name as written in the file (or the field's label when no column is mapped). */
  readonly column: string;
  /** The cell as written. */
  readonly value: string;
  readonly severity: Severity;
  readonly kind: ImportIssueKind;
  /** What is wrong and how to fix it. */
  readonly message: string;
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

const wordsOf = <T extends string>(values: readonly T[], extra: Record<string, T> = {}) => new Map<string, T>([...values.map((v) => [normalizeHeader(v), v] as const), ...Object.entries(extra)]);
const REGION_WORDS = wordsOf(REGIONS, { afr: 'Africa', arb: 'Arab States', asp: 'Asia and the Pacific', asiapacific: 'Asia and the Pacific', eca: 'Europe and Central Asia', lac: 'Latin America and the Caribbean' });
const TIER_WORDS = wordsOf(ALL_TIERS, { hub: 'regional-hub' });
const CONFIDENCE_WORDS = wordsOf(CONFIDENCE_LEVELS);
const YES_NO = new Map([...['yes', 'y', 'true', '1', 'vacant'].map((w) => [w, true] as const), ...['no', 'n', 'false', '0', 'filled'].map((w) => [w, false] as const)]);
const NUMERIC_FIELDS: Readonly<Record<ImportKind, readonly string[]>> = { offices: ['lat', 'lon'], coverage: [], figures: ['year', 'tcDeliveryUsd', 'resourcesMobilizedUsd', 'staff', 'budgetUsd'] };

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

/** " Did you mean KEN (Kenya)?" naming the (at most three) nearest entries by code or name; '' when none is near. */
function suggest(value: string, entries: readonly { code: string; name: string }[]): string {
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
  const names = best.names.slice(0, 3);
  return names.length === 0 ? '' : ` Did you mean ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)}?`;
}

interface Job {
  readonly table: Table;
  readonly mapping: ColumnMapping;
  readonly kind: ImportKind;
  readonly decimal: DecimalMark;
  readonly countries: readonly { code: string; name: string }[];
  readonly offices: readonly { code: string; name: string }[];
  /** The codes of `countries` and `offices`, for quick lookups. */
  readonly known: { readonly countries: ReadonlySet<string>; readonly offices: ReadonlySet<string> };
  readonly issues: ImportIssue[];
}

/** Reads the mapped cells of one row, recording its problems. */
class RowCheck {
  failed = false;
  constructor(private readonly job: Job, readonly row: TableRecord) {}

  report(field: string, value: string, severity: Severity, kind: ImportIssueKind, message: string): void {
    const index = this.job.mapping[field] ?? null;
    const column = index === null ? (IMPORT_FIELDS[this.job.kind].find((f) => f.field === field)?.label ?? field) : (this.job.table.header[index] ?? '');
    this.job.issues.push({ line: this.row.line, column, value, severity, kind, message });
    if (severity === 'error') this.failed = true;
  }
  raw(field: string): string {
    const index = this.job.mapping[field] ?? null;
    return index === null ? '' : (this.row.cells[index] ?? '');
  }
  /** Free text exactly as written (an export's neutralising apostrophe removed); '' when empty. */
  text(field: string, required = false): string {
    const value = restoreNeutralised(this.raw(field));
    if (required && value.trim() === '') this.report(field, this.raw(field), 'error', 'empty-value', 'The cell is empty. Fill it in: this field is required.');
    return value.trim() === '' ? '' : value;
  }
  /** An id or code: text without surrounding spaces, never read as a number (leading zeros stay). */
  code(field: string, required = false): string {
    return this.text(field, required).trim();
  }
  number(field: string, range: { min: number; max: number; integer?: boolean; required?: boolean }): number | undefined {
    const raw = this.raw(field);
    if (raw.trim() === '') {
      if (range.required) this.report(field, raw, 'error', 'empty-value', 'The cell is empty. Fill in the number: an empty cell is never read as 0.');
      return undefined;
    }
    const parsed = parseNumber(raw, this.job.decimal);
    if (!parsed.ok) return void this.report(field, raw, 'error', 'not-a-number', parsed.message);
    if (parsed.value < range.min || parsed.value > range.max || (range.integer && !Number.isInteger(parsed.value))) {
      return void this.report(field, raw, 'error', 'out-of-range', `${raw.trim()} is out of range. Write ${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}.`);
    }
    return parsed.value;
  }
  country(field: string, raw = this.code(field, true)): CountryCode | null {
    const code = raw.toUpperCase();
    if (raw === '') return null;
    if (this.job.known.countries.has(code)) return asCountryCode(code);
    this.report(field, raw, 'error', 'unknown-country', `"${raw}" is not a known country code. Use an ISO 3166-1 alpha-3 code such as KEN.${suggest(raw, this.job.countries)}`);
    return null;
  }
  office(field: string): OfficeId | null {
    const id = this.code(field, true);
    if (id === '' || this.job.known.offices.has(id)) return id === '' ? null : asOfficeId(id);
    this.report(field, this.raw(field), 'error', 'unknown-office', `No office has the id "${id}". Use the id of an existing office (ids are matched exactly).${suggest(id, this.job.offices)}`);
    return null;
  }
  /** Country codes separated by ";" (or ",", "|", spaces); a repeat is a warning and is dropped. */
  countryList(field: string): CountryCode[] {
    const codes: CountryCode[] = [];
    for (const part of this.code(field).split(/[;,|\s]+/).filter((p) => p !== '')) {
      const code = this.country(field, part);
      if (code && codes.includes(code)) this.report(field, part, 'warning', 'covered-twice', `${code} is listed twice in this cell; the repeat is ignored. Remove it.`);
      else if (code) codes.push(code);
    }
    return codes;
  }
  word<T>(field: string, words: ReadonlyMap<string, T>, choices: readonly string[], required: boolean): T | null {
    const raw = this.code(field, required);
    const value = raw === '' ? undefined : words.get(normalizeHeader(raw));
    if (raw !== '' && value === undefined) this.report(field, raw, 'error', 'unknown-word', `"${raw}" is not a known value here. Use one of: ${choices.join(', ')}.`);
    return value ?? null;
  }
}

interface RowOutcome<T> {
  readonly check: RowCheck;
  readonly value: T;
}

/** Problems of the file as a whole, and the reader's and decoder's problems (which belong to a row's lines). */
function fileIssues(job: Job, context: ImportContext): ImportIssue[] {
  const { table } = job;
  const issues: ImportIssue[] = describeMapping(table.header, job.kind, job.mapping).missingRequired.map((label) => ({
    line: table.headerLine || 1, column: label, value: '', severity: 'error', kind: 'missing-column', message: `No column is mapped to "${label}", which is required. Add the column to the file, or pick the column that holds it in the mapping step.`,
  }));
  for (const issue of table.issues) {
    // An unnamed column with nothing in it (a spreadsheet's stray trailing column) cannot hide data.
    const emptyColumn = issue.kind === 'blank-header' && table.rows.every((r) => (r.cells[issue.index ?? -1] ?? '').trim() === '');
    const message = emptyColumn ? `${issue.message} It is empty, so it is ignored.` : issue.message;
    issues.push({ line: issue.line, column: issue.column ?? '', value: '', severity: emptyColumn ? 'warning' : 'error', kind: issue.kind, message });
  }
  for (const issue of context.decodeIssues ?? []) issues.push({ line: issue.line, column: '', value: '', severity: 'error', kind: 'undecodable', message: issue.message });
  return issues;
}

/** Index of the row whose lines include `line` (a row may span lines inside quotes); -1 for the header and above. */
function rowIndexAt(rows: readonly TableRecord[], headerLine: number, line: number): number {
  if (line <= headerLine) return -1;
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid] as TableRecord).line <= line) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Reads every row with `read`, marks rows hit by reader/decoder errors, lets `finish` check across rows. */
function runImport<T>(kind: ImportKind, table: Table, mapping: ColumnMapping, context: ImportContext, read: (check: RowCheck) => T, finish?: (rows: readonly RowOutcome<T>[]) => void): ImportResult<T> {
  const numeric = NUMERIC_FIELDS[kind].map((f) => mapping[f] ?? null).filter((i) => i !== null);
  const decimal = context.decimal ?? detectDecimalMark(table.rows.flatMap((r) => numeric.map((i) => r.cells[i] ?? '')));
  const offices = context.offices.map((o) => ({ code: o.id as string, name: o.name }));
  const known = { countries: new Set<string>(context.countries.map((c) => c.code)), offices: new Set(offices.map((o) => o.code)) };
  const job: Job = { table, mapping, kind, decimal, issues: [], countries: context.countries, offices, known };
  const early = fileIssues(job, context);
  const rowAt = (line: number) => rowIndexAt(table.rows, table.headerLine, line);
  const blocked = early.some((i) => i.severity === 'error' && rowAt(i.line) < 0);
  const rows: RowOutcome<T>[] = blocked ? [] : table.rows.map((row) => {
    const check = new RowCheck(job, row);
    return { check, value: read(check) };
  });
  for (const issue of early) {
    const row = rows[rowAt(issue.line)];
    if (row && issue.severity === 'error') row.check.failed = true;
  }
  finish?.(rows);
  const issues = [...early, ...job.issues].sort((a, b) => a.line - b.line);
  const records = rows.filter((r) => !r.check.failed).map((r) => ({ line: r.check.row.line, value: r.value }));
  return { records, skippedLines: rows.filter((r) => r.check.failed).map((r) => r.check.row.line), issues, decimal, blocked };
}

function readPoint(check: RowCheck): { lat: number; lon: number } {
  const lat = check.number('lat', { min: -90, max: 90, required: true });
  const lon = check.number('lon', { min: -180, max: 180, required: true });
  if (lat === 0 && lon === 0) check.report('lat', check.raw('lat'), 'warning', 'out-of-range', 'The point 0, 0 is in the ocean off West Africa and usually means the coordinates were never filled in. Check the latitude and longitude.');
  return { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
}

/** Rows whose reports-to names no office, or an office whose row is skipped: repeated until nothing changes, so "valid rows only" never leaves a line pointing nowhere. */
function checkReportingLines(rows: readonly RowOutcome<Office>[], context: ImportContext): void {
  const lineOf = new Map<string, number>();
  for (const { check, value } of rows) if (!lineOf.has(value.id)) lineOf.set(value.id, check.row.line);
  const known = context.offices.map((o) => ({ code: o.id as string, name: o.name }));
  const hints = new Map<string, string>(); // one suggestion per missing id, computed only when needed
  const hint = (id: string) => hints.get(id) ?? hints.set(id, suggest(id, [...known, ...rows.map((r) => ({ code: r.value.id as string, name: r.value.name }))])).get(id);
  for (let changed = true; changed; ) {
    changed = false;
    const valid = new Set(known.map((o) => o.code));
    for (const { check, value } of rows) if (!check.failed) valid.add(value.id);
    for (const { check, value } of rows) {
      if (check.failed || value.reportsTo === null || valid.has(value.reportsTo)) continue;
      const line = lineOf.get(value.reportsTo);
      const message = line === undefined
        ? `No office has the id "${value.reportsTo}". Use the id of an office in this file or the data set, or leave the cell empty for an office at the top of its region.${hint(value.reportsTo)}`
        : `Office "${value.reportsTo}" (line ${line}) has errors and is skipped, so this office would report to nothing. Fix line ${line}, or leave this cell empty.`;
      check.report('reportsTo', check.raw('reportsTo'), 'error', 'unknown-office', message);
      changed = true;
    }
  }
}

/**
 * Offices from mapped rows: codes checked against the known countries, ids unique, each country
 * covered once, reporting lines pointing at an office in the file or context.
 * @example validateOffices(readTable('id,name,…\nAFR-KEN,Nairobi office,…', { delimiter: ',' }), mapping, { countries, offices: [] })
 * // → { records: [{ line: 2, value: { id: 'AFR-KEN', … } }], skippedLines: [], issues: [], decimal: '.', blocked: false }
 */
export function validateOffices(table: Table, mapping: ColumnMapping, context: ImportContext): ImportResult<Office> {
  const idLines = new Map<string, number>();
  const coveredBy = new Map<string, { office: string; line: number }>();
  return runImport('offices', table, mapping, context, (c) => {
    const id = c.code('id', true);
    const firstLine = idLines.get(id);
    if (firstLine !== undefined) c.report('id', c.raw('id'), 'error', 'duplicate-id', `The office id "${id}" is already used on line ${firstLine}. Give each office its own id.`);
    else if (id !== '') idLines.set(id, c.row.line);
    const hostCountry = c.country('hostCountry');
    const coveredCountries = c.countryList('coveredCountries');
    for (const code of coveredCountries) {
      const first = coveredBy.get(code);
      if (first && first.office !== id) c.report('coveredCountries', c.raw('coveredCountries'), 'error', 'covered-twice', `${code} is already covered by office "${first.office}" (line ${first.line}). A country is covered by exactly one office: remove it from one of the two rows.`);
      else coveredBy.set(code, { office: id, line: c.row.line });
    }
    const reportsTo = c.code('reportsTo');
    return {
      id: asOfficeId(id), name: c.text('name', true), city: c.text('city'), hostCountry: hostCountry ?? asCountryCode(''),
      region: c.word('region', REGION_WORDS, REGIONS, true) ?? 'Africa', tier: c.word('tier', TIER_WORDS, ['Regional Hub', 'Regional Office', 'Sub-regional Office', 'Country Office'], true) ?? 'country-office',
      point: readPoint(c), reportsTo: reportsTo === '' ? null : asOfficeId(reportsTo), coveredCountries, inferredCoverage: c.countryList('inferredCoverage'),
      confidence: c.word('confidence', CONFIDENCE_WORDS, CONFIDENCE_LEVELS, false) ?? 'inferred', source: c.text('source'), reportsToBasis: c.text('reportsToBasis'),
    };
  }, (rows) => checkReportingLines(rows, context));
}

/**
 * Coverage pairs: a known country and a known office; a country covered by two offices is an
 * error, the same pair twice a warning.
 * @example validateCoverage(readTable('iso3,office\nKEN,AFR-KEN\n', { delimiter: ',' }), mapping, { countries, offices })
 * // → { records: [{ line: 2, value: { country: 'KEN', office: 'AFR-KEN' } }], issues: [], … }
 */
export function validateCoverage(table: Table, mapping: ColumnMapping, context: ImportContext): ImportResult<CoveragePair> {
  const first = new Map<string, { office: string; line: number }>();
  return runImport('coverage', table, mapping, context, (c) => {
    const country = c.country('country');
    const office = c.office('office');
    const prior = country && office ? first.get(country) : undefined;
    if (country && office && !prior) first.set(country, { office, line: c.row.line });
    else if (prior && prior.office !== office) c.report('country', c.raw('country'), 'error', 'covered-twice', `${country} is already covered by office "${prior.office}" (line ${prior.line}). A country is covered by exactly one office: keep one of the two rows.`);
    else if (prior) c.report('country', c.raw('country'), 'warning', 'covered-twice', `This repeats line ${prior.line}. Remove the repeated row.`);
    return { country: country ?? asCountryCode(''), office: office ?? asOfficeId('') };
  });
}

/**
 * Office figures: a known office, a year, amounts ≥ 0, whole staff numbers, vacancy yes/no.
 * Empty cells stay unknown (left out), never 0; one row per office and year.
 * @example validateFigures(readTable('office,year,staff\nAFR-KEN,2025,12\n', { delimiter: ',' }), mapping, { countries, offices })
 * // → { records: [{ line: 2, value: { office: 'AFR-KEN', year: 2025, staff: 12 } }], issues: [], … }
 */
export function validateFigures(table: Table, mapping: ColumnMapping, context: ImportContext): ImportResult<OfficeFigures> {
  const firstLine = new Map<string, number>();
  const amount = { min: 0, max: Number.MAX_SAFE_INTEGER };
  return runImport('figures', table, mapping, context, (c) => {
    const office = c.office('office') ?? asOfficeId('');
    const year = c.number('year', { min: 1900, max: 2100, integer: true, required: true }) ?? Number.NaN;
    const prior = firstLine.get(`${office}|${year}`);
    if (prior !== undefined) c.report('year', c.raw('year'), 'error', 'duplicate-id', `Office "${office}" already has figures for ${year} on line ${prior}. Keep one row per office and year.`);
    else if (office !== '' && !Number.isNaN(year)) firstLine.set(`${office}|${year}`, c.row.line);
    const optional = {
      tcDeliveryUsd: c.number('tcDeliveryUsd', amount), resourcesMobilizedUsd: c.number('resourcesMobilizedUsd', amount),
      staff: c.number('staff', { ...amount, integer: true }), budgetUsd: c.number('budgetUsd', amount),
      representativeVacant: c.word('representativeVacant', YES_NO, ['yes', 'no'], false) ?? undefined,
    };
    return { office, year, ...(Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<OfficeFigures>) };
  });
}

const KIND_TITLES: Readonly<Record<ImportIssueKind, string>> = {
  'empty-file': 'Empty file', 'missing-column': 'Required column missing', 'blank-header': 'Column without a name', 'duplicate-header': 'Column name used twice',
  'unclosed-quote': 'Quote never closed', 'text-after-quote': 'Text after a closing quote', 'row-width': 'Wrong number of cells', undecodable: 'Characters that could not be decoded',
  'empty-value': 'Empty required cell', 'not-a-number': 'Not a number', 'out-of-range': 'Value out of range', 'unknown-country': 'Unknown country code',
  'unknown-office': 'Unknown office', 'unknown-word': 'Unknown value', 'duplicate-id': 'Listed twice', 'covered-twice': 'Country covered twice',
};

export interface ReportGroup {
  readonly kind: ImportIssueKind;
  readonly severity: Severity;
  readonly title: string;
  readonly issues: readonly ImportIssue[];
}

/**
 * The report grouped by problem kind and severity: errors first, then by first line.
 * @example groupReport([{ line: 3, kind: 'not-a-number', severity: 'error', … }, { line: 9, kind: 'not-a-number', severity: 'error', … }])
 * // → [{ kind: 'not-a-number', severity: 'error', title: 'Not a number', issues: [line 3, line 9] }]
 */
export function groupReport(issues: readonly ImportIssue[]): ReportGroup[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const key = `${issue.severity}:${issue.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const result = [...groups.values()].map((list) => {
    const { kind, severity } = list[0] as ImportIssue;
    return { kind, severity, title: KIND_TITLES[kind], issues: [...list].sort((a, b) => a.line - b.line) };
  });
  const rank = (g: ReportGroup) => (g.severity === 'error' ? 0 : 1);
  return result.sort((a, b) => rank(a) - rank(b) || (a.issues[0] as ImportIssue).line - (b.issues[0] as ImportIssue).line);
}

/**
 * The report as a spreadsheet-safe CSV (UTF-8 with BOM by default), one issue per row.
 * @example reportToCsv([{ line: 3, column: 'lat', value: 'abc', severity: 'error', kind: 'not-a-number', message: '…' }])
 * // → '\ufeffline,column,value,severity,problem,message\r\n3,lat,abc,error,Not a number,…\r\n'
 */
export function reportToCsv(issues: readonly ImportIssue[], options: { bom: boolean } = { bom: true }): string {
  const rows = issues.map((i) => ({ line: i.line, column: i.column, value: i.value, severity: i.severity, problem: KIND_TITLES[i.kind], message: i.message }));
  return toCsv(rows, ['line', 'column', 'value', 'severity', 'problem', 'message'], options);
}
