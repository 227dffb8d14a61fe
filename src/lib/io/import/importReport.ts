// The import report: issues grouped by problem kind (errors first) for the report step, and
// as a CSV a data steward can download and work through.
import english from '../../i18n/messages/en/import';
import { toCsv } from '../export/toCsv';
import { showInvisible } from './cellText';
import type { ImportIssue, ImportIssueKind, Severity } from './rowCheck';

/** The catalogue key of a problem kind's title. */
export const issueKindKey = (kind: ImportIssueKind) => `import.issueKind.${kind}` as const;
const KIND_TITLES = (kind: ImportIssueKind): string => english[issueKindKey(kind)];

export interface ReportGroup {
  readonly kind: ImportIssueKind;
  readonly severity: Severity;
  /** In English. */
  readonly title: string;
  readonly titleKey: ReturnType<typeof issueKindKey>;
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
    const list = groups.get(key);
    if (list) list.push(issue);
    else groups.set(key, [issue]);
  }
  const result = [...groups.values()].map((list) => {
    const { kind, severity } = list[0] as ImportIssue;
    return { kind, severity, title: KIND_TITLES(kind), titleKey: issueKindKey(kind), issues: list.sort((a, b) => a.line - b.line) };
  });
  const rank = (g: ReportGroup) => (g.severity === 'error' ? 0 : 1);
  return result.sort((a, b) => rank(a) - rank(b) || (a.issues[0] as ImportIssue).line - (b.issues[0] as ImportIssue).line);
}

/**
 * The report as a spreadsheet-safe CSV (UTF-8 with BOM by default), one issue per row: the value
 * as written and as read, invisible characters written out (a bidi control would reorder the
 * steward's spreadsheet as it did the file; line and column find the cell).
 * @example reportToCsv([{ line: 3, column: 'budget', value: '250.000', read: '250', severity: 'warning', kind: 'ambiguous-number', message: '…' }])
 * // → '\ufeffline,column,value,read,severity,problem,message\r\n3,budget,250.000,250,warning,Number that reads two ways,…\r\n'
 */
export function reportToCsv(issues: readonly ImportIssue[], options: { bom: boolean } = { bom: true }): string {
  return toCsv(reportRows(issues), REPORT_COLUMNS, options);
}

export const REPORT_COLUMNS = ['line', 'column', 'value', 'read', 'severity', 'problem', 'message'] as const;
export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number>;

/** The report's records, one per issue, keyed by REPORT_COLUMNS: shared by the CSV and the .xlsx twin. */
export function reportRows(issues: readonly ImportIssue[]): ReportRow[] {
  return issues.map((i) => ({ line: i.line, column: showInvisible(i.column), value: showInvisible(i.value), read: showInvisible(i.read ?? ''), severity: i.severity, problem: KIND_TITLES(i.kind), message: showInvisible(i.message) }));
}
