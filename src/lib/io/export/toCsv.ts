// Writes CSV that spreadsheets open safely: RFC 4180 quoting, CRLF, an optional UTF-8 BOM, and
// text that would start a formula neutralised; plus the offices, coverage and figures exporters
// (CSV and JSON) whose output the importer reads back to the same records.
import type { Office } from '../../model/types';
import type { OfficeFigures } from '../../scoring/types';
import { OFFICE_COLUMNS } from '../parseOfficesCsv';

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  readonly bom: boolean;
  /** Defaults to ",". */
  readonly delimiter?: string;
}

// A line start (of the text, or after CR, LF or CRLF inside it) whose line, past blanks, begins
// with a formula character (=, +, -, @, tab, CR). Blanks are what spreadsheets skip before a
// formula: spaces of every kind (no-break and zero-width ones too) and a byte order mark. Leading
// apostrophes count as blanks too, so text that already starts with one gets its own and reads back exactly.
const FORMULA_START = /(?<=^|[\r\n])(?=[' \u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\t\r])/g;
const NEUTRALISED_START = /(?<=^|[\r\n])'(?=[' \u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\t\r])/g;

/**
 * Puts an apostrophe at the start of the text and of every line in it that, past spaces (no-break
 * and zero-width ones too), byte order marks and apostrophes, begins with `=`, `+`, `-`, `@`, tab or
 * CR, as OWASP advises for CSV injection. Spreadsheets then show the line as text.
 * @example neutraliseFormula('=HYPERLINK("x")') // → "'=HYPERLINK(\"x\")"
 * @example neutraliseFormula(' =1+1') // → "' =1+1"
 * @example neutraliseFormula('ok\r=1') // → "ok\r'=1"
 */
export function neutraliseFormula(text: string): string {
  return text.replace(FORMULA_START, "'");
}

/**
 * The exact inverse of neutraliseFormula. The importer applies it to every text and code cell (never
 * to numbers), so export → import gives back the same text: one apostrophe is dropped at each line
 * start that neutraliseFormula would have given one. A cell typed as `'=x` by hand therefore also
 * reads as `=x` (spreadsheets hide that apostrophe too), and `''=x` as `'=x`.
 * @example restoreNeutralised("'=SUM(A1)\n'-x") // → '=SUM(A1)\n-x'
 * @example restoreNeutralised("'\u00a0=1") // → '\u00a0=1'
 */
export function restoreNeutralised(text: string): string {
  return text.includes("'") ? text.replace(NEUTRALISED_START, '') : text;
}

function formatCell(cell: CsvCell, delimiter: string): string {
  if (cell === null) return '';
  // Real numbers stay numbers, negative coordinates included; NaN/Infinity have no CSV form.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of the rows, header first, each row ended by CRLF; missing keys give empty cells.
 * @example toCsv([{ id: 'A', lat: -1.5, note: '=1+1' }], ['id', 'lat', 'note'], { bom: false })
 * // → "id,lat,note\r\nA,-1.5,'=1+1\r\n"
 */
export function toCsv(rows: readonly Readonly<Record<string, CsvCell>>[], columns: readonly string[], options: CsvOptions): string {
  const delimiter = options.delimiter ?? ',';
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => formatCell(cell, delimiter)).join(delimiter) + '\r\n';
  const body = [line(columns), ...rows.map((row) => line(columns.map((c) => (Object.hasOwn(row, c) ? (row[c] ?? null) : null))))];
  return (options.bom ? '\ufeff' : '') + body.join('');
}

/** Tier words as data/offices.csv writes them. */
const TIER_WORDS: Readonly<Record<Office['tier'], string>> = {
  'regional-hub': 'Regional Hub',
  'regional-office': 'Regional Office',
  'sub-regional-office': 'Sub-regional Office',
  'country-office': 'Country Office',
};

/**
 * Offices with the columns of data/offices.csv (closed flags and notes are not part of it).
 * @example exportOfficesCsv([kenya], { bom: true }) // → '\ufeffid,name,city,country_iso3,…\r\nAFR-KEN,UNIDO Office Kenya,Nairobi,KEN,…\r\n'
 */
