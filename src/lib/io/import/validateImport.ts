// Turns mapped table rows into offices, coverage pairs or office figures plus a report: each
// problem tied to its line, column and value, as an error (the row is skipped by "import valid
// rows only") or a warning (the row is imported). Text stays exactly as written.
// The row reader is in rowCheck.ts, the grouped report in importReport.ts.
import { ALL_TIERS, CONFIDENCE_LEVELS, REGIONS, asCountryCode, asOfficeId, type Office } from '../../model/types';
import type { OfficeFigures } from '../../scoring/types';
import { describeMapping, normalizeHeader, type ColumnMapping, type ImportKind } from './columnMapping';
import { detectDecimalMarkIn } from './parseNumber';
import { chosenNumberFormat } from './numberFormat';
import type { Table, TableRecord } from './readTable';
import { worded } from './issueText';
import { NearestIndex } from './nearestIndex';
import { checkReportingLines } from './reportingLines';
import { RowCheck, type CoveragePair, type ImportContext, type ImportIssue, type ImportResult, type Job } from './rowCheck';

export type { CoveragePair, ImportContext, ImportIssue, ImportIssueKind, ImportResult, Severity } from './rowCheck';
export { groupReport, reportToCsv, type ReportGroup } from './importReport';

const wordsOf = <T extends string>(values: readonly T[], extra: Record<string, T> = {}) => new Map<string, T>([...values.map((v) => [normalizeHeader(v), v] as const), ...Object.entries(extra)]);
const REGION_WORDS = wordsOf(REGIONS, { afr: 'Africa', arb: 'Arab States', asp: 'Asia and the Pacific', asiapacific: 'Asia and the Pacific', eca: 'Europe and Central Asia', lac: 'Latin America and the Caribbean' });
const TIER_WORDS = wordsOf(ALL_TIERS, { hub: 'regional-hub' });
const CONFIDENCE_WORDS = wordsOf(CONFIDENCE_LEVELS);
const YES_NO = new Map([...['yes', 'y', 'true', '1', 'vacant'].map((w) => [w, true] as const), ...['no', 'n', 'false', '0', 'filled'].map((w) => [w, false] as const)]);
/** The fields read as numbers, per kind (their columns' conventions are shown with the report). */
export const NUMERIC_FIELDS: Readonly<Record<ImportKind, readonly string[]>> = { offices: ['lat', 'lon'], coverage: [], figures: ['year', 'tcDeliveryUsd', 'resourcesMobilizedUsd', 'staff', 'budgetUsd'] };

/** Told every PROGRESS_EVERY rows how many are checked. */
type Progress = (rowsDone: number) => void;
const PROGRESS_EVERY = 5000;

interface RowOutcome<T> {
  readonly check: RowCheck;
  readonly value: T;
}

