// The import report's .xlsx twin as one sheet, made in the import worker where the issues are.
import { REPORT_COLUMNS, reportRows } from '../../import/importReport';
import type { ImportIssue } from '../../import/rowCheck';
import { sheetOf, type SheetSpec } from './workbookTypes';

/**
 * The same records as the report CSV, the line number as a number.
 * @example importReportSheet(issues).rows[0] // → [3, 'budget', '250.000', '250', 'warning', 'Number that reads two ways', '…']
 */
export function importReportSheet(issues: readonly ImportIssue[]): SheetSpec {
  return sheetOf('Import report', reportRows(issues), REPORT_COLUMNS.map((header) => ({ header, kind: header === 'line' ? 'integer' : 'text' })));
}