export function exportOfficesCsv(offices: readonly Office[], options: CsvOptions): string {
  return toCsv(officeExportRows(offices), OFFICE_COLUMNS, options);
}

/** The offices export's records, keyed by OFFICE_COLUMNS: shared by the CSV and the .xlsx twin. */
export function officeExportRows(offices: readonly Office[]): Record<(typeof OFFICE_COLUMNS)[number], CsvCell>[] {
  return offices.map((o) => ({
    id: o.id, name: o.name, city: o.city, country_iso3: o.hostCountry, region: o.region, tier: TIER_WORDS[o.tier],
    lat: o.point.lat, lon: o.point.lon, reports_to: o.reportsTo, covered_countries_iso3: o.coveredCountries.join(';'),
    inferred_coverage_iso3: o.inferredCoverage.join(';'), confidence: o.confidence, source: o.source, reports_to_basis: o.reportsToBasis,
  }));
}

export const COVERAGE_COLUMNS = ['country_iso3', 'office_id'] as const;

/**
 * One row per covered country and its office, in office order.
 * @example exportCoverageCsv([{ id: 'AFR-KEN', coveredCountries: ['KEN', 'SOM'], … }], { bom: false })
 * // → 'country_iso3,office_id\r\nKEN,AFR-KEN\r\nSOM,AFR-KEN\r\n'
 */
export function exportCoverageCsv(offices: readonly Office[], options: CsvOptions): string {
  return toCsv(coverageExportRows(offices), COVERAGE_COLUMNS, options);
}

/** The coverage export's records, keyed by COVERAGE_COLUMNS: shared by the CSV and the .xlsx twin. */
export function coverageExportRows(offices: readonly Office[]): Record<(typeof COVERAGE_COLUMNS)[number], CsvCell>[] {
  return offices.flatMap((o) => o.coveredCountries.map((code) => ({ country_iso3: code, office_id: o.id })));
}

export const FIGURES_COLUMNS = ['office_id', 'year', 'tc_delivery_usd', 'resources_mobilized_usd', 'staff', 'budget_usd', 'representative_vacant'] as const;

/**
 * Office figures; a figure that is not known stays an empty cell, never 0.
 * @example exportFiguresCsv([{ office: 'AFR-KEN', year: 2025, staff: 12, representativeVacant: false }], { bom: false })
 * // → 'office_id,year,…\r\nAFR-KEN,2025,,,12,,no\r\n'
 */
export function exportFiguresCsv(figures: readonly OfficeFigures[], options: CsvOptions): string {
  return toCsv(figuresExportRows(figures), FIGURES_COLUMNS, options);
}

/** The office figures export's records, keyed by FIGURES_COLUMNS: shared by the CSV and the .xlsx twin. */
export function figuresExportRows(figures: readonly OfficeFigures[]): Record<(typeof FIGURES_COLUMNS)[number], CsvCell>[] {
  const vacant = (v: boolean | undefined) => (v === undefined ? null : v ? 'yes' : 'no');
  return figures.map((f) => ({
    office_id: f.office, year: f.year, tc_delivery_usd: f.tcDeliveryUsd ?? null, resources_mobilized_usd: f.resourcesMobilizedUsd ?? null,
    staff: f.staff ?? null, budget_usd: f.budgetUsd ?? null, representative_vacant: vacant(f.representativeVacant),
  }));
}

export type JsonExportKind = 'offices' | 'coverage' | 'figures';

/**
 * A JSON export in the app's envelope {type, version, exportedAt, data}.
 * @example exportJson('figures', [], '2026-01-01T00:00:00Z')
 * // → '{\n  "type": "field-network-planner/figures",\n  "version": 1,\n  "exportedAt": "2026-01-01T00:00:00Z",\n  "data": []\n}\n'
 */
export function exportJson<T>(kind: JsonExportKind, data: T, exportedAt: string): string {
  return JSON.stringify({ type: `field-network-planner/${kind}`, version: 1, exportedAt, data }, null, 2) + '\n';
}
