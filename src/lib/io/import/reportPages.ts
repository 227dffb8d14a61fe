// What the page is sent of an import report that stays in the worker: the totals, the reason a
// file cannot be imported (said once), and per problem kind its count and first issues; further
// issues come a page at a time. Small enough to post to the page whatever the file's size.
import type { ImportKey } from './issueText';
import { groupReport, type ReportGroup } from './importReport';
import { IMPORT_FIELDS, type ColumnMapping, type ImportKind } from './columnMapping';
import { columnFormats, type ColumnNumberFormat } from './numberFormat';
import type { DecimalMark, NumberFormat } from './parseNumber';
import { NUMERIC_FIELDS } from './validateImport';
import type { ImportIssue, ImportIssueKind, ImportResult, Severity } from './rowCheck';

/** Issues of each kind sent with the summary, and per page asked for afterwards. */
export const REPORT_PAGE_SIZE = 100;

export interface GroupPage {
  /** Names the group when asking for more of it: "error:not-a-number". */
  readonly id: string;
  readonly kind: ImportIssueKind;
  readonly severity: Severity;
  readonly titleKey: ReportGroup['titleKey'];
  readonly count: number;
  readonly issues: readonly ImportIssue[];
}

export interface ReportSummary {
  readonly kind: ImportKind;
  readonly valid: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly decimal: DecimalMark;
  readonly blocked: boolean;
  /**
   * Why nothing can be imported, said once: an empty file, a first line that looks like data (then
   * the fields it leaves without a column are not listed again), or required fields without a column.
   */
  readonly blockedBy: { readonly emptyFile: ImportIssue | null; readonly headerless: ImportIssue | null; readonly missingFields: readonly ImportKey[] };
  /** How each mapped numeric column's numbers are read, and why (the preview shows values as read with it). */
  readonly numberColumns: readonly NumberColumn[];
  /** Offices only: none of the valid offices lists a covered country (the map would be grey). */
  readonly withoutCoverage: boolean;
  /** Skipped lines among the preview rows. */
  readonly skippedInPreview: readonly number[];
  readonly groups: readonly GroupPage[];
}

/** A mapped numeric field, its column in the file and the convention its numbers are read with. */
export interface NumberColumn {
  readonly field: string;
  readonly column: number;
  readonly format: ColumnNumberFormat;
}

/**
 * The conventions validation reads the mapped numeric columns with (the user's choice wins).
 * @example numberColumnsOf('figures', { budgetUsd: 2 }, [{ cells: ['A', '2025', '250.000'] }]) // → [{ field: 'budgetUsd', column: 2, format: { decimalMark: '.', source: 'file', … } }]
 */
export function numberColumnsOf(kind: ImportKind, mapping: ColumnMapping, rows: readonly { readonly cells: readonly string[] }[], chosen?: NumberFormat): NumberColumn[] {
  const columns = Object.fromEntries(NUMERIC_FIELDS[kind].map((field) => [field, mapping[field] ?? null]));
  return Object.entries(columnFormats(rows, columns, chosen)).map(([field, format]) => ({ field, column: columns[field] as number, format }));
}

/** The grouped report kept beside the result, so pages are cut without regrouping. */
export interface KeptReport {
  readonly groups: readonly ReportGroup[];
  readonly byId: ReadonlyMap<string, ReportGroup>;
}

const groupId = (group: Pick<ReportGroup, 'severity' | 'kind'>) => `${group.severity}:${group.kind}`;

export function keepReport(issues: readonly ImportIssue[]): KeptReport {
  const groups = groupReport(issues);
  return { groups, byId: new Map(groups.map((g) => [groupId(g), g])) };
}

/**
 * The summary the page shows first.
 * @example summarizeReport('offices', result, keepReport(result.issues), [2, 3], []) // → { valid: 1, skipped: 1, groups: [{ id: 'error:not-a-number', count: 1, issues: [line 3] }], … }
 */
export function summarizeReport(kind: ImportKind, result: ImportResult<unknown>, kept: KeptReport, previewLines: readonly number[], numberColumns: readonly NumberColumn[] = []): ReportSummary {
  const errors = result.issues.reduce((n, i) => n + (i.severity === 'error' ? 1 : 0), 0);
  const skipped = new Set(result.skippedLines);
  const emptyFile = result.issues.find((i) => i.kind === 'empty-file') ?? null;
  const headerIssue = result.issues.find((i) => i.kind === 'header-looks-like-data') ?? null;
  const missingColumns = result.issues.some((i) => i.kind === 'missing-column');
  // A first line of data leaves fields without a column: that is one problem, said once.
  const headerless = headerIssue && missingColumns ? headerIssue : null;
  const missingFields = headerless ? [] : result.issues.filter((i) => i.kind === 'missing-column').map((i) => i.columnText?.key ?? IMPORT_FIELDS[kind].find((f) => f.label === i.column)?.labelKey).filter((k): k is ImportKey => k !== undefined);
  return {
    kind, valid: result.records.length, skipped: result.skippedLines.length, errors, warnings: result.issues.length - errors, decimal: result.decimal, blocked: result.blocked,
    blockedBy: { emptyFile, headerless, missingFields },
    numberColumns,
    withoutCoverage: kind === 'offices' && result.records.length > 0 && result.records.every((r) => (r.value as { coveredCountries?: readonly string[] }).coveredCountries?.length === 0),
    skippedInPreview: previewLines.filter((line) => skipped.has(line)),
    groups: kept.groups.map((g) => ({ id: groupId(g), kind: g.kind, severity: g.severity, titleKey: g.titleKey, count: g.issues.length, issues: g.issues.slice(0, REPORT_PAGE_SIZE) })),
  };
}

/**
 * Issues `offset` … `offset + limit` of one group; [] for a group that is not there.
 * @example reportPage(kept, 'error:not-a-number', 100, 100) // → the group's issues 101 to 200
 */
export function reportPage(kept: KeptReport, id: string, offset: number, limit = REPORT_PAGE_SIZE): readonly ImportIssue[] {
  return kept.byId.get(id)?.issues.slice(offset, offset + limit) ?? [];
}
