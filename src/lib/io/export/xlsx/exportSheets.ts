// The .xlsx twin of each CSV export, as sheets: the same columns and records as the CSV (built by
// the same row functions), with numbers typed as numbers. A comparison gets a summary sheet and
// one sheet per option; everything else is one table, one sheet. (The import report's is in
// importReportSheet, which the import worker loads without the rest.)
import type { Office } from '../../../model/types';
import type { OfficeFigures, Scorecard } from '../../../scoring/types';
import { OFFICE_COLUMNS } from '../../parseOfficesCsv';
import { SCORECARD_COLUMNS, scorecardRows } from '../scorecardCsv';
import { COVERAGE_COLUMNS, FIGURES_COLUMNS, coverageExportRows, figuresExportRows, officeExportRows } from '../toCsv';
import { sheetOf, type ColumnKind, type SheetColumn, type SheetSpec } from './workbookTypes';

/** Columns in the given order, text unless named in `kinds`. */
export function typed(headers: readonly string[], kinds: Readonly<Record<string, ColumnKind>>): SheetColumn[] {
  return headers.map((header) => ({ header, kind: kinds[header] ?? 'text' }));
}

/** @example officesSheet(network.offices).rows[0] // → ['AFR-CIV', 'UNIDO Regional Hub …', 'Abidjan', 'CIV', 'Africa', 'Regional Hub', 5.35, -4.0, …] */
export function officesSheet(offices: readonly Office[]): SheetSpec {
  return sheetOf('Offices', officeExportRows(offices), typed(OFFICE_COLUMNS, { lat: 'coordinate', lon: 'coordinate' }));
}

/** @example coverageSheet(network.offices).columns.map((c) => c.header) // → ['country_iso3', 'office_id'] */
export function coverageSheet(offices: readonly Office[]): SheetSpec {
  return sheetOf('Coverage', coverageExportRows(offices), typed(COVERAGE_COLUMNS, {}));
}

/** @example figuresSheet([{ office: 'AFR-KEN', year: 2025, staff: 12 }]).rows // → [['AFR-KEN', 2025, null, null, 12, null, null]] */
export function figuresSheet(figures: readonly OfficeFigures[]): SheetSpec {
  const kinds = { year: 'year', tc_delivery_usd: 'usd', resources_mobilized_usd: 'usd', staff: 'integer', budget_usd: 'usd' } as const;
  return sheetOf('Office figures', figuresExportRows(figures), typed(FIGURES_COLUMNS, kinds));
}

const SCORECARD_KINDS = { value: 'decimal', target: 'decimal', score: 'score', weight: 'decimal' } as const;

/** @example scorecardSheet('Baseline', card).name // → 'Baseline' */
export function scorecardSheet(name: string, scorecard: Scorecard): SheetSpec {
  return sheetOf(name, scorecardRows(name, scorecard), typed(SCORECARD_COLUMNS, SCORECARD_KINDS));
}

export interface ComparedScorecard {
  readonly name: string;
  readonly scorecard: Scorecard;
}

/**
 * A comparison: first a summary (one row per metric, perspective score and the overall score,
 * one value column per option), then each option's full scorecard on its own sheet.
 * @example comparisonSheets([{ name: 'Baseline', scorecard: a }, { name: 'Two tiers', scorecard: b }]).map((s) => s.name)
 * // → ['Summary', 'Baseline', 'Two tiers']
 */
export function comparisonSheets(options: readonly ComparedScorecard[]): SheetSpec[] {
  const first = options[0];
  if (!first) return [];
  const tables = options.map((o) => scorecardRows(o.name, o.scorecard));
  // Every option's scorecard lists the same metrics in the same order; look values up by id all the same.
  const valueOf = (table: (typeof tables)[number], id: string, perspective: string) => table.find((r) => r.metric_id === id && r.perspective === perspective)?.value ?? null;
  const rows = (tables[0] ?? []).map((row) => [row.perspective, row.metric_id, row.metric, row.unit, row.direction, ...tables.map((t) => valueOf(t, String(row.metric_id), String(row.perspective)))]);
  const columns: SheetColumn[] = [...typed(['perspective', 'metric_id', 'metric', 'unit', 'direction'], {}), ...options.map((o) => ({ header: o.name, kind: 'decimal' as const }))];
  return [{ name: 'Summary', columns, rows }, ...options.map((o) => scorecardSheet(o.name, o.scorecard))];
}