/** Problems of the file as a whole, and the reader's and decoder's problems (which belong to a row's lines). */
function fileIssues(job: Job, context: ImportContext): ImportIssue[] {
  const { table } = job;
  // A file without a header or rows says so once, not once per column it lacks.
  const empty = table.issues.some((i) => i.kind === 'empty-file');
  const missing = describeMapping(table.header, job.kind, job.mapping);
  const issues: ImportIssue[] = (empty ? [] : missing.missingRequired).map((label, i) => {
    const labelKey = missing.missingRequiredKeys[i]!;
    return { line: table.headerLine || 1, column: label, columnText: { key: labelKey }, value: '', severity: 'error', kind: 'missing-column', ...worded('import.issue.missingColumn', undefined, { terms: { field: labelKey } }) };
  });
  for (const issue of table.issues) {
    // An unnamed column with nothing in it (a spreadsheet's stray trailing column) cannot hide data.
    const emptyColumn = issue.kind === 'blank-header' && table.rows.every((r) => (r.cells[issue.index ?? -1] ?? '').trim() === '');
    const words = emptyColumn ? worded('import.issue.blankHeaderIgnored', issue.text.values) : { text: issue.text, message: issue.message };
    const columnText = issue.columnText ? { columnText: issue.columnText } : {};
    issues.push({ line: issue.line, column: issue.column ?? '', ...columnText, value: '', severity: emptyColumn ? 'warning' : 'error', kind: issue.kind, ...words });
  }
  for (const issue of context.decodeIssues ?? []) issues.push({ line: issue.line, column: '', value: '', severity: issue.severity ?? 'error', kind: issue.kind ?? 'undecodable', message: issue.message, text: issue.text });
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
function runImport<T>(kind: ImportKind, table: Table, mapping: ColumnMapping, context: ImportContext, read: (check: RowCheck) => T, finish?: (rows: readonly RowOutcome<T>[]) => void, onProgress?: Progress): ImportResult<T> {
  const numeric = NUMERIC_FIELDS[kind].map((f) => mapping[f] ?? null).filter((i) => i !== null);
  const decimal = context.decimal ?? detectDecimalMarkIn(table.rows, numeric);
  const offices = context.offices.map((o) => ({ code: o.id as string, name: o.name }));
  const known = { countries: new Set<string>(context.countries.map((c) => c.code)), offices: new Set(offices.map((o) => o.code)) };
  const suggest = { countries: new NearestIndex(context.countries), offices: new NearestIndex(offices) };
  const nearest = { countries: (value: string) => suggest.countries.nearest(value), offices: (value: string) => suggest.offices.nearest(value) };
  const job: Job = { table, mapping, kind, decimal, numberFormat: chosenNumberFormat(context), issues: [], countries: context.countries, offices, known, nearest };
  const early = fileIssues(job, context);
  const rowAt = (line: number) => rowIndexAt(table.rows, table.headerLine, line);
  const blocked = early.some((i) => i.severity === 'error' && rowAt(i.line) < 0);
  // Checks and values side by side: no object per row beyond what the result keeps.
  const checks: RowCheck[] = [];
  const values: T[] = [];
  if (!blocked) {
    for (const row of table.rows) {
      const check = new RowCheck(job, row);
      checks.push(check);
      values.push(read(check));
      if (checks.length % PROGRESS_EVERY === 0) onProgress?.(checks.length);
    }
  }
  for (const issue of early) {
    const check = checks[rowAt(issue.line)];
    if (check && issue.severity === 'error') check.failed = true;
  }
  finish?.(checks.map((check, i) => ({ check, value: values[i] as T })));
  const issues = [...early, ...job.issues].sort((a, b) => a.line - b.line);
  const records: { line: number; value: T }[] = [];
  const skippedLines: number[] = [];
  checks.forEach((check, i) => (check.failed ? skippedLines.push(check.row.line) : records.push({ line: check.row.line, value: values[i] as T })));
  return { records, skippedLines, issues, decimal, blocked };
}

function readPoint(check: RowCheck): { lat: number; lon: number } {
  const lat = check.number('lat', { min: -90, max: 90, required: true });
  const lon = check.number('lon', { min: -180, max: 180, required: true });
  if (lat === 0 && lon === 0) check.report('lat', check.raw('lat'), 'warning', 'out-of-range', worded('import.issue.pointZero'));
  return { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
}

/**
 * Offices from mapped rows: codes checked against the known countries, ids unique, each country
 * covered once, reporting lines pointing at an office in the file or context.
 * @example validateOffices(readTable('id,name,…\nAFR-KEN,Nairobi office,…', { delimiter: ',' }), mapping, { countries, offices: [] })
 * // → { records: [{ line: 2, value: { id: 'AFR-KEN', … } }], skippedLines: [], issues: [], decimal: '.', blocked: false }
 */
export function validateOffices(table: Table, mapping: ColumnMapping, context: ImportContext, onProgress?: Progress): ImportResult<Office> {
  const idLines = new Map<string, number>();
  const coveredBy = new Map<string, { office: string; line: number }>();
  return runImport('offices', table, mapping, context, (c) => {
    const id = c.code('id', true);
    const firstLine = idLines.get(id);
    if (firstLine !== undefined) c.report('id', c.raw('id'), 'error', 'duplicate-id', worded('import.issue.duplicateId', { id, line: firstLine }));
    else if (id !== '') idLines.set(id, c.row.line);
    const hostCountry = c.country('hostCountry');
    const coveredCountries = c.countryList('coveredCountries');
    for (const code of coveredCountries) {
      const first = coveredBy.get(code);
      if (first && first.office !== id) c.report('coveredCountries', c.raw('coveredCountries'), 'error', 'covered-twice', worded('import.issue.coveredTwiceOffices', { code, office: first.office, line: first.line }));
      else coveredBy.set(code, { office: id, line: c.row.line });
    }
    const reportsTo = c.code('reportsTo');
    return {
      id: asOfficeId(id), name: c.text('name', true), city: c.text('city'), hostCountry: hostCountry ?? asCountryCode(''),
      region: c.word('region', REGION_WORDS, REGIONS, true) ?? 'Africa', tier: c.word('tier', TIER_WORDS, ['Regional Hub', 'Regional Office', 'Sub-regional Office', 'Country Office'], true) ?? 'country-office',
      point: readPoint(c), reportsTo: reportsTo === '' ? null : asOfficeId(reportsTo), coveredCountries, inferredCoverage: c.countryList('inferredCoverage'),
      confidence: c.word('confidence', CONFIDENCE_WORDS, CONFIDENCE_LEVELS, false) ?? 'inferred', source: c.text('source'), reportsToBasis: c.text('reportsToBasis'),
    };
  }, (rows) => checkReportingLines(rows, context), onProgress);
}

/**
 * Coverage pairs: a known country and a known office; a country covered by two offices is an
 * error, the same pair twice a warning.
 * @example validateCoverage(readTable('iso3,office\nKEN,AFR-KEN\n', { delimiter: ',' }), mapping, { countries, offices })
 * // → { records: [{ line: 2, value: { country: 'KEN', office: 'AFR-KEN' } }], issues: [], … }
 */
export function validateCoverage(table: Table, mapping: ColumnMapping, context: ImportContext, onProgress?: Progress): ImportResult<CoveragePair> {
  const first = new Map<string, { office: string; line: number }>();
  return runImport('coverage', table, mapping, context, (c) => {
    const country = c.country('country');
    const office = c.office('office');
    const prior = country && office ? first.get(country) : undefined;
    if (country && office && !prior) first.set(country, { office, line: c.row.line });
    else if (prior && prior.office !== office) c.report('country', c.raw('country'), 'error', 'covered-twice', worded('import.issue.coveredTwiceCoverage', { code: country ?? '', office: prior.office, line: prior.line }));
    else if (prior) c.report('country', c.raw('country'), 'warning', 'covered-twice', worded('import.issue.repeatedRow', { line: prior.line }));
    return { country: country ?? asCountryCode(''), office: office ?? asOfficeId('') };
  }, undefined, onProgress);
}

/**
 * Office figures: a known office, a year, amounts ≥ 0, whole staff numbers, vacancy yes/no.
 * Empty cells stay unknown (left out), never 0; one row per office and year.
 * @example validateFigures(readTable('office,year,staff\nAFR-KEN,2025,12\n', { delimiter: ',' }), mapping, { countries, offices })
 * // → { records: [{ line: 2, value: { office: 'AFR-KEN', year: 2025, staff: 12 } }], issues: [], … }
 */
export function validateFigures(table: Table, mapping: ColumnMapping, context: ImportContext, onProgress?: Progress): ImportResult<OfficeFigures> {
  const firstLine = new Map<string, number>();
  const amount = { min: 0, max: Number.MAX_SAFE_INTEGER };
  const amountWhole = { ...amount, integer: true };
  const yearRange = { min: 1900, max: 2100, integer: true, required: true };
  return runImport('figures', table, mapping, context, (c) => {
    const office = c.office('office') ?? asOfficeId('');
    const year = c.number('year', yearRange) ?? Number.NaN;
    const prior = firstLine.get(`${office}|${year}`);
    if (prior !== undefined) c.report('year', c.raw('year'), 'error', 'duplicate-id', worded('import.issue.duplicateFigures', { office, year: String(year), line: prior }));
    else if (office !== '' && !Number.isNaN(year)) firstLine.set(`${office}|${year}`, c.row.line);
    // Only the figures given become fields (set one by one: this runs for every row).
    const figures: { -readonly [K in keyof OfficeFigures]: OfficeFigures[K] } = { office, year };
    const tcDeliveryUsd = c.number('tcDeliveryUsd', amount);
    if (tcDeliveryUsd !== undefined) figures.tcDeliveryUsd = tcDeliveryUsd;
    const resourcesMobilizedUsd = c.number('resourcesMobilizedUsd', amount);
    if (resourcesMobilizedUsd !== undefined) figures.resourcesMobilizedUsd = resourcesMobilizedUsd;
    const staff = c.number('staff', amountWhole);
    if (staff !== undefined) figures.staff = staff;
    const budgetUsd = c.number('budgetUsd', amount);
    if (budgetUsd !== undefined) figures.budgetUsd = budgetUsd;
    const representativeVacant = c.word('representativeVacant', YES_NO, ['yes', 'no'], false);
    if (representativeVacant !== null) figures.representativeVacant = representativeVacant;
    return figures;
  }, undefined, onProgress);
}
